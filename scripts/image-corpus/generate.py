#!/usr/bin/env python3
"""Generates Saathi's picture corpus: greeting images to recognise and images to keep, plus
same/different pairs for perceptual-hash evaluation (SPEC §6 "Pictures").

    scripts/image-corpus/setup.sh                       # once: Debian packages + venv
    ~/.cache/saathi/image-venv/bin/python scripts/image-corpus/generate.py [OUT_DIR]

OUT_DIR (default /tmp/saathi-images) gets greeting/, keep/, pairs/, labels.jsonl and
pairs.jsonl. Everything is a function of --seed and the Debian fonts and wallpapers, so the
same seed gives the same files. The generated images are not committed: this script is the
source.

Split rule (stratified, deterministic): within each class (labels) or pair kind (pairs),
item number i (0-based, in generation order) is "holdout" when floor((i+1)*0.3) >
floor(i*0.3), i.e. every 3rd-4th item, exactly 30% of each class. Pairs are built from
images of their own split, so no holdout image is seen while tuning.
"""
import argparse
import glob
import io
import json
import math
import os
import random
import sys
from functools import lru_cache

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

import content as C  # noqa: E402
from text_render import FontSet, draw_text, paste_emoji  # noqa: E402

# Real photos from Debian packages (mate-backgrounds, plasma-workspace-wallpapers); picked
# by eye: no illustrations. Abstract wallpapers (gnome-backgrounds etc.) in ABSTRACT.
PHOTOS = [
    "/usr/share/backgrounds/mate/nature/" + n for n in
    ["Aqua.jpg", "Blinds.jpg", "Dune.jpg", "FreshFlower.jpg", "Garden.jpg", "GreenMeadow.jpg",
     "LadyBird.jpg", "RainDrops.jpg", "Storm.jpg", "TwoWings.jpg", "Wood.jpg", "YellowFlower.jpg"]
] + [f"/usr/share/wallpapers/{n}" for n in
     ["BytheWater", "ColdRipple", "ColorfulCups", "DarkestHour", "EveningGlow", "FallenLeaf",
      "Grey", "Kite", "OneStandsOut", "Path", "summer_1am", "Volna"]]
# Families: the same picture in light/dark or colour variants (hard "different" pairs).
FAMILIES = [
    [f"/usr/share/backgrounds/gnome/{n}-{v}.webp" for v in "ld"]
    for n in ["adwaita", "grid", "licorice", "pixels", "truchet", "wood", "symbolic"]
] + [[f"/usr/share/backgrounds/mate/desktop/Ubuntu-Mate-{v}-no-logo.png" for v in
      ["Cold", "Warm", "Radioactive", "Dark"]]]
ABSTRACT = [p for fam in FAMILIES for p in fam] + [
    "/usr/share/backgrounds/mate/abstract/Elephants.jpg", "/usr/share/backgrounds/mate/abstract/Flow.png",
    "/usr/share/wallpapers/Canopee", "/usr/share/wallpapers/Elarun", "/usr/share/wallpapers/PastelHills",
    "/usr/share/wallpapers/Opal", "/usr/share/wallpapers/MilkyWay"]

LATIN_DECOR = ["lobster", "dancing", "kaushan", "serif_bold", "sans_bold"]
DEVA_DECOR = ["deva_sans_bold", "deva_serif_bold", "annapurna_bold", "sarai", "lohit", "nakula"]
WARM = [(255, 215, 0), (255, 255, 255), (255, 140, 0), (255, 60, 60), (255, 240, 120), (250, 250, 210)]


def resolve(path):
    """A wallpaper directory → its image closest to 1920 wide."""
    if os.path.isdir(path):
        d = os.path.join(path, "contents", "images")
        imgs = sorted(os.listdir(d), key=lambda n: (abs(int(n.split("x")[0]) - 1920), n))
        return os.path.join(d, imgs[0])
    return path


@lru_cache(maxsize=64)
def load(path):
    im = Image.open(resolve(path))
    im.draft("RGB", (1600, 1600))
    im = im.convert("RGB")
    im.thumbnail((1800, 1800), Image.LANCZOS)
    return im


def crop_to(im, w, h, rng, zoom=None):
    """Random crop with aspect w:h covering `zoom` (0.55–1) of the largest fitting crop."""
    zoom = zoom if zoom is not None else rng.uniform(0.55, 1.0)
    ar = w / h
    cw, ch = (im.width, im.width / ar) if im.width / im.height < ar else (im.height * ar, im.height)
    cw, ch = cw * zoom, ch * zoom
    x = rng.uniform(0, im.width - cw)
    y = rng.uniform(0, im.height - ch)
    return im.crop((int(x), int(y), int(x + cw), int(y + ch))).resize((w, h), Image.LANCZOS)


def phone_size(rng, kind="any"):
    opts = {"square": [(720, 720), (1080, 1080), (1024, 1024), (800, 800)],
            "portrait": [(720, 1280), (1080, 1280), (864, 1080), (960, 1280), (720, 960)],
            "landscape": [(1280, 720), (1280, 960), (1024, 768)]}
    if kind == "any":
        kind = rng.choice(["square", "square", "portrait", "portrait", "landscape"])
    return rng.choice(opts[kind])


def gradient(w, h, c1, c2, vertical=True):
    g = Image.linear_gradient("L").resize((w, h) if vertical else (h, w))
    if not vertical:
        g = g.rotate(90, expand=True).resize((w, h))
    return Image.composite(Image.new("RGB", (w, h), c2), Image.new("RGB", (w, h), c1), g)


def rand_colour(rng, lo=0, hi=255):
    return tuple(rng.randint(lo, hi) for _ in range(3))


def bg_sunrise(w, h, rng):
    sky = gradient(w, h, rng.choice([(255, 120, 40), (250, 90, 90), (255, 170, 60)]),
                   rng.choice([(255, 230, 150), (120, 170, 255), (255, 200, 120)]))
    d = ImageDraw.Draw(sky)
    cx, cy, r = rng.uniform(0.3, 0.7) * w, rng.uniform(0.45, 0.7) * h, rng.uniform(0.08, 0.16) * min(w, h)
    glow = Image.new("L", (w, h), 0)
    ImageDraw.Draw(glow).ellipse((cx - 2.5 * r, cy - 2.5 * r, cx + 2.5 * r, cy + 2.5 * r), fill=160)
    sky.paste((255, 250, 200), (0, 0), glow.filter(ImageFilter.GaussianBlur(r)))
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 245, 180))
    for k, col in enumerate([(60, 90, 50), (40, 60, 35)]):
        pts = [(0, h)] + [(x, cy + r * (0.6 + 0.5 * k) + math.sin(x / w * rng.uniform(3, 7) + k) * h * 0.04)
                          for x in range(0, w + 40, 40)] + [(w, h)]
        d.polygon(pts, fill=col)
    return sky


