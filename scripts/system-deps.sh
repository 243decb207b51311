#!/usr/bin/env bash
# Install the Debian packages the app (and, with "test", its tests) need, if any is missing.
# Called by `make`; a no-op when everything is there. Needs root (or sudo) and apt.
#   scripts/system-deps.sh        what `make run` needs
#   scripts/system-deps.sh test   plus what `make test` needs (LibreOffice to convert exports,
#                                 PostgreSQL for the sync tests)
set -euo pipefail

PACKAGES=(
  # Qt (PySide6 wheels) at run time, offscreen and on X11
  libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core
  # creating the virtual environment
  python3-venv
)
if [ "${1:-}" = "test" ]; then
  # Exported XLSX/DOCX are converted headless to check what Word/Calc users will see;
  # pdftotext reads the text of the converted PDF.
  PACKAGES+=(libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito)
  # tests/sync start their own throw-away PostgreSQL cluster (initdb, pg_ctl)
  PACKAGES+=(postgresql)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# A Python built outside Debian (pyenv, python.org) brings its own venv module.
if [[ " ${missing[*]} " == *" python3-venv "* ]] && python3 -c "import venv, ensurepip" 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "system-deps: missing ${missing[*]} and no apt-get; install them by hand" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "system-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
