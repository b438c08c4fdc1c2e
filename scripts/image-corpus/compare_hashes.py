#!/usr/bin/env python3
"""Compares perceptual hashes on the pairs made by generate.py.

    ~/.cache/saathi/image-venv/bin/python scripts/image-corpus/compare_hashes.py [DIR] [--md OUT.md]

Hashes: PDQ (Meta, 256 bit, PyPI pdqhash = the reference C++ code), and from imagehash:
DCT pHash (64 bit, and 256 bit with hash_size=16), dHash (64), wHash (64).
For each hash: Hamming distance per pair; the threshold T is the largest distance at which
at most 2% of the *tune* "different" pairs match (d <= T); recall of "same" pairs at T on
tune and on holdout (T is not re-chosen on holdout); and the false-match rate at T over all
pairs of distinct corpus images (greeting/ + keep/, ~67k pairs) as a better-resolved
check of the 2% budget.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import unicodedata

import imagehash
import numpy as np
import pdqhash
from PIL import Image


def pdq(img):
    vec, quality = pdqhash.compute(np.asarray(img.convert("RGB")))
    return np.asarray(vec, dtype=np.uint8), quality


def ih(fn, **kw):
    def f(img):
        h = fn(img, **kw)
        return h.hash.flatten().astype(np.uint8), None
    return f


def trim(img, tol=8, min_frac=0.02, max_frac=0.3, depth=0):
    """Cuts a near-uniform margin (a border or letterbox added by an app) off each side.
    A side is cut only if its margin is at least min_frac of the picture, so JPEG noise on an
    already plain edge (paper, sky) doesn't make two copies trim differently."""
    a = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = a.shape

    def margin(lines, limit):
        edge = lines[0].mean()
        n = 0
        while n < limit and lines[n].std() <= tol and abs(lines[n].mean() - edge) <= 2 * tol:
            n += 1
        return n

    def side(lines, size):
        # peel band after band (an app's border, then the picture's own plain band), so a
        # bordered copy ends where the original does
        cut = 0
        while cut < size * max_frac:
            n = margin(lines[cut:], int(size * max_frac) - cut)
            if n < size * min_frac:
                break
            cut += n
        return cut

    t, b = side(a, h), side(a[::-1], h)
    l, r = side(a.T[:, t:h - b], w), side(a.T[::-1, t:h - b], w)
    if not (t or b or l or r) or h - t - b < 32 or w - l - r < 32:
        return img
    # again: side pads cut, the rows of the picture's own top/bottom band are now plain
    return trim(img.crop((l, t, w - r, h - b)), tol, min_frac, max_frac, depth + 1) if depth < 3 else img.crop((l, t, w - r, h - b))


# Windows (x0, y0, x1, y1 as fractions) hashed besides the whole picture, so a copy cropped
# by up to ~20% on one side or all round still meets one of them.
WINDOWS = [(0.05, 0.05, 0.95, 0.95), (0.1, 0.1, 0.9, 0.9), (0, 0.1, 1, 1), (0, 0.2, 1, 1), (0, 0, 1, 0.9),
           (0, 0, 1, 0.8), (0.1, 0, 1, 1), (0, 0, 0.9, 1)]


def with_trim(fn):
    def f(img):
        return fn(trim(img.convert("RGB")))
    return f


def with_alt_trim(fn):
    """A tuple (hash of the picture, hash of the trimmed picture): compared all against all,
    so trimming helps a bordered copy without hurting a copy that trims differently."""
    def f(img):
        img = img.convert("RGB")
        t = trim(img)
        return (fn(img)[0], fn(t)[0] if t.size != img.size else fn(img)[0]), None
    return f


def with_windows(fn):
    """Returns a list: the hash of the (trimmed) picture, then of each window."""
    def f(img):
        img = trim(img.convert("RGB"))
        w, h = img.size
        hs = [fn(img)[0]]
        for x0, y0, x1, y1 in WINDOWS:
            hs.append(fn(img.crop((int(x0 * w), int(y0 * h), int(x1 * w), int(y1 * h))))[0])
        return hs, None
    return f


