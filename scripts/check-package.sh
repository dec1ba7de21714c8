#!/usr/bin/env bash
# Checks the package as consumers get it: the core's minified+gzipped bundle sizes against their
# budgets (scripts/check-size.mjs), then the `npm pack` tarball, linted (publint, attw) and installed
# into a fresh temp project, then imported from Node ESM and CommonJS, `transcaspian/node`, Deno, and
# compiled by TypeScript type tests (node16 .mts/.cts, bundler; without and with skipLibCheck).
#
# Usage (from anywhere; assumes `npm run build` has run):  bash scripts/check-package.sh
#   KEEP_TMP=1  keep the temp directory (pack/ + consumer/) for inspection
#
# Needs the npm registry (or a warm npm cache) only for the consumer's `npm install` of the
# tarball's dependencies and typescript; everything else is offline. Consumer files: tests/package/.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
BIN=$ROOT/node_modules/.bin
export DENO_NO_UPDATE_CHECK=1 NO_COLOR=1 FORCE_COLOR=0 npm_config_update_notifier=false npm_config_fund=false

WORK=$(mktemp -d "${TMPDIR:-/tmp}/transcaspian-check-package.XXXXXX")
if [[ -n ${KEEP_TMP:-} ]]; then
  echo "temp dir kept: $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi
LOG=$WORK/check.log
START=$(date +%s.%N)
passed=0
failed=0
failures=()

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1fs", b - a }'; }

# check LABEL CMD...: runs CMD (in the current directory) with output captured; one line per check.
check() {
  local label=$1 t0 rc=0
  shift
  t0=$(date +%s.%N)
  "$@" >"$LOG" 2>&1 || rc=$?
  if [[ $rc -eq 0 ]]; then
    passed=$((passed + 1))
    printf 'ok    %-62s %s\n' "$label" "$(elapsed "$t0")"
    grep '^note:' "$LOG" | sed -e 's/^/      /' || true
  else
    failed=$((failed + 1))
    failures+=("$label")
    printf 'FAIL  %-62s %s (exit %d)\n' "$label" "$(elapsed "$t0")" "$rc"
    # first 80 lines, colour codes stripped (no pipe: `head` closing early would trip pipefail)
    sed -e $'s/\x1b\\[[0-9;]*m//g' -e 's/^/      | /' -e '80q' "$LOG"
    [[ $(wc -l <"$LOG") -le 80 ]] || echo "      | … $(($(wc -l <"$LOG") - 80)) more lines (KEEP_TMP=1 keeps $LOG)"
  fi
}

