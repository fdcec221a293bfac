#!/usr/bin/env bash
# Installs a built tree into a fresh temporary prefix (`cmake --install BUILD --prefix TMP`) and
# checks what a desktop user gets: the executable runs from there, the menu entry, icons and file
# type are where the Freedesktop specs look for them, the docs are there, and nothing else
# (no tests, no benchmarks, nothing outside the prefix).
# usage: check_install.sh CMAKE BUILD_DIR VERSION
set -uo pipefail
cmake=$1 build=$2 version=$3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/convscope-install.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

if ! "$cmake" --install "$build" --prefix "$prefix" > "$tmp/install.log" 2>&1; then
    cat "$tmp/install.log"
    echo "FAIL: cmake --install $build --prefix $prefix"
    exit 1
fi
ok "cmake --install into $prefix"

# Everything cmake installed lies inside the prefix (install_manifest.txt lists each file).
manifest=$build/install_manifest.txt
if [[ ! -s $manifest ]]; then
    fail "no install manifest at $manifest"
else
    outside=$(grep -v "^$prefix/" "$manifest" || true)
    [[ -z $outside ]] && ok "all $(wc -l < "$manifest") installed files are inside the prefix" \
        || fail "installed outside the prefix: $outside"
fi

# The files a desktop needs, by the names the specs look them up by.
expected=(
    bin/convscope
    share/applications/convscope.desktop
    share/icons/hicolor/scalable/apps/convscope.svg
    share/mime/packages/convscope.xml
    share/doc/convscope/README.md
    share/doc/convscope/LICENSES-images.md
    share/convscope/scenes/default.convscope.json
    share/convscope/networks/lenet5.json
)
for size in 16 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/convscope.png")
done
for f in "${expected[@]}"; do
    [[ -s $prefix/$f ]] || fail "missing or empty: $f"
done
ok "checked ${#expected[@]} expected files"

# Each PNG has the size of the folder it is in (a desktop shows it at exactly that size).
for png in "$prefix"/share/icons/hicolor/*x*/apps/convscope.png; do
    want=$(basename "$(dirname "$(dirname "$png")")")
    read -r -a b <<< "$(od -An -tu1 -j16 -N8 "$png")"
    (( ${#b[@]} == 8 )) || { fail "not a PNG: $png"; continue; }
    w=$(( (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3] ))
    h=$(( (b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7] ))
    [[ "${w}x${h}" == "$want" ]] || fail "$png is ${w}x${h}, not $want"
done
grep -q '<svg' "$prefix/share/icons/hicolor/scalable/apps/convscope.svg" || fail "scalable icon is not an SVG"

# The only program installed is convscope: no test or benchmark binaries.
programs=$(cd "$prefix" && find . -type f -perm -u+x | sort)
[[ $programs == "./bin/convscope" ]] && ok "the only program installed is bin/convscope" \
    || fail "unexpected programs installed: $programs"

# The installed executable runs from the install tree, in a folder far from the sources.
exe=$prefix/bin/convscope
cd "$tmp" || exit 1
out=$("$exe" --version 2>&1)
[[ $out == "convscope $version" ]] && ok "--version: $out" || fail "--version printed '$out', want 'convscope $version'"
out=$("$exe" summary preset:lenet5 2>&1); rc=$?
if (( rc == 0 )) && grep -q 'Total params: 61,706' <<< "$out"; then
    ok "summary preset:lenet5 (61,706 parameters, as in the lecture)"
else
    fail "summary preset:lenet5 (exit $rc): $out"
fi
# An installed example scene renders: its sample image comes from the executable's own resources.
out=$("$exe" render "$prefix/share/convscope/scenes/default.convscope.json" --output "$tmp/frame.png" 2>&1); rc=$?
if (( rc == 0 )) && [[ $(head -c 8 "$tmp/frame.png" 2>/dev/null | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]]; then
    ok "render of the installed default scene"
else
    fail "render of the installed default scene (exit $rc): $out"
fi
# The window opens (offscreen) and draws the default scene.
out=$(QT_QPA_PLATFORM=offscreen "$exe" --screenshot "$tmp/window.png" 2>&1); rc=$?
if (( rc == 0 )) && [[ -s $tmp/window.png ]]; then
    ok "the GUI opens from the install tree"
else
    fail "GUI --screenshot (exit $rc): $out"
fi

# The menu entry: the keys a desktop needs, pointing at the installed program and icon.
desktop=$prefix/share/applications/convscope.desktop
key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
[[ $(head -n 1 "$desktop") == "[Desktop Entry]" ]] || fail ".desktop does not start with [Desktop Entry]"
[[ $(key Type) == Application ]] || fail ".desktop Type is '$(key Type)'"
[[ $(key Name) == ConvScope ]] || fail ".desktop Name is '$(key Name)'"
for k in 'GenericName' 'Comment' 'Comment\[de\]'; do
    [[ -n $(key "$k") ]] || fail ".desktop has no ${k//\\/}"
done
exec_line=$(key Exec)
[[ -x $prefix/bin/${exec_line%% *} ]] || fail ".desktop Exec '$exec_line' does not name the installed program"
[[ $exec_line =~ %[fFuU] ]] || fail ".desktop Exec '$exec_line' takes no file"
icon=$(key Icon)
[[ -s $prefix/share/icons/hicolor/scalable/apps/$icon.svg && -s $prefix/share/icons/hicolor/48x48/apps/$icon.png ]] \
    || fail ".desktop Icon '$icon' is not an installed icon"
for c in Education Science Graphics Qt; do
    [[ ";$(key Categories)" == *";$c;"* ]] || fail ".desktop Categories '$(key Categories)' lack $c"
done
[[ ";$(key MimeType)" == *";application/x-convscope-scene;"* ]] || fail ".desktop does not open scenes"
if command -v desktop-file-validate > /dev/null; then
    # Hints (e.g. more than one main category, which the menu layout asks for) are not errors.
    errors=$(desktop-file-validate "$desktop" 2>&1 | grep -v ': hint: ' || true)
    [[ -z $errors ]] && ok "desktop-file-validate" || fail "desktop-file-validate: $errors"
fi
ok "checked the .desktop keys"

# The scene file type: the installed XML defines what the .desktop names, and shared-mime-info
# reads it (update-mime-database builds the lookup tables from share/mime/packages).
mimexml=$prefix/share/mime/packages/convscope.xml
grep -q 'type="application/x-convscope-scene"' "$mimexml" || fail "mime XML lacks application/x-convscope-scene"
if command -v update-mime-database > /dev/null; then
    if update-mime-database "$prefix/share/mime" > "$tmp/mime.log" 2>&1 \
        && grep -q '^[0-9]*:application/x-convscope-scene:\*\.convscope\.json' "$prefix/share/mime/globs2"; then
        ok "update-mime-database maps *.convscope.json to application/x-convscope-scene"
    else
        fail "update-mime-database: $(cat "$tmp/mime.log") $(cat "$prefix/share/mime/globs2" 2>/dev/null)"
    fi
fi

# Translations, when built for installing: only .qm files in share/convscope/translations.
tr_dir=$prefix/share/convscope/translations
if [[ -d $tr_dir ]]; then
    others=$(find "$tr_dir" -type f ! -name '*.qm')
    [[ -z $others ]] || fail "not translations: $others"
    [[ -n $(find "$tr_dir" -name '*.qm' -size +0) ]] || fail "empty translations folder"
fi

if (( failures > 0 )); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "install tree OK"
