#!/usr/bin/env bash
# Renders every app icon from the one source, static/icons/icon.svg. Run once after
# changing the source and commit the PNGs: the build copies them as they are.
# Needs rsvg-convert (Debian: librsvg2-bin), and uses pngquant when present.
set -euo pipefail
cd "$(dirname "$0")/../static/icons"
command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 192 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"
done
# Maskable: the same drawing, full bleed, since the platform applies its own mask; the
# ring lies within the central safe zone (radius 0.4 × size).
sed 's/ rx="96"//' icon.svg | rsvg-convert -w 512 -h 512 -o maskable-512.png
# Three colours and their anti-aliasing fit a small palette: a quarter of the bytes.
if command -v pngquant >/dev/null; then
  pngquant --force --ext .png --quality 80-100 icon-192.png icon-512.png maskable-512.png
fi
