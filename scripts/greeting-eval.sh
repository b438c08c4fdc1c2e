#!/usr/bin/env bash
# The greeting filter on a labelled file (`label<TAB>class<TAB>text`, as in
# tests/data/greeting-corpus/), measured end to end through `saathi explain` with
# config.example.toml: precision and recall overall and per class.
#
# Each message goes in as a JSON line from its own sender, a minute apart, so the flood rule
# and strikes never mix in: "greeting" in a line's `rules` is the greeting predicate alone.
#
# Usage: scripts/greeting-eval.sh <file.tsv> [--misses]
#   GREETING_EVAL_BIN=path/to/saathi to use a built binary (default: cargo run --release).
set -euo pipefail
cd "$(dirname "$0")/.."
tsv=${1:?usage: scripts/greeting-eval.sh <file.tsv> [--misses]}
misses=${2:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tsv" "$tmp/in.jsonl" "$tmp/labels.tsv" <<'PY'
import json, sys
src, out, labels = sys.argv[1:4]
with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o, \
        open(labels, "w", encoding="utf-8") as l:
    n = 0
    for line in f:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        label, cls, text = line.split("\t", 2)
        # explain skips blank lines and reads one message per line.
        text = text.replace("\n", " ")
        o.write(json.dumps({"text": text, "sender": f"@u{n}:explain",
                            "ts": 1767225600000 + n * 60000}, ensure_ascii=False) + "\n")
        l.write(f"{label}\t{cls}\n")
        n += 1
PY

if [ -n "${GREETING_EVAL_BIN:-}" ]; then
  "$GREETING_EVAL_BIN" --config config.example.toml explain "$tmp/in.jsonl" >"$tmp/out.jsonl"
else
  cargo run -q --release --bin saathi -- --config config.example.toml explain "$tmp/in.jsonl" >"$tmp/out.jsonl"
fi

python3 - "$tmp/labels.tsv" "$tmp/out.jsonl" "$misses" <<'PY'
import json, sys
from collections import defaultdict
labels = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
outs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(labels) == len(outs), f"{len(labels)} messages, {len(outs)} answers"
per = defaultdict(lambda: [0, 0])  # class -> [right, total]
tp = fp = fn = 0
wrong = []
for (label, cls), o in zip(labels, outs):
    said = "greeting" in o["rules"]
    truth = label == "greeting"
    tp += truth and said
    fp += (not truth) and said
    fn += truth and not said
    per[(label, cls)][0] += said == truth
    per[(label, cls)][1] += 1
    if said != truth:
        wrong.append(f"{'FP' if said else 'FN'} {cls}: {o['text']}  →  {o['normalised']}")
p = tp / max(tp + fp, 1)
r = tp / max(tp + fn, 1)
print(f"{len(labels)} messages: precision {p:.3f}, recall {r:.3f} (tp {tp}, fp {fp}, fn {fn})")
print("per class (greeting classes: recall; content classes: share kept):")
for (label, cls), (ok, n) in sorted(per.items()):
    print(f"  {label:8} {cls:18} {ok:4}/{n:<4} {ok / n:.3f}")
if sys.argv[3] == "--misses":
    print("\n".join(wrong))
PY
