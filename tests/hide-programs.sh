#!/usr/bin/env bash
# Runs the tests as on a machine without the external validators: PATH becomes
# a folder of links to every program on the real PATH except poppler's, qpdf,
# Java, EPUBCheck, Ace and Chromium, and the variables that point at them are
# unset. Arguments go to vitest. With GALLEY_REQUIRE_VALIDATORS=1 the tests
# that need a hidden program fail instead of being skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

hidden='^(pdf[a-z0-9]*|qpdf|zlib-flate|fix-qdf|java|epubcheck|ace|ace-puppeteer|chromium|chromium-browser)$'
bin=$(mktemp -d "${TMPDIR:-/tmp}/galley-bare-path-XXXXXX")
trap 'rm -rf "$bin"' EXIT
IFS=: read -ra dirs <<< "$PATH"
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  for program in "$dir"/*; do
    name=${program##*/}
    # The first on PATH wins, as in a shell.
    [[ $name =~ $hidden || -e $bin/$name ]] || ln -s "$program" "$bin/$name"
  done
done

node=$(command -v node)
env -u GALLEY_ACE -u GALLEY_EPUBCHECK -u GALLEY_PDFBOX_CLASSPATH -u PUPPETEER_EXECUTABLE_PATH PATH="$bin" \
  "$node" node_modules/vitest/vitest.mjs run --config tests/vitest.config.ts "$@"
