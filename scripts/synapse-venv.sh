#!/usr/bin/env bash
# Make sure a Synapse virtualenv exists (installs matrix-synapse from PyPI the first time)
# and print its python. Used by the test harness and scripts/dev.sh.
set -euo pipefail
venv="${SAATHI_SYNAPSE_VENV:-$HOME/.cache/saathi/synapse-venv}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import synapse' 2>/dev/null; then
  echo "installing Synapse into $venv (about 2 minutes, once)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --upgrade pip >&2
  "$venv/bin/pip" install --quiet "matrix-synapse" >&2
fi
echo "$venv/bin/python"