def draw_flower(img, cx, cy, r, col, rng):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    n = rng.randint(5, 9)
    for k in range(n):
        a = 2 * math.pi * k / n
        px, py = cx + math.cos(a) * r * 0.6, cy + math.sin(a) * r * 0.6
        d.ellipse((px - r * 0.45, py - r * 0.45, px + r * 0.45, py + r * 0.45), fill=col + (235,),
                  outline=tuple(max(0, c - 60) for c in col) + (255,))
    d.ellipse((cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3), fill=(250, 200, 30, 255))
    img.paste(layer, (0, 0), layer)


def bg_flowers(w, h, rng):
    img = gradient(w, h, rand_colour(rng, 150, 255), rand_colour(rng, 60, 200))
    for _ in range(rng.randint(8, 18)):
        draw_flower(img, rng.uniform(0, w), rng.choice([rng.uniform(0, 0.25), rng.uniform(0.75, 1.0)]) * h,
                    rng.uniform(0.04, 0.11) * min(w, h),
                    rng.choice([(230, 40, 80), (255, 120, 180), (250, 250, 250), (255, 170, 0), (180, 60, 200)]), rng)
    return img


def bg_bokeh(w, h, rng):
    img = gradient(w, h, rand_colour(rng, 0, 120), rand_colour(rng, 40, 200), rng.random() < 0.7)
    layer = Image.new("RGB", (w, h), (0, 0, 0))
    mask = Image.new("L", (w, h), 0)
    d, md = ImageDraw.Draw(layer), ImageDraw.Draw(mask)
    for _ in range(rng.randint(20, 45)):
        r = rng.uniform(0.02, 0.09) * min(w, h)
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        d.ellipse((x - r, y - r, x + r, y + r), fill=rand_colour(rng, 150, 255))
        md.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(60, 140))
    img.paste(layer.filter(ImageFilter.GaussianBlur(6)), (0, 0), mask.filter(ImageFilter.GaussianBlur(6)))
    return img


def bg_rangoli(w, h, rng):
    img = gradient(w, h, (90, 10, 40), (20, 0, 30))
    cx, cy = w / 2, h * rng.uniform(0.55, 0.75)
    R = min(w, h) * 0.32
    cols = [(255, 80, 0), (255, 200, 0), (230, 0, 120), (0, 170, 120), (255, 255, 255)]
    d = ImageDraw.Draw(img)
    for ring in range(5, 0, -1):
        r = R * ring / 5
        n = 8 + ring * 2
        col = cols[ring % len(cols)]
        for k in range(n):
            a = 2 * math.pi * k / n
            px, py = cx + math.cos(a) * r, cy + math.sin(a) * r
            d.ellipse((px - r / 5, py - r / 5, px + r / 5, py + r / 5), fill=col)
        d.ellipse((cx - r * 0.85, cy - r * 0.85, cx + r * 0.85, cy + r * 0.85), fill=cols[(ring + 2) % 5])
    return img


def background(w, h, rng, kind=None):
    kind = kind or rng.choice(["photo", "photo", "photo", "sunrise", "flowers", "bokeh", "abstract"])
    if kind == "photo":
        src = rng.choice(PHOTOS)
        return crop_to(load(src), w, h, rng), src
    if kind == "abstract":
        src = rng.choice(ABSTRACT)
        return crop_to(load(src), w, h, rng), src
    return {"sunrise": bg_sunrise, "flowers": bg_flowers, "bokeh": bg_bokeh, "rangoli": bg_rangoli}[kind](w, h, rng), kind


def fontset_for(text, rng, decorative=True):
    latin = rng.choice(LATIN_DECOR if decorative else ["sans_bold", "liberation_bold", "dejavu_bold"])
    deva = rng.choice(DEVA_DECOR if decorative else ["deva_sans_bold", "lohit", "annapurna_bold"])
    return FontSet(latin, deva)


def text_style(rng, bright_bg=False):
    fill = rng.choice(WARM)
    style = dict(fill=fill)
    r = rng.random()
    if r < 0.45:
        style.update(stroke=rng.randint(2, 5), stroke_fill=rng.choice([(120, 0, 0), (0, 0, 0), (90, 30, 0)]))
    elif r < 0.7:
        style.update(shadow=(4, 4, 3, (0, 0, 0, 200)))
    elif r < 0.85:
        style.update(glow=(8, rng.choice([(255, 80, 0), (255, 0, 120), (0, 0, 0)])), stroke=2, stroke_fill=(60, 0, 0))
    else:
        style.update(fill=(255, 230, 80), fill2=(255, 120, 0), stroke=3, stroke_fill=(80, 0, 0))
    return style


