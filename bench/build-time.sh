#!/usr/bin/env bash
# Times `npm run build` by part: the declarations (`tsc -p tsconfig.dts.json`), then tsup (JavaScript,
# ESM + CJS, and the bundling of those declarations), each as wall time and CPU time (user + system,
# children included: on a busy machine the steadier figure). Median of RUNS runs (default 3).
#
# Usage: bash bench/build-time.sh [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${1:-3}
BIN=$PWD/node_modules/.bin
TIMEFORMAT='%R %U %S'

# stage NAME CMD...: runs CMD RUNS times, prints the median wall and CPU seconds.
stage() {
  local name=$1 walls=() cpus=() t
  shift
  for ((i = 0; i < RUNS; i++)); do
    t=$({ time "$@" >/dev/null 2>&1; } 2>&1)
    read -r real user sys <<<"$t"
    walls+=("$real")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
  done
  local median=$(((RUNS - 1) / 2))
  printf '| %s | %.1f s | %.1f s |\n' "$name" \
    "$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$((median + 1))p")" \
    "$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n "$((median + 1))p")"
}

echo "Node $(node --version), $(nproc) cores, median of $RUNS runs"
echo
echo '| part of npm run build | wall time | CPU time |'
echo '|---|---:|---:|'
stage 'declarations: tsc -p tsconfig.dts.json' bash -c "rm -rf build/dts && '$BIN/tsc' -p tsconfig.dts.json"
stage 'tsup: ESM + CJS JavaScript, bundling the declarations' "$BIN/tsup"
stage 'the whole npm run build' npm run build --silent
