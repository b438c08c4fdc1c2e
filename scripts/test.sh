#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this). Works on a fresh machine:
# installs Synapse from PyPI into a cached virtualenv, Debian's docker-compose to parse the
# compose file, and reuses a cargo target directory outside the clone when there is one.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/saathi/target}"
mkdir -p "$CARGO_TARGET_DIR"

step() { printf '\n== %s\n' "$*"; }

step "Synapse (virtualenv)"
scripts/synapse-venv.sh

step "formatting and lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings

step "example config"
cargo run -q -- check-config config.example.toml

step "compose file"
if ! command -v docker-compose >/dev/null 2>&1; then
  (apt-get update -qq && apt-get install -y -qq docker-compose) >/dev/null 2>&1 || true
fi
if command -v docker-compose >/dev/null 2>&1; then
  docker-compose --env-file .env.example -f docker-compose.yml config -q && echo "docker-compose.yml parses"
else
  echo "docker-compose not available here; compose file not parsed"
fi

step "OCR (Tesseract, Hindi + English: pictures are read through its C API)"
if ! tesseract --list-langs 2>/dev/null | grep -qx hin; then
  (apt-get update -qq && apt-get install -y -qq tesseract-ocr tesseract-ocr-hin tesseract-ocr-eng) >/dev/null 2>&1 || true
fi
if tesseract --list-langs 2>/dev/null | grep -qx hin; then
  # The OCR tests must read, not skip, where Tesseract is installed.
  export SAATHI_REQUIRE_OCR=1 OMP_THREAD_LIMIT=1
  echo "tesseract $(tesseract --version 2>&1 | head -1 | cut -d' ' -f2) with hin+eng"
else
  echo "Tesseract not available here; the OCR tests check the missing-library message only"
fi

step "tests (unit + integration against real Synapse)"
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --no-fail-fast --test-threads 3 --final-status-level slow
else
  cargo test --no-fail-fast -- --test-threads 3
fi