def frame(img, rng):
    d = ImageDraw.Draw(img)
    w, h = img.size
    m = int(min(w, h) * rng.uniform(0.02, 0.04))
    col = rng.choice([(255, 215, 0), (255, 255, 255), (200, 30, 60)])
    d.rectangle((m, m, w - m, h - m), outline=col, width=max(3, m // 3))
    for x, y in [(m, m), (w - m, m), (m, h - m), (w - m, h - m)]:
        d.ellipse((x - m, y - m, x + m, y + m), fill=col)


def watermark(img, rng, text=None):
    text = text or rng.choice(["www.shubhkamnaye.in", "Made with Greetings Maker", "@ward5_saathi",
                               "HindiStatus.com", "© Suvichar App"])
    w, h = img.size
    draw_text(img, text, FontSet("sans", "deva_sans"), (0, h * 0.94, w * 0.97, h * 0.99), int(h * 0.025),
              align="right", fill=(240, 240, 240), shadow=(1, 1, 0, (0, 0, 0, 160)))
    return text


# ---------------------------------------------------------------------------------------------
# greeting images


def make_greeting(rng, entry, variant=None):
    cls, lang, text, tag = entry
    w, h = phone_size(rng)
    bgk = None
    if tag == "diwali":
        bgk = rng.choice(["rangoli", "bokeh", "photo"])
    elif cls == "good_night":
        bgk = rng.choice(["bokeh", "abstract", "photo"])
    img, bg_src = background(w, h, rng, bgk)
    if cls == "good_night":
        img = ImageEnhance.Brightness(img).enhance(0.6)
    drawn = []
    small = variant == "small" or (variant is None and rng.random() < 0.22)
    with_quote = variant == "quote" or (variant is None and not small and rng.random() < 0.35)
    fs = fontset_for(text, rng)
    style = text_style(rng)
    if small:
        # small greeting text in a corner/band over a big photo, like a "status" image
        band_top = rng.choice([0.02, 0.80])
        draw_text(img, text, fs, (w * 0.05, h * band_top, w * 0.95, h * (band_top + 0.16)), int(h * 0.07), **style)
    else:
        top = rng.choice([0.04, 0.08, 0.3]) if with_quote else rng.choice([0.05, 0.25, 0.4])
        draw_text(img, text, fs, (w * 0.06, h * top, w * 0.94, h * (top + (0.32 if with_quote else 0.42))),
                  int(h * rng.uniform(0.12, 0.2)), **style)
    drawn.append(text)
    if with_quote:
        ql = lang if lang in C.QUOTES else "deva"
        if rng.random() < 0.3:
            ql = rng.choice(list(C.QUOTES))
        q = rng.choice(C.QUOTES[ql])
        box = (w * 0.08, h * 0.62, w * 0.92, h * 0.88)
        if rng.random() < 0.6:
            overlay = Image.new("RGB", img.size, rng.choice([(0, 0, 0), (120, 0, 40), (255, 255, 255)]))
            m = Image.new("L", img.size, 0)
            ImageDraw.Draw(m).rounded_rectangle((box[0] - 15, box[1] - 15, box[2] + 15, box[3] + 15), 25, fill=140)
            dark = overlay.getpixel((0, 0))[0] < 128
            img.paste(overlay, (0, 0), m)
            qfill = (255, 255, 255) if dark else (90, 0, 0)
        else:
            qfill = (255, 255, 255)
        draw_text(img, q, FontSet(rng.choice(["sans_bold", "serif_bold", "dancing"]),
                                  rng.choice(["deva_sans_bold", "lohit", "annapurna_bold"])),
                  box, int(h * 0.05), fill=qfill, shadow=(2, 2, 2, (0, 0, 0, 160)))
        drawn.append(q)
    pool = C.NIGHT_EMOJI if cls == "good_night" else C.GREETING_EMOJI
    emo = C.FESTIVAL_EMOJI.get(tag) or "".join(rng.sample(pool, rng.randint(1, 3)))
    if rng.random() < 0.7:
        sz = int(min(w, h) * rng.uniform(0.07, 0.14))
        x = rng.uniform(0.03, 0.6) * w
        y = rng.choice([0.02, 0.86]) * h if not small else 0.45 * h
        for ch in _emoji_clusters(emo):
            ew, _ = paste_emoji(img, ch, x, y, sz)
            x += ew + 6
    if rng.random() < 0.35 and not small:
        sig = rng.choice(C.SIGNATURES)
        draw_text(img, sig, FontSet("sans_italic", "deva_sans"), (w * 0.05, h * 0.885, w * 0.95, h * 0.94),
                  int(h * 0.035), align=rng.choice(["right", "center"]), fill=(255, 255, 255),
                  shadow=(2, 2, 1, (0, 0, 0, 200)))
        drawn.append(sig)
    if rng.random() < 0.3:
        frame(img, rng)
    if rng.random() < 0.3:
        drawn.append(watermark(img, rng))
    meta = {"class": cls, "lang": lang, "tag": tag, "text_size": "small" if small else "large",
            "quote": with_quote, "background": os.path.basename(resolve(bg_src)) if "/" in bg_src else bg_src}
    return img, "\n".join(drawn), meta


def _emoji_clusters(s):
    out, cur = [], ""
    for ch in s:
        o = ord(ch)
        if cur and (o in (0xFE0F, 0x200D) or 0x1F3FB <= o <= 0x1F3FF or cur[-1] == "\u200d"
                    or (0x1F1E6 <= o <= 0x1F1FF and len(cur) == 1 and 0x1F1E6 <= ord(cur) <= 0x1F1FF)):
            cur += ch
        else:
            if cur:
                out.append(cur)
            cur = ch
    if cur:
        out.append(cur)
    return out


# ---------------------------------------------------------------------------------------------
# images to keep


def date_str(rng):
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"


def paper(w, h, rng, ruled=False):
    base = rng.choice([(250, 250, 245), (245, 240, 225), (255, 255, 255), (238, 232, 210)])
    img = Image.new("RGB", (w, h), base)
    if ruled:
        d = ImageDraw.Draw(img)
        for y in range(int(h * 0.08), h, int(h * 0.035)):
            d.line((0, y, w, y), fill=(170, 190, 230), width=2)
        d.line((int(w * 0.1), 0, int(w * 0.1), h), fill=(230, 120, 120), width=2)
    return img


def find_coeffs(dst, src):
    """PIL perspective coefficients mapping output quad dst → input quad src."""
    import numpy as np
    A, B = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); B.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); B.append(Y)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photograph(doc, rng, out_size=None, bg=None):
    """Places a flat document/board in a photo with perspective, shading, blur and noise."""
    w, h = out_size or phone_size(rng, "portrait")
    scene = bg if bg is not None else crop_to(load(rng.choice(["/usr/share/backgrounds/mate/nature/Wood.jpg",
                                                                "/usr/share/wallpapers/Grey",
                                                                "/usr/share/backgrounds/mate/nature/Dune.jpg",
                                                                "/usr/share/backgrounds/gnome/wood-l.webp"])),
                                              w, h, rng)
    scale = min(w * rng.uniform(0.75, 0.92) / doc.width, h * rng.uniform(0.75, 0.92) / doc.height)
    dw, dh = doc.width * scale, doc.height * scale
    cx, cy = w / 2 + rng.uniform(-0.04, 0.04) * w, h / 2 + rng.uniform(-0.04, 0.04) * h
    j = lambda: rng.uniform(-0.05, 0.05) * min(w, h)  # noqa: E731
    quad = [(cx - dw / 2 + j(), cy - dh / 2 + j()), (cx + dw / 2 + j(), cy - dh / 2 + j()),
            (cx + dw / 2 + j(), cy + dh / 2 + j()), (cx - dw / 2 + j(), cy + dh / 2 + j())]
    src = [(0, 0), (doc.width, 0), (doc.width, doc.height), (0, doc.height)]
    coeffs = find_coeffs(quad, src)
    warped = doc.convert("RGBA").transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    shadow = Image.new("L", (w, h), 0)
    ImageDraw.Draw(shadow).polygon([(x + 10, y + 12) for x, y in quad], fill=150)
    scene.paste((0, 0, 0), (0, 0), shadow.filter(ImageFilter.GaussianBlur(12)))
    scene.paste(warped, (0, 0), warped)
    shade = gradient(w, h, (255, 255, 255), (rng.randint(150, 210),) * 3, rng.random() < 0.5)
    scene = Image.blend(scene, Image.composite(scene, shade, Image.new("L", (w, h), 128)), 0.25)
    scene = ImageEnhance.Brightness(scene).enhance(rng.uniform(0.85, 1.05))
    return scene.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.0)))


