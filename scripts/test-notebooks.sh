#!/usr/bin/env bash
# Type-checks and executes every notebook in notebooks/ on the Deno Jupyter kernel (the npm package
# `deno`, a devDependency), headlessly with Debian's python3-nbclient. Run after `npm ci && npm run build`:
# the notebooks import the package by its own name, which resolves through package.json "exports"
# (self-reference) to the built dist/ and its .d.ts. Prints `N passed, N failed`; exits non-zero on any
# failure. Executed notebooks (with outputs) are written to .jupyter-ci/out/ for inspection.
#
#   bash scripts/test-notebooks.sh [notebooks/NAME.ipynb ...]      (default: every notebooks/*.ipynb)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if [ ! -f dist/index.js ] || [ ! -f dist/index.d.ts ]; then
  echo "test-notebooks: dist/ is not built; run 'npm run build' first" >&2
  exit 1
fi
if [ $# -gt 0 ]; then notebooks=("$@"); else notebooks=(notebooks/*.ipynb); fi
[ -f "${notebooks[0]}" ] || { echo "test-notebooks: no notebooks found" >&2; exit 1; }

# Jupyter client: Debian's python3-nbclient, run by Debian's python3 (a pyenv python3 earlier on PATH
# cannot import apt-installed modules).
py=/usr/bin/python3
if ! [ -x "$py" ] || ! "$py" -c 'import nbclient' >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "test-notebooks: installing python3-nbclient (apt)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-nbclient >/dev/null
fi

# A private kernelspec (deno jupyter --install would write to the user's data dir, with an absolute path).
export JUPYTER_DATA_DIR="$root/.jupyter-ci" DENO_NO_UPDATE_CHECK=1 NO_COLOR=1
export PATH="$root/node_modules/.bin:$PATH"
command -v deno >/dev/null || { echo "test-notebooks: node_modules/.bin/deno missing; run 'npm ci'" >&2; exit 1; }
mkdir -p "$JUPYTER_DATA_DIR/kernels/deno"
printf '{"argv":["deno","jupyter","--kernel","--conn","{connection_file}"],"display_name":"Deno","language":"typescript"}\n' \
  >"$JUPYTER_DATA_DIR/kernels/deno/kernel.json"

# 1. Type-check: the kernel never does. The code cells of each notebook are concatenated into a hidden
#    .check.ts beside it (so the package resolves exactly as it does in the kernel), then removed.
checks=()
trap 'rm -f "${checks[@]}"' EXIT
for nb in "${notebooks[@]}"; do
  check="$(dirname "$nb")/.$(basename "$nb" .ipynb).check.ts"
  checks+=("$check")
  node scripts/nb2ts.mjs "$nb" "$check"
done
# Guard: "transcaspian" must resolve to the built package (dist/), not to src/ or nothing.
dist_url=$(node -e 'console.log(require("node:url").pathToFileURL(process.argv[1]).href)' "$root/dist/index.js")
if ! deno info --json "${checks[0]}" | grep -qF "\"$dist_url\""; then
  echo "test-notebooks: \"transcaspian\" does not resolve to $dist_url from notebooks/ (package.json self-reference)" >&2
  exit 1
fi
echo "test-notebooks: deno check ${checks[*]}"
if ! deno check "${checks[@]}" >"$JUPYTER_DATA_DIR/check.log" 2>&1; then
  node scripts/nb2ts.mjs --annotate <"$JUPYTER_DATA_DIR/check.log" >&2
  echo "test-notebooks: type errors in the notebooks (locations: notebook cell and line within the cell)" >&2
  echo "0 passed, ${#notebooks[@]} failed"
  exit 1
fi

# 2. Execute, 120 s per cell at most.
"$py" scripts/run_nb.py --timeout 120 --save "$JUPYTER_DATA_DIR/out" "${notebooks[@]}"
