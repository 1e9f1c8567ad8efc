#!/usr/bin/env bash
# Checks that vnie runs from any folder: the release (vnie-cli/target/vnie-VERSION.tar.gz, made by
# mvn package) unpacked elsewhere and linked into PATH, and the repository's ./vnie linked into
# PATH. Each is run from an empty folder, which must stay empty (no Maven run, no target/ there),
# and must print the same CSV as the jar. Run from the repository after mvn package (.ci/run does).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
release=$(ls "$repo"/vnie-cli/target/vnie-*.tar.gz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/unpacked" "$work/bin" "$work/elsewhere"
tar xzf "$release" -C "$work/unpacked"
ln -s "$work"/unpacked/vnie-*/bin/vnie "$work/bin/vnie"
ln -s "$repo/vnie" "$work/bin/vnie-dev"
text='Đại tướng Võ Nguyên Giáp sinh năm 1911 tại Quảng Bình.'
expected=$(java -jar "$repo/vnie-cli/target/vnie.jar" extract --text "$text" --format csv)
for launcher in vnie vnie-dev; do
  actual=$(cd "$work/elsewhere" && PATH="$work/bin:$PATH" "$launcher" extract --text "$text" --format csv)
  if [ "$actual" != "$expected" ]; then
    printf 'check-launchers: %s printed\n%s\ninstead of\n%s\n' "$launcher" "$actual" "$expected" >&2
    exit 1
  fi
  if [ -n "$(ls -A "$work/elsewhere")" ]; then
    echo "check-launchers: $launcher left files in the folder it was run from" >&2
    exit 1
  fi
done
for file in LICENSE NOTICE README.md models/README.md lib/vnie.jar bin/vnie.cmd; do
  [ -f "$work"/unpacked/vnie-*/"$file" ] || { echo "check-launchers: the release lacks $file" >&2; exit 1; }
done
echo "check-launchers: the release and ./vnie run from any folder through links"