HASHES = {
    "PDQ-256": pdq,
    "PDQ-256 +trim": with_trim(pdq),
    "PDQ-256 full+trim": with_alt_trim(pdq),
    "PDQ-256 +trim +windows": with_windows(pdq),
    "pHash-64 +trim +windows": with_windows(ih(imagehash.phash)),
    "pHash-64": ih(imagehash.phash),
    "pHash-256": ih(imagehash.phash, hash_size=16),
    "dHash-64": ih(imagehash.dhash),
    "wHash-64": ih(imagehash.whash),
}
BUDGET = 0.02


def ham(a, b):
    """Hamming distance; for window lists, the best match of either whole picture against
    the other's whole picture or windows."""
    if isinstance(a, tuple):
        return min(int(np.count_nonzero(x != y)) for x in a for y in b)
    if isinstance(a, list):
        return min(min(int(np.count_nonzero(a[0] != y)) for y in b),
                   min(int(np.count_nonzero(x != b[0])) for x in a))
    return int(np.count_nonzero(a != b))


def corpus_dists_windows(Hn, corpus):
    full = np.array([Hn[f][0] for f in corpus], dtype=np.uint8)  # (N, bits)
    W = np.array([Hn[f] for f in corpus], dtype=np.uint8)  # (N, 1+windows, bits)
    out = []
    for i in range(len(corpus) - 1):
        d1 = (W[i][:, None, :] != full[None, i + 1:, :]).sum(axis=2).min(axis=0)  # my windows vs their picture
        d2 = (W[i + 1:] != full[i][None, None, :]).sum(axis=2).min(axis=1)  # their windows vs my picture
        out += [int(x) for x in np.minimum(d1, d2)]
    return out


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def norm_text(s):
    s = unicodedata.normalize("NFC", s).lower()
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LMN")


def trigrams(s):
    return {s[i:i + 3] for i in range(len(s) - 2)}


def text_sim(a, b):
    ta, tb = trigrams(a), trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def ocr_all(D, files):
    path = os.path.join(D, "ocr_cache.json")
    cache = json.load(open(path)) if os.path.exists(path) else {}
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    todo = [f for f in files if f not in cache]
    for i, f in enumerate(todo):
        res = subprocess.run(["tesseract", os.path.join(D, f), "-", "-l", "hin+eng", "--psm", "11"],
                             capture_output=True, text=True, env=env)
        cache[f] = res.stdout
        if i % 50 == 49:
            json.dump(cache, open(path, "w"), ensure_ascii=False)
            print(f"ocr {i + 1}/{len(todo)}", file=sys.stderr)
    json.dump(cache, open(path, "w"), ensure_ascii=False)
    return cache


MIN_TEXT = 20  # normalised characters both pictures must have for the text to count


