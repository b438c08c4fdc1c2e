#!/usr/bin/env python3
"""Quick check of the Tesseract CLI (hin+eng) on generated images: time per image on one
thread, and how much of the drawn text comes back.

    OMP_THREAD_LIMIT=1 ~/.cache/saathi/image-venv/bin/python scripts/image-corpus/ocr_check.py [DIR] \
        [--n 40] [--psm 3 6 11] [--sizes 0 1024 720] [--md OUT.md]

Times: CPU time of the tesseract process (user+sys; includes its start-up and loading the
hin+eng models, ~0.3 s), which other jobs on the machine don't inflate, and wall time.
Size 0 = the image as generated (long side 720–1280); other sizes = long side scaled down to
that many pixels (never up). Character accuracy = 1 - edit distance / length of the drawn
text, both normalised (NFC, lower case, emoji, punctuation and spaces removed), floored at 0.
"Greeting read" = the main greeting phrase (first drawn line) is found in the OCR output
with ≥ 80% of its characters matching (approximate substring match).
"""
import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import tempfile
import time
import unicodedata

from PIL import Image, ImageOps


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LMN")


def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def substring_dist(needle, hay):
    """Smallest edit distance between needle and any substring of hay."""
    prev = [0] * (len(hay) + 1)
    for i, cn in enumerate(needle, 1):
        cur = [i]
        for j, ch in enumerate(hay, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cn != ch)))
        prev = cur
    return min(prev)


def pick(labels, n, seed=7):
    rng = random.Random(seed)
    g = [r for r in labels if r["label"] == "greeting"]
    k = [r for r in labels if r["label"] == "keep" and r["class"] != "photo"]
    # greetings: both scripts, large and small text; keep: every class with text
    out = []
    for lang in ("en", "deva", "roman"):
        pool = [r for r in g if r["lang"] == lang]
        out += rng.sample(pool, n // 2 // 3 + (1 if lang == "deva" else 0))
    classes = sorted({r["class"] for r in k})
    per = max(1, (n - len(out)) // len(classes))
    for c in classes:
        pool = [r for r in k if r["class"] == c]
        out += rng.sample(pool, min(per, len(pool)))
    return out[:n] if len(out) >= n else out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default="/tmp/saathi-images")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--psm", type=int, nargs="+", default=[3, 6, 11])
    ap.add_argument("--sizes", type=int, nargs="+", default=[0, 1024, 720])
    ap.add_argument("--prep", nargs="+", default=["none"], choices=["none", "gray", "invert", "upscale2"],
                    help="preprocessing before OCR: none, gray (+autocontrast), invert (gray, inverted: "
                         "light-on-dark text becomes dark-on-light), upscale2 (2x Lanczos)")
    ap.add_argument("--md")
    ap.add_argument("--json")
    args = ap.parse_args()
    labels = [json.loads(l) for l in open(os.path.join(args.dir, "labels.jsonl"))]
    sample = pick(labels, args.n)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    ver = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for prep, size in [(p, s) for p in args.prep for s in args.sizes]:
            for r in sample:
                img = Image.open(os.path.join(args.dir, r["file"])).convert("RGB")
                if size and max(img.size) > size:
                    s = size / max(img.size)
                    img = img.resize((round(img.width * s), round(img.height * s)), Image.LANCZOS)
                if prep in ("gray", "invert"):
                    img = ImageOps.autocontrast(img.convert("L"), cutoff=1)
                    if prep == "invert":
                        img = ImageOps.invert(img)
                elif prep == "upscale2":
                    img = img.resize((img.width * 2, img.height * 2), Image.LANCZOS)
                p = os.path.join(tmp, f"{prep}_{size}_{os.path.basename(r['file'])}.png")
                img.save(p)
                for psm in args.psm:
                    t = time.perf_counter()
                    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                    res = subprocess.run(["tesseract", p, "-", "-l", "hin+eng", "--psm", str(psm)],
                                         capture_output=True, text=True, env=env)
                    ms = 1000 * (time.perf_counter() - t)
                    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                    cpu_ms = 1000 * (r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
                    txt = res.stdout
                    gt, got = norm(r["text"]), norm(txt)
                    acc = max(0.0, 1 - edit(gt, got) / max(1, len(gt))) if gt else None
                    main_phrase = norm(r["text"].split("\n")[0])
                    found = None
                    if main_phrase:
                        found = substring_dist(main_phrase, got) <= 0.2 * len(main_phrase)
                    results.append({"file": r["file"], "label": r["label"], "class": r["class"],
                                    "lang": r.get("lang"), "text_size": r.get("text_size"),
                                    "size": size or max(Image.open(os.path.join(args.dir, r["file"])).size),
                                    "size_arg": size, "prep": prep, "psm": psm, "ms": ms, "cpu_ms": cpu_ms, "acc": acc, "main_found": found,
                                    "ocr": txt.strip(), "truth": r["text"]})
    out = []
    w = out.append
    w(f"Tesseract: `{ver}`, `-l hin+eng`, OMP_THREAD_LIMIT=1, {len(sample)} images "
      f"({sum(r['label'] == 'greeting' for r in sample)} greeting, {sum(r['label'] == 'keep' for r in sample)} keep).\n")
    w("| prep | psm | long side | CPU ms median | CPU ms p95 | wall ms median | char acc. greeting (median) | char acc. keep (median) | "
      "greeting phrase read: en / deva / roman | keep: main line read |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    for prep, size, psm in [(p, s, m) for p in args.prep for s in args.sizes for m in args.psm]:
        if True:
            rs = [x for x in results if x["size_arg"] == size and x["psm"] == psm and x["prep"] == prep]
            ms = sorted(x["ms"] for x in rs)
            cpu = sorted(x["cpu_ms"] for x in rs)
            p95 = cpu[min(len(cpu) - 1, int(round(0.95 * (len(cpu) - 1))))]
            ag = [x["acc"] for x in rs if x["label"] == "greeting" and x["acc"] is not None]
            ak = [x["acc"] for x in rs if x["label"] == "keep" and x["acc"] is not None]
            found = []
            for lang in ("en", "deva", "roman"):
                fs = [x["main_found"] for x in rs if x["label"] == "greeting" and x["lang"] == lang]
                found.append(f"{sum(fs)}/{len(fs)}")
            fk = [x["main_found"] for x in rs if x["label"] == "keep" and x["main_found"] is not None]
            w(f"| {prep} | {psm} | {'as generated (720–1280)' if not size else f'≤ {size}'} | {statistics.median(cpu):.0f} | "
              f"{p95:.0f} | {statistics.median(ms):.0f} | {statistics.median(ag):.0%} | {statistics.median(ak):.0%} | {' / '.join(found)} | "
              f"{sum(fk)}/{len(fk)} |")
    w("")
    w("Per class (all psm and sizes pooled): median char accuracy, share of main line read\n")
    w("| label | class | n runs | char acc. | main line read |")
    w("|---|---|---|---|---|")
    for key in sorted({(x["label"], x["class"]) for x in results}):
        rs = [x for x in results if (x["label"], x["class"]) == key]
        acc = [x["acc"] for x in rs if x["acc"] is not None]
        f = [x["main_found"] for x in rs if x["main_found"] is not None]
        w(f"| {key[0]} | {key[1]} | {len(rs)} | {statistics.median(acc):.0%} | {sum(f) / max(1, len(f)):.0%} |")
    text = "\n".join(out)
    print(text)
    if args.md:
        open(args.md, "w").write(text + "\n")
    if args.json:
        json.dump(results, open(args.json, "w"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