def emblem(img, x, y, r, rng):
    d = ImageDraw.Draw(img)
    d.ellipse((x - r, y - r, x + r, y + r), fill=(20, 40, 110), outline=(200, 160, 20), width=max(2, r // 8))
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.6 if k % 2 == 0 else 0.25)
        pts.append((x + math.cos(a) * rr, y + math.sin(a) * rr))
    d.polygon(pts, fill=(230, 190, 40))


def make_notice(rng, idx, title=None, body=None, station=None):
    w, h = 1000, 1300
    img = paper(w, h, rng)
    d = ImageDraw.Draw(img)
    hdr = rng.choice([(20, 40, 110), (150, 20, 20), (0, 90, 60)])
    d.rectangle((0, 0, w, 190), fill=hdr)
    emblem(img, 100, 95, 70, rng)
    station = station or rng.choice(["थाना कोतवाली नगर, जनपद रामपुरा", "थाना सिविल लाइंस, जनपद सीतापुर",
                                     "Police Station Sadar Bazar, District Rampura"])
    drawn = ["पुलिस विभाग / POLICE DEPARTMENT", station]
    draw_text(img, drawn[0], FontSet("sans_bold", "deva_sans_bold"), (190, 20, w - 20, 95), 46, fill=(255, 255, 255))
    draw_text(img, station, FontSet("sans", "deva_sans"), (190, 100, w - 20, 175), 36, fill=(255, 255, 255))
    t, b = title, body
    if t is None:
        t, b = C.NOTICES[idx % len(C.NOTICES)]
        b = b.format(d=date_str(rng))
    draw_text(img, t, FontSet("sans_bold", "deva_sans_bold"), (60, 230, w - 60, 330), 64, fill=hdr)
    d.line((60, 345, w - 60, 345), fill=hdr, width=4)
    draw_text(img, b, FontSet("serif", rng.choice(["deva_serif", "lohit", "deva_sans"])), (70, 380, w - 70, 1000), 54,
              size_min=30, align="left", valign="top", fill=(20, 20, 20), gap=1.15)
    sig = "आज्ञा से,\nथानाध्यक्ष" if rng.random() < 0.6 else "By order,\nStation House Officer"
    draw_text(img, sig, FontSet("sans_bold", "deva_sans_bold"), (w - 450, 1050, w - 60, 1200), 38, align="right", fill=(20, 20, 20))
    stamp = Image.new("L", (w, h), 0)
    sd = ImageDraw.Draw(stamp)
    sx, sy = rng.randint(150, 350), rng.randint(1050, 1150)
    sd.ellipse((sx - 90, sy - 90, sx + 90, sy + 90), outline=180, width=6)
    sd.ellipse((sx - 65, sy - 65, sx + 65, sy + 65), outline=180, width=3)
    img.paste((60, 60, 170), (0, 0), stamp.rotate(rng.uniform(-20, 20), center=(sx, sy)))
    drawn += [t, b, sig]
    return img, "\n".join(drawn)


def make_document(rng, idx):
    w, h = 1000, 1350
    img = paper(w, h, rng, ruled=rng.random() < 0.6)
    txt = C.DOCUMENTS[idx % len(C.DOCUMENTS)].format(d=date_str(rng))
    ink = rng.choice([(20, 30, 120), (20, 20, 20), (30, 30, 90)])
    fs = FontSet(rng.choice(["serif", "sans", "dancing"]), rng.choice(["annapurna", "lohit", "sarai", "nakula", "deva_serif"]))
    draw_text(img, txt, fs, (110, 80, w - 60, h - 60), 50, size_min=26, align="left", valign="top", fill=ink, gap=1.12)
    return img, txt


def make_signboard(rng, idx):
    hi, en = C.SIGNS[idx % len(C.SIGNS)]
    w, h = phone_size(rng, rng.choice(["landscape", "square", "portrait"]))
    scene = crop_to(load(rng.choice(PHOTOS)), w, h, rng)
    bw, bh = 1200, 420
    col, txt = rng.choice([((20, 60, 160), (255, 255, 255)), ((0, 110, 60), (255, 255, 255)),
                           ((250, 250, 250), (200, 20, 20)), ((250, 210, 0), (20, 20, 20))])
    board = Image.new("RGB", (bw, bh), col)
    ImageDraw.Draw(board).rectangle((8, 8, bw - 8, bh - 8), outline=txt, width=8)
    draw_text(board, hi, FontSet("sans_bold", "deva_sans_bold"), (40, 30, bw - 40, 230), 150, fill=txt)
    draw_text(board, en, FontSet("liberation_bold", "deva_sans_bold"), (40, 240, bw - 40, 390), 100, fill=txt)
    d = ImageDraw.Draw(scene)
    # posts
    for px in (0.3, 0.7):
        d.rectangle((w * px - 10, h * 0.5, w * px + 10, h), fill=(90, 90, 90))
    img = photograph(board, rng, (w, h), bg=scene)
    return img, hi + "\n" + en


def make_number_plate(rng, idx):
    plate_txt = C.PLATES[idx % len(C.PLATES)]
    w, h = phone_size(rng, rng.choice(["landscape", "portrait", "square"]))
    scene = crop_to(load(rng.choice(PHOTOS)), w, h, rng).filter(ImageFilter.GaussianBlur(rng.uniform(1, 4)))
    d = ImageDraw.Draw(scene)
    body = rand_colour(rng, 30, 230)
    cw, ch = w * rng.uniform(0.7, 0.9), h * rng.uniform(0.45, 0.6)
    x0, y0 = (w - cw) / 2, h - ch - h * 0.05
    d.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), int(ch * 0.12), fill=body)
    d.rounded_rectangle((x0 + cw * 0.12, y0 + ch * 0.05, x0 + cw * 0.88, y0 + ch * 0.42), int(ch * 0.05), fill=(40, 50, 60))
    for tx in (x0 + cw * 0.03, x0 + cw * 0.83):
        d.rectangle((tx, y0 + ch * 0.5, tx + cw * 0.14, y0 + ch * 0.62), fill=(200, 20, 20))
    d.rectangle((x0 - 5, y0 + ch * 0.82, x0 + cw + 5, y0 + ch * 0.95), fill=(25, 25, 25))
    pw, ph = int(cw * 0.42), int(cw * 0.42 / 4.5)
    bgc, fg = rng.choice([((250, 250, 250), (10, 10, 10)), ((250, 210, 0), (10, 10, 10)), ((0, 140, 70), (255, 255, 255))])
    plate = Image.new("RGB", (pw, ph), bgc)
    pd = ImageDraw.Draw(plate)
    pd.rectangle((0, 0, pw - 1, ph - 1), outline=(0, 0, 0), width=max(2, ph // 20))
    pd.rectangle((3, 3, int(pw * 0.07), ph - 4), fill=(20, 60, 170))
    draw_text(plate, "IND", FontSet("sans_bold"), (4, ph * 0.6, pw * 0.07, ph * 0.9), int(ph * 0.2), fill=(255, 255, 255))
    draw_text(plate, plate_txt, FontSet("liberation_bold"), (pw * 0.09, ph * 0.08, pw * 0.98, ph * 0.95), int(ph * 0.8), fill=fg)
    scene.paste(plate, (int(x0 + (cw - pw) / 2), int(y0 + ch * 0.63)))
    img = scene.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=False, fillcolor=(40, 40, 40))
    texts = [plate_txt, "IND"]
    if rng.random() < 0.35:
        cap = rng.choice(["This car was seen near the school at 3 pm", "यह गाड़ी रात से मोहल्ले में खड़ी है",
                          "Hit and run, 8:40 pm, Station Road"])
        draw_text(img, cap, FontSet("sans_bold", "deva_sans_bold"), (w * 0.04, h * 0.03, w * 0.96, h * 0.2), int(h * 0.06),
                  fill=(255, 255, 255), stroke=3, stroke_fill=(0, 0, 0))
        texts.append(cap)
    return img, "\n".join(texts)


def status_bar(img, rng, colour):
    w = img.width
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 48), fill=colour)
    t = f"{rng.randint(7, 11)}:{rng.randint(0, 59):02d}"
    draw_text(img, t, FontSet("sans_bold"), (20, 6, 200, 44), 28, align="left", fill=(255, 255, 255))
    for k in range(4):
        d.rectangle((w - 150 + k * 12, 34 - k * 6, w - 142 + k * 12, 38), fill=(255, 255, 255))
    d.rectangle((w - 80, 14, w - 30, 36), outline=(255, 255, 255), width=2)
    d.rectangle((w - 78, 16, w - 30 - rng.randint(5, 40), 34), fill=(255, 255, 255))
    return t