def ocr_section(D, pairs, dist, w):
    files = sorted({p["a"]["file"] for p in pairs} | {p["b"]["file"] for p in pairs})
    ocr = {f: norm_text(t) for f, t in ocr_all(D, files).items()}
    rows = []
    for p in pairs:
        a, b = ocr[p["a"]["file"]], ocr[p["b"]["file"]]
        has = len(a) >= MIN_TEXT and len(b) >= MIN_TEXT
        rows.append((p, dist[p["a"]["file"] + "|" + p["b"]["file"]], has, text_sim(a, b) if has else None))

    def rule(T1, T2, S, Sv):
        # match: close hash unless both have text that disagrees; or a looser hash if the text agrees
        def f(d, has, sim):
            if d <= T1 and not (has and sim < Sv):
                return True
            return has and d <= T2 and sim >= S
        return f

    def score(f, split):
        same = [f(d, h, s_) for p, d, h, s_ in rows if p["same"] and p["split"] == split]
        neg = [f(d, h, s_) for p, d, h, s_ in rows if not p["same"] and p["split"] == split]
        return sum(same) / len(same), sum(neg) / len(neg)

    best = None
    for T1 in range(0, 81, 2):
        for T2 in range(T1, 129, 4):
            for S in (0.3, 0.4, 0.5, 0.6, 0.7):
                for Sv in (0.0, 0.1, 0.2, 0.3):
                    rec, fpr = score(rule(T1, T2, S, Sv), "tune")
                    if fpr <= BUDGET and (best is None or rec > best[0]):
                        best = (rec, (T1, T2, S, Sv))
    T1, T2, S, Sv = best[1]
    f = rule(T1, T2, S, Sv)
    text_only = lambda d, has, sim: has and sim >= S  # noqa: E731
    w("## PDQ (full+trim) with OCR text as a second signal\n")
    w(f"Tesseract hin+eng psm 11 on every pair image; text similarity = Jaccard of character trigrams of the "
      f"normalised text, counted only when both pictures have ≥ {MIN_TEXT} characters. Rule chosen on tune "
      f"(max recall, FPR ≤ 2%): **match if PDQ ≤ {T1} unless both texts disagree (similarity < {Sv}), or if "
      f"PDQ ≤ {T2} and similarity ≥ {S}.**\n")
    w("| rule | recall tune | FPR tune | recall holdout | FPR holdout |")
    w("|---|---|---|---|---|")
    for name, fn in (("PDQ full+trim alone", None), ("PDQ full+trim + OCR text", f),
                     (f"OCR text alone (similarity ≥ {S})", text_only)):
        if fn is None:
            T = max(t for t in range(257) if sum(d <= t for p, d, h, s_ in rows if not p["same"] and p["split"] == "tune")
                    / sum(1 for p, *_ in rows if not p["same"] and p["split"] == "tune") <= BUDGET)
            fn = lambda d, has, sim, T=T: d <= T  # noqa: E731
            name += f" (T={T})"
        rt, ft = score(fn, "tune")
        rh, fh = score(fn, "holdout")
        w(f"| {name} | {rt:.1%} | {ft:.1%} | {rh:.1%} | {fh:.1%} |")
    w("")
    kinds = list(dict.fromkeys(p["kind"] for p in pairs))
    w("| kind | n | both have text | median text similarity | matched: PDQ full+trim + OCR (all splits) |")
    w("|---|---|---|---|---|")
    for k in kinds:
        rs = [r for r in rows if r[0]["kind"] == k]
        sims = [s_ for _, _, h, s_ in rs if h]
        m = sum(f(d, h, s_) for _, d, h, s_ in rs) / len(rs)
        w(f"| {k} | {len(rs)} | {len(sims)} | {statistics.median(sims) if sims else float('nan'):.2f} | {m:.0%} |")
    w("")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default="/tmp/saathi-images")
    ap.add_argument("--md", help="write the markdown tables here")
    ap.add_argument("--json", help="write raw distances here")
    ap.add_argument("--export-pdq", metavar="FILE",
                    help="write {file: PDQ hex, quality} for every image (test vectors for a Rust port)")
    ap.add_argument("--ocr", action="store_true",
                    help="also read every pair image with tesseract (hin+eng, psm 11; cached in DIR/ocr_cache.json) "
                         "and measure PDQ combined with OCR-text similarity")
    args = ap.parse_args()
    D = args.dir
    pairs = [json.loads(l) for l in open(os.path.join(D, "pairs.jsonl"))]
    labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"))]
    files = sorted({p["a"]["file"] for p in pairs} | {p["b"]["file"] for p in pairs} | {r["file"] for r in labels})
    H = {name: {} for name in HASHES}
    timing = {name: 0.0 for name in HASHES}
    quality = {}
    for f in files:
        img = Image.open(os.path.join(D, f))
        img.load()
        for name, fn in HASHES.items():
            t = time.perf_counter()
            h, q = fn(img)
            timing[name] += time.perf_counter() - t
            H[name][f] = h
            if q is not None:
                quality[f] = q
    if args.export_pdq:
        with open(args.export_pdq, "w") as f:
            json.dump({fn: {"pdq": np.packbits(H["PDQ-256"][fn]).tobytes().hex(), "quality": int(quality[fn])}
                       for fn in files}, f, indent=0)
    nbits = {}
    for name in HASHES:
        v = next(iter(H[name].values()))
        nbits[name] = len(v[0]) if isinstance(v, (list, tuple)) else len(v)
    corpus = [r["file"] for r in labels]
    out = []
    w = out.append
    summary = []
    per_kind = {}
    raw = {}
    for name in HASHES:
        d = [(p, ham(H[name][p["a"]["file"]], H[name][p["b"]["file"]])) for p in pairs]
        raw[name] = [x for _, x in d]
        neg_t = sorted(x for p, x in d if not p["same"] and p["split"] == "tune")
        # largest T with FPR(tune) <= budget
        T = -1
        for t in range(nbits[name] + 1):
            if sum(x <= t for x in neg_t) / len(neg_t) <= BUDGET:
                T = t
            else:
                break
        row = {"hash": name, "bits": nbits[name], "T": T, "ms": 1000 * timing[name] / len(files)}
        for split in ("tune", "holdout"):
            same = [x for p, x in d if p["same"] and p["split"] == split]
            neg = [x for p, x in d if not p["same"] and p["split"] == split]
            row[f"recall_{split}"] = sum(x <= T for x in same) / len(same)
            row[f"fpr_{split}"] = sum(x <= T for x in neg) / len(neg)
            row[f"n_{split}"] = (len(same), len(neg))
        if isinstance(H[name][corpus[0]], tuple):
            M = np.array([H[name][f] for f in corpus], dtype=np.uint8)  # (N, 2, bits)
            allneg = []
            for i in range(len(corpus) - 1):
                dd = (M[i][None, :, None, :] != M[i + 1:][:, None, :, :]).sum(axis=3).min(axis=(1, 2))
                allneg += [int(x) for x in dd]
        elif isinstance(H[name][corpus[0]], list):  # packed for speed: 9 windows x 9 windows is slow
            allneg = corpus_dists_windows(H[name], corpus)
        else:
            M = np.array([H[name][f] for f in corpus], dtype=np.uint8)
            allneg = [int(x) for i in range(len(corpus)) for x in (M[i] != M[i + 1:]).sum(axis=1)]
        row["fpr_corpus"] = sum(x <= T for x in allneg) / len(allneg)
        row["corpus_min"] = min(allneg)
        row["corpus_p001"] = pct(allneg, 0.001)
        row["n_corpus"] = len(allneg)
        summary.append(row)
        for p, x in d:
            per_kind.setdefault((name, p["kind"], p["same"]), []).append((x, p))
    kinds = list(dict.fromkeys(p["kind"] for p in pairs))

    w("## Summary (threshold chosen on tune: ≤ 2% of tune \"different\" pairs match)\n")
    w("| hash | bits | T (bits) | recall tune | FPR tune | recall holdout | FPR holdout | "
      "FPR all corpus pairs | min / 0.1% distance, corpus pairs | ms/image |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    for r in summary:
        w(f"| {r['hash']} | {r['bits']} | {r['T']} | {r['recall_tune']:.1%} | {r['fpr_tune']:.1%} | "
          f"{r['recall_holdout']:.1%} | {r['fpr_holdout']:.1%} | {r['fpr_corpus']:.3%} | "
          f"{r['corpus_min']} / {r['corpus_p001']} | {r['ms']:.1f} |")
    s0 = summary[0]
    w(f"\nPairs: tune {s0['n_tune'][0]} same / {s0['n_tune'][1]} different; holdout {s0['n_holdout'][0]} same / "
      f"{s0['n_holdout'][1]} different; corpus pairs {s0['n_corpus']}.\n")

    for split in ("tune", "holdout"):
        w(f"## Hamming distance per kind, {split} (median [p10–p90], max for same / min for different; "
          f"\"≤T\" = share matched at that hash's T)\n")
        w("| kind | same | n | " + " | ".join(HASHES) + " |")
        w("|---|---|---|" + "---|" * len(HASHES))
        for k in kinds:
            same = next(p["same"] for p in pairs if p["kind"] == k)
            cells = []
            n = 0
            for r in summary:
                xs = [x for x, p in per_kind[(r["hash"], k, same)] if p["split"] == split]
                n = len(xs)
                if not xs:
                    cells.append("–")
                    continue
                ext = max(xs) if same else min(xs)
                m = sum(x <= r["T"] for x in xs) / len(xs)
                cells.append(f"{statistics.median(xs):g} [{pct(xs, .1)}–{pct(xs, .9)}] {'max' if same else 'min'} {ext}; "
                             f"≤T {m:.0%}")
            w(f"| {k} | {'yes' if same else 'no'} | {n} | " + " | ".join(cells) + " |")
        w("")

    w("## Crops: recall at T by area removed (tune + holdout)\n")
    fracs = sorted({p["params"]["crop_area"] for p in pairs if p["kind"] == "crop"})
    w("| area removed | n | " + " | ".join(HASHES) + " |")
    w("|---|---|" + "---|" * len(HASHES))
    for fr in fracs:
        cells = []
        n = 0
        for r in summary:
            xs = [x for x, p in per_kind[(r["hash"], "crop", True)] if p["params"]["crop_area"] == fr]
            n = len(xs)
            cells.append(f"{sum(x <= r['T'] for x in xs) / len(xs):.0%} (med {statistics.median(xs):g})")
        w(f"| {fr:.0%} | {n} | " + " | ".join(cells) + " |")
    w("")
    w("## Crops by mode (one side vs all sides), recall at T\n")
    modes = sorted({p["params"]["crop_mode"] for p in pairs if p["kind"] == "crop"})
    w("| mode | n | " + " | ".join(HASHES) + " |")
    w("|---|---|" + "---|" * len(HASHES))
    for mo in modes:
        cells = []
        for r in summary:
            xs = [x for x, p in per_kind[(r["hash"], "crop", True)] if p["params"]["crop_mode"] == mo]
            n = len(xs)
            cells.append(f"{sum(x <= r['T'] for x in xs) / len(xs):.0%}")
        w(f"| {mo} | {n} | " + " | ".join(cells) + " |")
    w("")
    w("## Borders and stickers by sub-kind, recall at T\n")
    w("| kind | sub | n | " + " | ".join(HASHES) + " |")
    w("|---|---|---|" + "---|" * len(HASHES))
    for k, key in (("border", "border"), ("sticker", "sticker")):
        subs = sorted({p["params"][key] for p in pairs if p["kind"] == k})
        for sb in subs:
            cells = []
            for r in summary:
                xs = [x for x, p in per_kind[(r["hash"], k, True)] if p["params"][key] == sb]
                n = len(xs)
                cells.append(f"{sum(x <= r['T'] for x in xs) / len(xs):.0%}")
            w(f"| {k} | {sb} | {n} | " + " | ".join(cells) + " |")
    w("")
    # hardest different pairs for PDQ
    w("## Closest \"different\" pairs under PDQ\n")
    w("| distance | kind | sub | a | b |")
    w("|---|---|---|---|---|")
    diffs = sorted(((x, p) for (name, k, same), v in per_kind.items() if name == "PDQ-256" and not same for x, p in v),
                   key=lambda t: t[0])[:8]
    for x, p in diffs:
        w(f"| {x} | {p['kind']} | {p.get('sub', '')} | {p['a']['file']} | {p['b']['file']} |")
    w("")
    if quality:
        qs = list(quality.values())
        low = [f for f, q in quality.items() if q < 50]
        w(f"PDQ quality: median {statistics.median(qs):g}, {len(low)} of {len(qs)} images below 50 "
          f"(PDQ's own advice: don't match on those).\n")
    if args.ocr:
        ocr_section(D, pairs, {p_["a"]["file"] + "|" + p_["b"]["file"]: x for p_, x in
                               zip(pairs, raw["PDQ-256 full+trim"])}, w)
    text = "\n".join(out)
    print(text)
    if args.md:
        with open(args.md, "w") as f:
            f.write(text + "\n")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"pairs": pairs, "distances": raw}, f)


if __name__ == "__main__":
    main()
