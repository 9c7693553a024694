#!/usr/bin/env bash
# Screenshots of the built site in headless Chromium (Debian's `chromium`),
# at phone (390x844) and desktop (1280x900) sizes, opened from file://.
# Usage: scripts/screenshots.sh [SITE_DIR] [OUT_DIR]
set -euo pipefail
site=$(cd "${1:-site}" && pwd)
out=${2:-docs/screenshots}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is not installed: apt-get install -y chromium" >&2
  exit 1
fi
thread=$(ls "$site"/threads/*.html | head -1)
article=$(ls -S "$site"/articles/*.html | head -1)
declare -A pages=([front]="$site/index.html" [thread]="$thread" [article]="$article" [timeline]="$site/timeline.html")
for name in front thread article timeline; do
  for size in 390,844 1280,900; do
    w=${size%,*}
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
      --window-size="$size" --screenshot="$out/$name-$w.png" "file://${pages[$name]}" >/dev/null 2>&1
    echo "$out/$name-$w.png"
  done
done
