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
# Under a locale that is not UTF-8 (LC_ALL=C) both read Vietnamese file names as the file system
# gives them: Huế.txt and Huề.txt are two documents, and Huế.txt named on the command line is
# found. Checked where the C.UTF-8 locale exists, which the launchers then run Java under.
if grep -qiE '^c\.utf-?8$' <<<"$(locale -a 2>/dev/null || true)"; then
  mkdir -p "$work/names"
  printf 'Tướng Giáp ở Huế.' >"$work/names/Huế.txt"
  printf 'Tướng Giáp ở Huề.' >"$work/names/Huề.txt"
  for launcher in vnie vnie-dev; do
    out="$work/names-out-$launcher"
    (cd "$work/names" && LC_ALL=C LANG=C PATH="$work/bin:$PATH" "$launcher" extract . --out "$out")
    docs=$(tail -n +2 "$out/entities.csv" | cut -d, -f1 | LC_ALL=C sort -u | tr '\n' ' ')
    if [ "$docs" != "Huế Huề " ]; then
      printf 'check-launchers: under LC_ALL=C %s named the documents %s, not Huế Huề\n' "$launcher" "$docs" >&2
      exit 1
    fi
    one=$(cd "$work/names" && LC_ALL=C LANG=C PATH="$work/bin:$PATH" "$launcher" extract Huế.txt --format csv)
    if ! grep -q '^Huế,' <<<"$one"; then
      printf 'check-launchers: under LC_ALL=C %s did not read Huế.txt:\n%s\n' "$launcher" "$one" >&2
      exit 1
    fi
  done
else
  echo "check-launchers: no C.UTF-8 locale here; the LC_ALL=C file-name check is skipped" >&2
fi
# The default heap (fault 15 of #20): both launchers give Java the -Xmx of scripts/jvm-options, not
# the JVM's quarter of the machine, and VNIE_JAVA_OPTS overrides it.
default_xmx=$(grep -E '^-Xmx[0-9]+[mg]$' "$repo/scripts/jvm-options" | tail -n 1)
case "$default_xmx" in
  -Xmx*m) expected_heap=$(( ${default_xmx//[^0-9]/} * 1024 * 1024 )) ;;
  -Xmx*g) expected_heap=$(( ${default_xmx//[^0-9]/} * 1024 * 1024 * 1024 )) ;;
  *) echo "check-launchers: scripts/jvm-options gives no -Xmx" >&2; exit 1 ;;
esac
for launcher in vnie vnie-dev; do
  for case in default override; do
    opts=-XX:+PrintCommandLineFlags want=$expected_heap
    if [ "$case" = override ]; then opts="-Xmx1g -XX:+PrintCommandLineFlags" want=1073741824; fi
    flags=$(cd "$work/elsewhere" && VNIE_JAVA_OPTS="$opts" PATH="$work/bin:$PATH" "$launcher" --version)
    if ! grep -q -- "-XX:MaxHeapSize=$want " <<<"$flags "; then
      printf 'check-launchers: %s (%s heap) ran Java with\n%s\nnot -XX:MaxHeapSize=%s\n' \
        "$launcher" "$case" "$flags" "$want" >&2
      exit 1
    fi
  done
done
# The JIT tier (scripts/jit-options): a small extract job runs with the first tier alone, any other
# command with both.
for launcher in vnie vnie-dev; do
  small=$(cd "$work/elsewhere" && VNIE_JAVA_OPTS=-XX:+PrintCommandLineFlags PATH="$work/bin:$PATH" \
    "$launcher" extract --text "$text" --format csv | head -n 1)
  other=$(cd "$work/elsewhere" && VNIE_JAVA_OPTS=-XX:+PrintCommandLineFlags PATH="$work/bin:$PATH" \
    "$launcher" --version | head -n 1)
  if ! grep -q -- "-XX:TieredStopAtLevel=1" <<<"$small" || grep -q -- "TieredStopAtLevel" <<<"$other"; then
    printf 'check-launchers: %s ran Java for a small extract job with\n%s\nand for --version with\n%s\n' \
      "$launcher" "$small" "$other" >&2
    exit 1
  fi
done
for file in LICENSE NOTICE README.md docs/usage.md docs/report-elbe-day.png models/README.md lib/vnie.jar lib/jit-options bin/vnie.cmd; do
  [ -f "$work"/unpacked/vnie-*/"$file" ] || { echo "check-launchers: the release lacks $file" >&2; exit 1; }
done
echo "check-launchers: the release and ./vnie run from any folder through links, read Vietnamese file names under LC_ALL=C, give Java the default heap ($default_xmx) unless VNIE_JAVA_OPTS says otherwise, and the first JIT tier alone to small extract jobs"
