#!/usr/bin/env bash
# Installs what generate.py, compare_hashes.py and ocr_check.py need.
# Debian packages (root, or sudo): Pillow built against libraqm (HarfBuzz shaping for
# Devanagari), fonts, photo wallpapers, Tesseract with Hindi+English.
# PyPI packages (imagehash, pdqhash) go into a venv under ~/.cache/saathi/ that also sees
# the Debian Python packages (--system-site-packages), so Pillow stays the raqm-enabled one.
set -euo pipefail
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
PKGS=(
  python3 python3-venv python3-pil python3-numpy python3-scipy python3-pywt libraqm0
  fonts-noto-core fonts-noto-color-emoji fonts-lohit-deva fonts-sarai fonts-gargi
  fonts-nakula fonts-sil-annapurna
  fonts-lobster fonts-dancingscript fonts-kaushanscript fonts-dejavu-core fonts-liberation2
  gnome-backgrounds mate-backgrounds plasma-workspace-wallpapers
  tesseract-ocr tesseract-ocr-hin tesseract-ocr-eng
)
missing=()
for p in "${PKGS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
VENV="${SAATHI_IMAGE_VENV:-$HOME/.cache/saathi/image-venv}"
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
"$VENV/bin/pip" install -q --disable-pip-version-check imagehash pdqhash
"$VENV/bin/python" - <<'PY'
from PIL import features, Image
assert features.check("raqm"), "Pillow has no libraqm: Devanagari would render unshaped"
import imagehash, pdqhash, numpy
print("ok: Pillow", Image.__version__, "raqm", features.version("raqm"), "imagehash", imagehash.__version__)
PY
echo "venv: $VENV  (run: $VENV/bin/python scripts/image-corpus/generate.py)"
