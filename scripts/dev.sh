#!/usr/bin/env bash
# Run Saathi locally: a local Synapse on 127.0.0.1:8008 (installed from PyPI on first use),
# the users of config.example.toml registered, the example district provisioned, the bot
# running in the foreground (Ctrl-C stops everything). State lives in .local/.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/saathi/target}"
PORT="${SAATHI_DEV_PORT:-8008}"
HERE="$PWD/.local"
PY="$(scripts/synapse-venv.sh)"
mkdir -p "$HERE/synapse"
if [ ! -f "$HERE/synapse/homeserver.yaml" ]; then
  # Generated from inside its folder, so that its log file lands there too.
  (cd "$HERE/synapse" && "$PY" -m synapse.app.homeserver --server-name localhost --config-path "$HERE/synapse/homeserver.yaml" \
    --data-directory "$HERE/synapse" --generate-config --report-stats=no >/dev/null)
  # The generated file lacks a trailing newline.
  printf '\ntrusted_key_servers: []\nsuppress_key_server_warning: true\nrc_message: {per_second: 50, burst_count: 100}\nrc_room_creation: {per_second: 10, burst_count: 100}\nrc_invites: {per_issuer: {per_second: 10, burst_count: 100}, per_user: {per_second: 10, burst_count: 100}}\n' >> "$HERE/synapse/homeserver.yaml"
  sed -i "s/port: 8008/port: $PORT/; s/bind_addresses: \['::1', '127.0.0.1'\]/bind_addresses: ['127.0.0.1']/" "$HERE/synapse/homeserver.yaml"
fi
(cd "$HERE/synapse" && "$PY" -m synapse.app.homeserver -c homeserver.yaml >synapse.log 2>&1) &
SYN=$!
trap 'kill $SYN 2>/dev/null' EXIT
for _ in $(seq 1 100); do
  python3 -c "import urllib.request;urllib.request.urlopen('http://127.0.0.1:$PORT/_matrix/client/versions')" 2>/dev/null && break
  sleep 0.3
done
REG="$(dirname "$PY")/register_new_matrix_user"
users="saathi:change-me-saathi sp.lucknow:demo-pass sho.hazratganj:demo-pass constable.hazratganj:demo-pass sho.gomtinagar:demo-pass sho.aliganj:demo-pass volunteer:demo-pass"
for u in $users; do
  "$REG" -c "$HERE/synapse/homeserver.yaml" -u "${u%%:*}" -p "${u#*:}" --no-admin "http://127.0.0.1:$PORT" >/dev/null 2>&1 || true
done
cargo build -q
cp config.example.toml "$HERE/config.toml"
export SAATHI_HOMESERVER__URL="http://127.0.0.1:$PORT"
"$CARGO_TARGET_DIR/debug/saathi" --config "$HERE/config.toml" provision
cat <<MSG

Saathi is starting. Log in with Element (Desktop, or Element Web pointed at a custom server):
  homeserver: http://127.0.0.1:$PORT
  officer:    sp.lucknow / demo-pass         station lead: sho.hazratganj / demo-pass
  volunteer:  volunteer / demo-pass          (start a DM with @saathi:localhost and type !help)
Ctrl-C stops the bot and Synapse.

MSG
"$CARGO_TARGET_DIR/debug/saathi" --config "$HERE/config.toml" run
