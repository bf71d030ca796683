#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Test of the Debian package (ctest: tst_debianpackage). Builds it with CPack from the build
# folder, checks its file list and fields, validates the desktop entry and the AppStream
# metadata, unpacks it into a temporary root with dpkg -x, and runs the unpacked program:
# --version, and a demo database written to a folder with spaces and umlauts in its name.
# Usage: tst_debianpackage.sh BUILD_DIR CPACK APP_ID VERSION
set -euo pipefail

build="$1"
cpack="$2"
app_id="$3"
version="$4"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

pass() { echo "PASS   : $*"; }
fail() { echo "FAIL!  : $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what="$1"
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
need() {
    command -v "$1" >/dev/null || { echo "FAIL!  : $1 is missing; packaging/dev.sh installs it (package $2)"; exit 1; }
}
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need file file
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need sqlite3 sqlite3

# 1. Build the package (into the temporary folder, so the build tree stays as it was).
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/package" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB"
    exit 1
fi
deb="$work/package/schulit_${version}-1_$(dpkg --print-architecture).deb"
check "package file $(basename "$deb") exists" test -f "$deb"
[ -f "$deb" ] || { ls -l "$work/package"; exit 1; }

# 2. Fields: name, version, and dependencies computed from the libraries the binary links.
field() { dpkg-deb --field "$deb" "$1"; }
check "Package is schulit" test "$(field Package)" = schulit
check "Version is ${version}-1" test "$(field Version)" = "${version}-1"
depends="$(field Depends)"
echo "         Depends: $depends"
depends_names="$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//')"
for library in libc6 'libstdc++6' libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
               'libxlsxwriter[0-9]*' libqt6sql6-sqlite; do
    check "Depends names $library" grep -qx -- "$library" <<<"$depends_names"
done
check "Depends carries versions from the shlibs files" grep -q "libqt6core6 (>= 6" <<<"$depends"

# 3. File list.
dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
for path in /usr/bin/schulit \
            "/usr/share/applications/$app_id.desktop" \
            "/usr/share/metainfo/$app_id.metainfo.xml" \
            "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            /usr/share/doc/schulit/copyright; do
    check "package contains $path" grep -qx "$path" "$work/files"
done
for size in 16 24 32 48 64 128 256; do
    check "package contains the ${size}px icon" grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" "$work/files"
done
check "every file lies under /usr" test -z "$(grep -v '^/usr' "$work/files" | grep -v '^/$' || true)"

# 4. Unpack into a temporary root and look at what landed there.
root="$work/root"
dpkg-deb --extract "$deb" "$root"
check "binary is executable" test -x "$root/usr/bin/schulit"
check "binary is stripped" grep -q ', stripped' <<<"$(file "$root/usr/bin/schulit")"
check "desktop entry is valid" desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
check "desktop entry names the icon" grep -qx "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop"
check "AppStream metadata is valid" appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
check "AppStream release is $version" grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml"
check "icon is a 256x256 PNG" grep -q 'PNG image data, 256 x 256' <<<"$(file "$root/usr/share/icons/hicolor/256x256/apps/$app_id.png")"

# 5. Run the unpacked program.
schulit="$root/usr/bin/schulit"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
version_output="$("$schulit" --version 2>"$work/version.err")" || cat "$work/version.err"
check "schulit --version prints \"schulit $version\" (got \"$version_output\")" test "$version_output" = "schulit $version"

folder="$work/Ordner mit Leerzeichen und Umlauten äöüß"
mkdir -p "$folder"
database="$folder/d.sqlite"
if "$schulit" demo --out "$database" --devices 100 >"$work/demo.log" 2>&1; then
    pass "schulit demo --out '<folder with spaces and umlauts>/d.sqlite' --devices 100"
else
    cat "$work/demo.log"
    fail "schulit demo exits with 0"
fi
check "demo database exists" test -s "$database"
devices="$(sqlite3 "$database" 'SELECT COUNT(*) FROM device;' 2>&1 || true)"
check "demo database holds 100 devices (got $devices)" test "$devices" = 100
schools="$(sqlite3 "$database" 'SELECT COUNT(*) FROM school;' 2>&1 || true)"
check "demo database holds schools (got $schools)" test "$schools" -gt 0 2>/dev/null

echo "Totals: $failures failed"
[ "$failures" -eq 0 ]