def make_screenshot(rng, idx):
    w, h = rng.choice([(720, 1280), (1080, 1280), (720, 1200)])
    kind = idx % 3
    texts = []
    if kind in (0, 1):  # chat
        img = Image.new("RGB", (w, h), (236, 229, 221))
        d = ImageDraw.Draw(img)
        for _ in range(40):  # wallpaper doodles
            x, y = rng.uniform(0, w), rng.uniform(150, h)
            d.ellipse((x, y, x + 14, y + 14), outline=(222, 214, 204), width=2)
        texts.append(status_bar(img, rng, (7, 94, 84)))
        d.rectangle((0, 48, w, 150), fill=(7, 94, 84))
        d.ellipse((70, 65, 140, 135), fill=(200, 200, 200))
        grp = rng.choice(C.SMS_SENDERS)
        draw_text(img, grp, FontSet("sans_bold", "deva_sans_bold"), (160, 60, w - 40, 105), 36, align="left", fill=(255, 255, 255))
        draw_text(img, "Ramesh, Sunita, You", FontSet("sans"), (160, 105, w - 40, 140), 24, align="left", fill=(220, 240, 235))
        texts += [grp, "Ramesh, Sunita, You"]
        y = 190
        k0 = idx + rng.randint(0, 5)
        msgs = C.CHATS[k0 % len(C.CHATS)] + C.CHATS[(k0 + 1) % len(C.CHATS)]
        forwarded = False
        for k, m in enumerate(msgs):
            if m == "Forwarded":
                forwarded = True
                continue
            mine = k % 2 == 1
            if y > h - 300:
                break
            fs = FontSet("sans", "deva_sans")
            bw = w * 0.72
            tmp = Image.new("RGB", (w, h))
            (bx0, by0, bx1, by1), _ = draw_text(tmp, m, fs, (0, 0, bw - 40, 600), 34, size_min=34, fixed_size=True,
                                                  align="left", valign="top")
            bh = (by1 - by0) + 70 + (36 if forwarded else 0)
            bwid = max(bx1 - bx0 + 60, 220)
            x0 = w - bwid - 30 if mine else 30
            d.rounded_rectangle((x0, y, x0 + bwid, y + bh), 18, fill=(220, 248, 198) if mine else (255, 255, 255))
            ty = y + 16
            if forwarded:
                draw_text(img, "↪ Forwarded", FontSet("sans_italic"), (x0 + 24, ty, x0 + bwid, ty + 32), 24, align="left",
                          fill=(130, 130, 130))
                ty += 36
                forwarded = False
                texts.append("↪ Forwarded")
            draw_text(img, m, fs, (x0 + 24, ty, x0 + bwid - 20, ty + bh), 34, fixed_size=True, align="left", valign="top",
                      fill=(20, 20, 20))
            tt = f"{rng.randint(7, 11)}:{rng.randint(0, 59):02d} am"
            draw_text(img, tt, FontSet("sans"), (x0 + bwid - 140, y + bh - 34, x0 + bwid - 14, y + bh - 6), 20,
                      align="right", fill=(120, 120, 120))
            texts += [m, tt]
            y += bh + 24
        d.rectangle((0, h - 90, w, h), fill=(240, 240, 240))
        d.rounded_rectangle((20, h - 75, w - 110, h - 15), 30, fill=(255, 255, 255))
        d.ellipse((w - 90, h - 80, w - 20, h - 10), fill=(0, 150, 136))
    else:  # news app
        img = Image.new("RGB", (w, h), (255, 255, 255))
        texts.append(status_bar(img, rng, (180, 0, 0)))
        d = ImageDraw.Draw(img)
        d.rectangle((0, 48, w, 140), fill=(200, 0, 0))
        app = rng.choice(["Jan Samachar 24x7", "खबर तक", "City News Live"])
        draw_text(img, app, FontSet("sans_bold", "deva_sans_bold"), (30, 55, w - 30, 135), 48, align="left", fill=(255, 255, 255))
        lang, claim = rng.choice(C.CLAIMS)
        draw_text(img, claim, FontSet("sans_bold", "deva_serif_bold"), (30, 170, w - 30, 420), 52, align="left", valign="top",
                  fill=(10, 10, 10))
        photo = crop_to(load(rng.choice(PHOTOS)), w - 60, int((w - 60) * 0.56), rng)
        img.paste(photo, (30, 440))
        body = ("Officials said the claim is being checked. Residents are requested not to panic "
                "and to rely on official sources only." if lang != "deva" else
                "अधिकारियों ने कहा है कि दावे की जाँच की जा रही है। नागरिकों से अपील है कि अफ़वाहों पर ध्यान न दें।")
        draw_text(img, body, FontSet("serif", "deva_serif"), (30, 460 + photo.height, w - 30, h - 40), 34, size_min=34,
                  fixed_size=True, align="left", valign="top", fill=(60, 60, 60))
        texts += [app, claim, body]
    return img, "\n".join(texts)


