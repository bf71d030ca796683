#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Renders schulit.svg into the PNG sizes and the Windows .ico that are committed next to it.
# Run by hand after changing the SVG; the build itself only uses the committed results.
# Needs the Debian packages librsvg2-bin (rsvg-convert) and icoutils (icotool).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

sizes=(16 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" schulit.svg --output "schulit-$size.png"
done

# Windows shows 16..48 in lists and title bars and 256 in large tiles; 256 is stored as PNG
# inside the .ico (--raw), the smaller ones as bitmaps, as Windows Explorer expects.
icotool --create --output schulit.ico \
    schulit-16.png schulit-24.png schulit-32.png schulit-48.png schulit-64.png schulit-128.png \
    --raw=schulit-256.png
