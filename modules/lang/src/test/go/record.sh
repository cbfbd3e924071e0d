#!/bin/sh
# Re-records the Go ground truth the lang tests compare against (see README.md).
# Usage, from this directory: ./record.sh [path/to/go]   (default: go on PATH)
set -eu
GO=${1:-go}
OUT=../resources/dev/golab/lang/oracle
mkdir -p "$OUT"
export GOTOOLCHAIN=local GOFLAGS=-mod=mod
for p in loopvar iface methods pkginit; do
  "$GO" run "./$p" > "$OUT/$p.txt"
done
(cd loopvar-go1.21 && "$GO" run .) > "$OUT/loopvar-go1.21.txt"
# compile errors: "<dir>: <message>", positions and the "# package" line dropped
: > "$OUT/compile-errors.txt"
for d in compile-errors/*/; do
  name=$(basename "$d")
  if msg=$("$GO" build -o /dev/null "./$d" 2>&1); then
    echo "$name: compiled, but an error was expected" >&2; exit 1
  fi
  printf '%s\n' "$msg" | grep -v '^#' | sed -e 's/^[[:space:]]*//' -e 's/^[^ :]*\.go:[0-9]*:[0-9]*: //' \
    | sed -e "s/^/$name: /" >> "$OUT/compile-errors.txt"
done
"$GO" version > "$OUT/go-version.txt"