def rumour_template(rng):
    return {"header": rng.choice(C.RUMOUR_HEADERS), "footer": rng.choice(C.RUMOUR_FOOTERS),
            "bg": rng.choice(["red", "black", "photo", "yellow"]), "photo": rng.choice(PHOTOS),
            "size": phone_size(rng, rng.choice(["square", "portrait"])), "seed": rng.random(),
            "logo": rng.choice(["📢", "⚠️", "🚨", "🔴"])}


def make_rumour(rng, tpl, claim):
    w, h = tpl["size"]
    trng = random.Random(tpl["seed"])
    if tpl["bg"] == "photo":
        img = crop_to(load(tpl["photo"]), w, h, trng, zoom=0.8)
        img = ImageEnhance.Brightness(img).enhance(0.45)
        fg = (255, 255, 255)
    else:
        colours = {"red": ((160, 0, 0), (60, 0, 0)), "black": ((30, 30, 30), (0, 0, 0)), "yellow": ((255, 220, 0), (240, 170, 0))}
        c1, c2 = colours[tpl["bg"]]
        img = gradient(w, h, c1, c2)
        fg = (20, 20, 20) if tpl["bg"] == "yellow" else (255, 255, 255)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, h * 0.15), fill=(255, 255, 255) if fg != (20, 20, 20) else (20, 20, 20))
    hdr_col = (200, 0, 0) if fg != (20, 20, 20) else (255, 220, 0)
    draw_text(img, tpl["header"], FontSet("sans_bold", "deva_sans_bold"), (w * 0.18, h * 0.015, w * 0.97, h * 0.135),
              int(h * 0.09), fill=hdr_col)
    paste_emoji(img, tpl["logo"], w * 0.03, h * 0.025, int(h * 0.1))
    draw_text(img, claim, FontSet("sans_bold", "deva_sans_bold"), (w * 0.07, h * 0.2, w * 0.93, h * 0.8), int(h * 0.08),
              fill=fg, shadow=(2, 2, 2, (0, 0, 0, 160)) if fg == (255, 255, 255) else None)
    d.rectangle((0, h * 0.86, w, h), fill=hdr_col)
    draw_text(img, tpl["footer"], FontSet("sans_bold", "deva_sans_bold"), (w * 0.05, h * 0.875, w * 0.95, h * 0.985),
              int(h * 0.06), fill=(255, 255, 255) if hdr_col == (200, 0, 0) else (20, 20, 20))
    return img, "\n".join([tpl["header"], claim, tpl["footer"]])


def make_tricky(rng, idx, photo=None, item=None):
    greet, body = item or C.TRICKY[idx % len(C.TRICKY)]
    w, h = phone_size(rng, rng.choice(["portrait", "square"]))
    img = crop_to(load(photo or rng.choice(PHOTOS)), w, h, rng)
    style = text_style(rng)
    draw_text(img, greet, fontset_for(greet, rng), (w * 0.05, h * 0.03, w * 0.95, h * 0.25), int(h * 0.12), **style)
    box = (w * 0.07, h * 0.55, w * 0.93, h * 0.95)
    ov = Image.new("L", img.size, 0)
    ImageDraw.Draw(ov).rounded_rectangle((box[0] - 12, box[1] - 12, box[2] + 12, box[3] + 12), 20, fill=150)
    img.paste((0, 0, 0), (0, 0), ov)
    draw_text(img, body, FontSet("sans_bold", "deva_sans_bold"), box, int(h * 0.055), fill=(255, 255, 255))
    return img, greet + "\n" + body


def make_photo(rng, idx):
    w, h = phone_size(rng)
    src = PHOTOS[idx % len(PHOTOS)]
    img = crop_to(load(src), w, h, rng, zoom=rng.uniform(0.4, 1.0))
    img = ImageEnhance.Color(img).enhance(rng.uniform(0.9, 1.2))
    return img, "", os.path.basename(resolve(src))


# ---------------------------------------------------------------------------------------------
# saving, splits, pairs


def is_holdout(i, frac=0.3):
    return math.floor((i + 1) * frac) > math.floor(i * frac)


def encode(img, rng, fmt=None, q=None):
    fmt = fmt or rng.choices(["jpg", "png", "webp"], [0.75, 0.12, 0.13])[0]
    q = q or rng.randint(60, 90)
    buf = io.BytesIO()
    if fmt == "jpg":
        img.save(buf, "JPEG", quality=q, optimize=False, progressive=False)
    elif fmt == "webp":
        img.save(buf, "WEBP", quality=q, method=4)
    else:
        img.save(buf, "PNG", compress_level=6)
    return buf.getvalue(), fmt


def write(out, rel, data):
    p = os.path.join(out, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)


def decode(out, rel):
    return Image.open(os.path.join(out, rel)).convert("RGB")


def t_reencode(img, rng):
    q = rng.randint(25, 60)
    fmt = rng.choice(["jpg", "jpg", "webp"])
    data, fmt = encode(img, rng, fmt, q)
    if rng.random() < 0.4:  # forwarded twice
        data, fmt = encode(Image.open(io.BytesIO(data)).convert("RGB"), rng, "jpg", rng.randint(30, 70))
    return Image.open(io.BytesIO(data)).convert("RGB"), {"quality": q, "format": fmt, "_bytes": data}


def t_resize(img, rng):
    s = rng.choice([rng.uniform(0.3, 0.6), rng.uniform(0.6, 0.9), rng.uniform(1.1, 1.5)])
    return img.resize((max(64, int(img.width * s)), max(64, int(img.height * s))), rng.choice([Image.BILINEAR, Image.LANCZOS])), {"scale": round(s, 3)}


