#!/usr/bin/env python3
"""Score `saathi explain --image` and `saathi similar` on the corpus of generate.py, by split.

    cd /tmp/saathi-images
    OMP_THREAD_LIMIT=1 saathi --config config.example.toml explain --image \
        $(python3 -c "import json;print(' '.join(json.loads(l)['file'] for l in open('labels.jsonl')))") > explain.jsonl
    OMP_THREAD_LIMIT=1 saathi --config config.example.toml similar --pairs pairs.jsonl > similar.jsonl
    python3 scripts/image-corpus/score_cli.py /tmp/saathi-images explain.jsonl similar.jsonl
"""
import collections
import json
import sys


def lines(path):
    return [json.loads(line) for line in open(path) if line.strip()]


def main(corpus, explain, similar):
    labels = lines(f"{corpus}/labels.jsonl")
    out = lines(explain)
    for split in ["tune", "holdout"]:
        tp = fp = fn = tn = 0
        for l, o in zip(labels, out):
            if l["split"] != split:
                continue
            said, truth = "greeting" in o["rules"], l["label"] == "greeting"
            tp += said and truth
            fp += said and not truth
            fn += truth and not said
            tn += not said and not truth
        print(f"greeting pictures, {split}: precision {tp / max(1, tp + fp):.3f} recall "
              f"{tp / max(1, tp + fn):.3f} (tp {tp}, fp {fp}, fn {fn}, tn {tn})")
    pairs = lines(f"{corpus}/pairs.jsonl")
    sim = lines(similar)
    for split in ["tune", "holdout"]:
        hit, tot = collections.Counter(), collections.Counter()
        for p, s in zip(pairs, sim):
            if p["split"] != split:
                continue
            tot[(p["same"], p["kind"])] += 1
            hit[(p["same"], p["kind"])] += bool(s["same"])
        same = [k for k in tot if k[0]]
        diff = [k for k in tot if not k[0]]
        r = sum(hit[k] for k in same) / max(1, sum(tot[k] for k in same))
        f = sum(hit[k] for k in diff) / max(1, sum(tot[k] for k in diff))
        print(f"near-duplicate pairs, {split}: recall {r:.3f}, false matches {f:.3f}")
        for k in sorted(tot):
            print(f"    {'same' if k[0] else 'different'} {k[1]}: {hit[k]}/{tot[k]}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
