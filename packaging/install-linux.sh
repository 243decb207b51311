#!/usr/bin/env bash
# Install the one-folder build (dist/cwd-desktop, from `make package`) for one user or all.
#   packaging/install-linux.sh                 per user: ~/.local (no root needed)
#   sudo PREFIX=/usr/local packaging/install-linux.sh   for all users
#   packaging/install-linux.sh --uninstall     remove it again (the data folder stays)
# Puts the bundle in PREFIX/lib/cwd-desktop, a `cwd-desktop` link in PREFIX/bin, the
# menu entry in PREFIX/share/applications and the icons in the hicolor theme.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PREFIX="${PREFIX:-$HOME/.local}"
BUNDLE="${BUNDLE:-$ROOT/dist/cwd-desktop}"
SIZES=(16 24 32 48 64 128 256)

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX/lib/cwd-desktop"
  rm -f "$PREFIX/bin/cwd-desktop" "$PREFIX/share/applications/cwd-desktop.desktop"
  for size in "${SIZES[@]}"; do
    rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/cwd-desktop.png"
  done
  echo "Removed CWD Desktop from $PREFIX (your data folder was left as it was)."
  exit 0
fi

if [ ! -x "$BUNDLE/cwd-desktop" ]; then
  echo "No build in $BUNDLE: run \`make package\` first." >&2
  exit 1
fi
rm -rf "$PREFIX/lib/cwd-desktop"
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
cp -a "$BUNDLE" "$PREFIX/lib/cwd-desktop"
ln -sf "$PREFIX/lib/cwd-desktop/cwd-desktop" "$PREFIX/bin/cwd-desktop"
for size in "${SIZES[@]}"; do
  install -Dm644 "$HERE/icons/cwd-desktop-$size.png" \
    "$PREFIX/share/icons/hicolor/${size}x${size}/apps/cwd-desktop.png"
done
# The menu entry runs the installed program by its full path (PREFIX/bin may not be on PATH).
install -d "$PREFIX/share/applications"
sed "s|^Exec=cwd-desktop$|Exec=$PREFIX/bin/cwd-desktop|" "$HERE/cwd-desktop.desktop" \
  > "$PREFIX/share/applications/cwd-desktop.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "Installed CWD Desktop in $PREFIX/lib/cwd-desktop; run it from the menu or as $PREFIX/bin/cwd-desktop."