# A step the later checks cannot do without: report it like a check, stop on failure.
require_ok() {
  check "$@"
  if [[ ${#failures[@]} -gt 0 && ${failures[-1]} == "$1" ]]; then
    echo "cannot continue after: $1"
    echo "$passed checks passed, $failed failed"
    exit 1
  fi
}

# Runs CMD and fails if it wrote anything to stderr (warnings such as require(esm)'s
# ExperimentalWarning are what a consumer would see too).
no_stderr() {
  local err=$WORK/stderr.txt rc=0
  "$@" 2>"$err" || rc=$?
  if [[ -s $err ]]; then
    cat "$err"
    [[ $rc -ne 0 ]] || { echo "(exit 0, but the command wrote to stderr)"; rc=1; }
  fi
  return "$rc"
}

# --- 0. the build exists and is not older than the sources ---------------------------------------
built_ok() {
  local f missing=0
  for f in dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/node.js dist/node.cjs dist/node.d.ts dist/node.d.cts; do
    [[ -f $f ]] || { echo "missing $f: run 'npm run build' first"; missing=1; }
  done
  [[ $missing -eq 0 ]] || return 1
  local newer
  newer=$(find src data package.json tsup.config.ts -newer dist/index.js -type f 2>/dev/null | head -n 3 | tr '\n' ' ')
  [[ -z $newer ]] || echo "note: changed after dist/ was built (the checks test dist/ as built): $newer"
}
require_ok "dist/ built (npm run build)" built_ok

# --- 0b. what a browser bundler ships for the core, against the budgets in scripts/check-size.mjs ------
sizes() { node scripts/check-size.mjs | sed -n -e 's/^ok    /note: /p' -e 's/^      minified/note:   minified/p'; }
check "core bundle sizes within budget (scripts/check-size.mjs)" sizes

# --- 1. pack --------------------------------------------------------------------------------------
mkdir -p "$WORK/pack"
pack() { npm pack --silent --pack-destination "$WORK/pack" >/dev/null && ls "$WORK"/pack/*.tgz; }
require_ok "npm pack" pack
TARBALL=$(ls "$WORK"/pack/*.tgz)

packed_files() {
  local listing f missing=0
  listing=$(tar -tzf "$TARBALL")
  # every file the exports map, main/module/types and the consumer tests rely on
  for f in package.json README.md dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts \
    dist/node.js dist/node.cjs dist/node.d.ts dist/node.d.cts data/corridor.geo.json data/scenarios.json; do
    grep -qx "package/$f" <<<"$listing" || { echo "not in the tarball: $f"; missing=1; }
  done
  # nothing from the sources, tests or tooling
  if grep -E '^package/(src|tests|scripts|examples|bench|node_modules)/|\.tgz$' <<<"$listing"; then
    echo "unexpected files in the tarball (above)"
    missing=1
  fi
  return "$missing"
}
check "tarball contains dist/, data files, README (files)" packed_files

# --- 2. linters -----------------------------------------------------------------------------------
check "publint --strict <tarball>" "$BIN/publint" --strict "$TARBALL"
# attw --pack packs again into the repo root and deletes that tarball afterwards (*.tgz is git-ignored;
# a transcaspian-<version>.tgz already there would be overwritten and removed).
check "attw --pack . (strict profile: node10, node16 CJS/ESM, bundler)" "$BIN/attw" --pack . --no-emoji --no-color --format ascii

# --- 3. consumer project --------------------------------------------------------------------------
CONSUMER=$WORK/consumer
mkdir -p "$CONSUMER"
cp "$ROOT"/tests/package/* "$CONSUMER"/
cat >"$CONSUMER/package.json" <<'EOF'
{ "name": "transcaspian-consumer", "version": "0.0.0", "private": true }
EOF
TS_VERSION=$(node -p "require('./node_modules/typescript/package.json').version")
cd "$CONSUMER"
consumer_install() {
  npm install --prefer-offline --no-audit --no-fund --no-package-lock --loglevel=error \
    "$TARBALL" "typescript@$TS_VERSION"
}
require_ok "consumer: npm install <tarball> typescript@$TS_VERSION" consumer_install
check "dependencies cover every package dist/ imports (JS and .d.ts)" node "$ROOT/scripts/check-package-deps.mjs" \
  node_modules/transcaspian

# --- 4. node runtime ------------------------------------------------------------------------------
check "node ESM: import { findRoutes } from 'transcaspian'" no_stderr node esm-smoke.mjs
check "node CJS: require('transcaspian')" no_stderr node cjs-smoke.cjs
# engines is ">=20": Node 20.0-20.18 cannot require() an ES module; emulate them.
check "node CJS without require(esm) (Node <20.19)" no_stderr node --no-experimental-require-module cjs-smoke.cjs
check "node ESM: 'transcaspian/node', data export, instanceof" no_stderr node node-entry.mjs
check "node CJS: 'transcaspian/node', data export, instanceof" no_stderr node node-entry.cjs

# --- 5. Deno (bare specifier from this project's node_modules) ------------------------------------
check "deno run deno-smoke.ts" "$BIN/deno" run --quiet --node-modules-dir=manual --allow-read deno-smoke.ts
check "deno check deno-smoke.ts" "$BIN/deno" check --quiet --node-modules-dir=manual deno-smoke.ts

# --- 6. type tests with the consumer's TypeScript -------------------------------------------------
TSC=$CONSUMER/node_modules/.bin/tsc
NODE16=(--module node16 --moduleResolution node16 --target es2022 --strict --noEmit)
BUNDLER=(--module esnext --moduleResolution bundler --target es2022 --strict --noEmit)
for skip in no yes; do
  extra=() suffix=""
  [[ $skip == no ]] || { extra=(--skipLibCheck) suffix=" --skipLibCheck"; }
  check "tsc node16 types-consumer.mts$suffix" "$TSC" "${NODE16[@]}" "${extra[@]}" types-consumer.mts
  check "tsc node16 types-consumer.cts$suffix" "$TSC" "${NODE16[@]}" "${extra[@]}" types-consumer.cts
  # The same ESM test under bundler resolution (Vite, esbuild, webpack users; no @types/node).
  check "tsc bundler types-consumer.mts$suffix" "$TSC" "${BUNDLER[@]}" "${extra[@]}" types-consumer.mts
done

cd "$ROOT"
echo "---- $(elapsed "$START") total"
if [[ $failed -gt 0 ]]; then
  echo "$passed checks passed, $failed failed:"
  printf '  - %s\n' "${failures[@]}"
  exit 1
fi
echo "$passed checks passed"