def t_crop(img, rng, frac=None):
    """Removes `frac` of the area: either evenly on all sides or mostly from one side."""
    frac = frac if frac is not None else rng.choice([0.03, 0.06, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4])
    w, h = img.size
    keep = math.sqrt(1 - frac)
    if rng.random() < 0.5:
        cw, ch = w * keep, h * keep
        x0, y0 = rng.uniform(0, w - cw), rng.uniform(0, h - ch)
        box = (x0, y0, x0 + cw, y0 + ch)
        mode = "all_sides"
    else:
        side = rng.choice(["top", "bottom", "left", "right"])
        cut = frac
        box = {"top": (0, h * cut, w, h), "bottom": (0, 0, w, h * (1 - cut)),
               "left": (w * cut, 0, w, h), "right": (0, 0, w * (1 - cut), h)}[side]
        mode = side
    return img.crop(tuple(int(v) for v in box)), {"crop_area": frac, "crop_mode": mode}


def t_border(img, rng):
    w, h = img.size
    mode = rng.choice(["solid", "square_pad", "blur_pad"])
    if mode == "solid":
        b = int(min(w, h) * rng.uniform(0.02, 0.1))
        out = ImageOps.expand(img, border=b, fill=rng.choice([(255, 255, 255), (0, 0, 0), (250, 220, 0)]))
        return out, {"border": mode, "px": b}
    side = max(w, h) if mode == "square_pad" else int(max(w, h) * 1.25)
    if mode == "square_pad":
        canvas = Image.new("RGB", (side, side), rng.choice([(255, 255, 255), (0, 0, 0)]))
    else:  # story-style blurred extension to 9:16
        tw, th = (int(side * 9 / 16), side)
        canvas = img.resize((tw, th)).filter(ImageFilter.GaussianBlur(25))
    canvas.paste(img, ((canvas.width - w) // 2, (canvas.height - h) // 2))
    return canvas, {"border": mode}


def t_sticker(img, rng):
    img = img.copy()
    w, h = img.size
    kind = rng.choice(["emoji", "text", "logo"])
    if kind == "emoji":
        sz = int(min(w, h) * rng.uniform(0.1, 0.25))
        paste_emoji(img, rng.choice(["😂", "🙏", "❤️", "🌹", "👍", "🔥"]), rng.uniform(0, w - sz), rng.uniform(0, h - sz), sz)
    elif kind == "text":
        t = rng.choice(["Forwarded many times", "@ward12_group", "सत्य है", "Jai Hind 🇮🇳", "VIRAL"])
        y = rng.choice([0.02, 0.88]) * h
        draw_text(img, t, FontSet("sans_bold", "deva_sans_bold"), (w * 0.05, y, w * 0.95, y + h * 0.1), int(h * 0.07),
                  fill=(255, 255, 0), stroke=3, stroke_fill=(0, 0, 0))
    else:
        r = int(min(w, h) * rng.uniform(0.06, 0.12))
        emblem(img, rng.choice([r + 10, w - r - 10]), rng.choice([r + 10, h - r - 10]), r, rng)
    return img, {"sticker": kind}


def t_brightness(img, rng):
    f = rng.choice([rng.uniform(0.6, 0.85), rng.uniform(1.15, 1.4)])
    out = ImageEnhance.Brightness(img).enhance(f)
    if rng.random() < 0.5:
        out = ImageEnhance.Contrast(out).enhance(rng.uniform(0.8, 1.25))
    if rng.random() < 0.3:
        out = ImageEnhance.Color(out).enhance(rng.uniform(0.5, 1.4))
    return out, {"brightness": round(f, 3)}


def t_combo(img, rng):
    params = {}
    out, p = t_crop(img, rng, rng.choice([0.03, 0.06, 0.1]))
    params.update(p)
    out, p = t_resize(out, rng)
    params.update(p)
    out, p = t_brightness(out, rng)
    params.update(p)
    if rng.random() < 0.4:
        out, p = t_sticker(out, rng)
        params.update(p)
    out, p = t_reencode(out, rng)
    p.pop("_bytes")
    params.update(p)
    return out, params


SAME_KINDS = {"reencode": (t_reencode, 25), "resize": (t_resize, 25), "crop": (t_crop, 40), "border": (t_border, 20),
              "sticker": (t_sticker, 22), "brightness": (t_brightness, 22), "combo": (t_combo, 30)}
DIFF_COUNTS = {"same_template_other_claim": 55, "same_background": 55, "unrelated": 60}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", default="/tmp/saathi-images")
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--greetings", type=int, default=180)
    args = ap.parse_args()
    out, seed = args.out, args.seed
    os.makedirs(out, exist_ok=True)
    labels = []
    per_class = {}

    def add(label, cls, img, text, meta, key):
        rng = random.Random(f"{seed}:enc:{key}")
        n = per_class.get(cls, 0)
        per_class[cls] = n + 1
        split = "holdout" if is_holdout(n) else "tune"
        data, fmt = encode(img, rng)
        rel = f"{label}/{cls}_{n:03d}.{fmt}"
        write(out, rel, data)
        rec = {"file": rel, "label": label, "class": cls, "split": split, "text": text,
               "width": img.width, "height": img.height}
        rec.update(meta)
        labels.append(rec)

    # greetings: cycle the list so every faith/festival appears; add variants
    for i in range(args.greetings):
        rng = random.Random(f"{seed}:greeting:{i}")
        entry = C.GREETINGS[i % len(C.GREETINGS)]
        variant = None if i < len(C.GREETINGS) else rng.choice(["small", "quote", None])
        img, text, meta = make_greeting(rng, entry, variant)
        cls = meta.pop("class")
        add("greeting", cls, img, text, meta, f"g{i}")
    print(f"greeting {args.greetings}", file=sys.stderr)

    keep_plan = [("photo", 32), ("notice", 24), ("signboard", 20), ("number_plate", 20), ("document", 20),
                 ("screenshot", 24), ("tricky", 24), ("rumour_card", 22)]
    for cls, n in keep_plan:
        for i in range(n):
            rng = random.Random(f"{seed}:keep:{cls}:{i}")
            meta = {}
            if cls == "photo":
                img, text, src = make_photo(rng, i)
                meta["background"] = src
            elif cls == "notice":
                img, text = make_notice(rng, i)
                if rng.random() < 0.5:
                    img = photograph(img, rng)
                    meta["photographed"] = True
            elif cls == "document":
                img, text = make_document(rng, i)
                img = photograph(img, rng)
            elif cls == "signboard":
                img, text = make_signboard(rng, i)
            elif cls == "number_plate":
                img, text = make_number_plate(rng, i)
            elif cls == "screenshot":
                img, text = make_screenshot(rng, i)
            elif cls == "tricky":
                img, text = make_tricky(rng, i)
            else:
                img, text = make_rumour(rng, rumour_template(rng), C.CLAIMS[i % len(C.CLAIMS)][1])
            img = fit_phone(img)
            add("keep", cls, img, text, meta, f"k{cls}{i}")
        print(f"keep {cls} {n}", file=sys.stderr)

    with open(os.path.join(out, "labels.jsonl"), "w") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- pairs
    pairs = []
    pools = {s: [r for r in labels if r["split"] == s] for s in ("tune", "holdout")}
    for kind, (fn, n) in SAME_KINDS.items():
        for i in range(n):
            rng = random.Random(f"{seed}:pair:{kind}:{i}")
            split = "holdout" if is_holdout(i) else "tune"
            base = rng.choice(pools[split])
            img = decode(out, base["file"])
            b, params = fn(img, rng)
            if "_bytes" in params:  # the re-encoded file itself, not a third encoding of it
                data, fmt = params.pop("_bytes"), params["format"]
            else:
                data, fmt = encode(b, rng)
            rel = f"pairs/{kind}_{i:03d}.{fmt}"
            write(out, rel, data)
            pairs.append({"a": {"file": base["file"]}, "b": {"file": rel}, "same": True, "kind": kind, "split": split,
                          "params": params, "a_class": base["class"]})
    # different: same template, another claim (rumour cards, notices, tricky photos)
    kind = "same_template_other_claim"
    for i in range(DIFF_COUNTS[kind]):
        rng = random.Random(f"{seed}:pair:{kind}:{i}")
        split = "holdout" if is_holdout(i) else "tune"
        sub = ["rumour", "rumour", "rumour", "notice", "tricky", "greeting"][i % 6]
        if sub == "rumour":
            tpl = rumour_template(rng)
            c1, c2 = rng.sample([c for _, c in C.CLAIMS], 2)
            ia, ta = make_rumour(rng, tpl, c1)
            ib, tb = make_rumour(rng, tpl, c2)
        elif sub == "notice":
            (t1, b1), (t2, b2) = rng.sample(C.NOTICES, 2)
            station = rng.choice(["थाना कोतवाली नगर, जनपद रामपुरा", "Police Station Sadar Bazar, District Rampura"])
            s = rng.random()
            ia, ta = make_notice(random.Random(s), 0, t1, b1.format(d="12.12.2026"), station)
            ib, tb = make_notice(random.Random(s), 0, t1 if rng.random() < 0.5 else t2, b2.format(d="14.12.2026"), station)
        elif sub == "tricky":
            photo = rng.choice(PHOTOS)
            it1, it2 = rng.sample(C.TRICKY, 2)
            s = rng.random()
            ia, ta = make_tricky(random.Random(s), 0, photo, it1)
            ib, tb = make_tricky(random.Random(s), 0, photo, (it1[0], it2[1]))
        else:  # the same greeting-card template with another greeting
            e1, e2 = rng.sample(C.GREETINGS, 2)
            s = rng.random()
            ia, ta, _ = make_greeting(random.Random(s), e1, "large")
            ib, tb, _ = make_greeting(random.Random(s), (e1[0], e2[1], e2[2], e1[3]), "large")
        pairs.append(_diff_pair(out, rng, kind, i, split, ia, ib, sub, ta, tb))
    kind = "same_background"
    for i in range(DIFF_COUNTS[kind]):
        rng = random.Random(f"{seed}:pair:{kind}:{i}")
        split = "holdout" if is_holdout(i) else "tune"
        e1, e2 = rng.sample(C.GREETINGS, 2)
        w, h = phone_size(rng)
        if i % 2 == 0:  # the very same photo crop, different text
            bg = crop_to(load(rng.choice(PHOTOS)), w, h, rng)
            bga, bgb, sub = bg, bg.copy(), "same_photo"
        else:  # a light/dark (colour) variant of the same wallpaper, different text
            fam = rng.choice(FAMILIES)
            pa, pb = rng.sample(fam, 2)
            s = rng.random()
            bga, bgb = crop_to(load(pa), w, h, random.Random(s)), crop_to(load(pb), w, h, random.Random(s))
            sub = "family:" + os.path.basename(pa) + "/" + os.path.basename(pb)
        ia, ta = _overlay_greeting(bga, e1, random.Random(rng.random()))
        ib, tb = _overlay_greeting(bgb, e2, random.Random(rng.random()))
        pairs.append(_diff_pair(out, rng, kind, i, split, ia, ib, sub, ta, tb))
    kind = "unrelated"
    for i in range(DIFF_COUNTS[kind]):
        rng = random.Random(f"{seed}:pair:{kind}:{i}")
        split = "holdout" if is_holdout(i) else "tune"
        while True:
            a, b = rng.sample(pools[split], 2)
            if a.get("background") is None or a.get("background") != b.get("background"):
                break
        pairs.append({"a": {"file": a["file"]}, "b": {"file": b["file"]}, "same": False, "kind": kind, "split": split,
                      "a_class": a["class"], "b_class": b["class"]})
    with open(os.path.join(out, "pairs.jsonl"), "w") as f:
        for p in pairs:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    ns = sum(p["same"] for p in pairs)
    print(f"{len(labels)} labelled images ({sum(r['label'] == 'greeting' for r in labels)} greeting), "
          f"{len(pairs)} pairs ({ns} same, {len(pairs) - ns} different) in {out}", file=sys.stderr)


def _overlay_greeting(bg, entry, rng):
    img = bg.copy()
    w, h = img.size
    text = entry[2]
    top = rng.choice([0.05, 0.3, 0.55])
    draw_text(img, text, fontset_for(text, rng), (w * 0.06, h * top, w * 0.94, h * (top + 0.38)), int(h * 0.16),
              **text_style(rng))
    return img, text


def _diff_pair(out, rng, kind, i, split, ia, ib, sub, ta, tb):
    ra, rb = f"pairs/{kind}_{i:03d}_a", f"pairs/{kind}_{i:03d}_b"
    da, fa = encode(fit_phone(ia), rng)
    db, fb = encode(fit_phone(ib), rng)
    write(out, f"{ra}.{fa}", da)
    write(out, f"{rb}.{fb}", db)
    return {"a": {"file": f"{ra}.{fa}", "text": ta}, "b": {"file": f"{rb}.{fb}", "text": tb}, "same": False,
            "kind": kind, "split": split, "sub": sub}


def fit_phone(img):
    """Scales so the long side is within 720–1280 like a phone picture."""
    L = max(img.size)
    if L > 1280:
        s = 1280 / L
        img = img.resize((int(img.width * s), int(img.height * s)), Image.LANCZOS)
    elif L < 720:
        s = 720 / L
        img = img.resize((int(img.width * s), int(img.height * s)), Image.LANCZOS)
    return img


if __name__ == "__main__":
    main()
