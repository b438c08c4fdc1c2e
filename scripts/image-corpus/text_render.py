"""Text drawing for the image corpus: Devanagari shaped by HarfBuzz (Pillow's libraqm
layout), Latin and emoji runs each in their own font, effects like forwarded greeting cards
(gradient fill, outline, shadow, glow).

Pillow has no font fallback, so a line is split into runs (Devanagari, Latin/other, emoji)
and each run is drawn with a font that has its glyphs. Without raqm Pillow's BASIC layout
draws Devanagari unshaped (the i-matra after the consonant, broken conjuncts such as प्र,
श्र, त्रि), so we refuse to run without it.
"""
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

if not features.check("raqm"):
    raise SystemExit("Pillow was built without libraqm: Devanagari would be drawn unshaped. "
                     "Run scripts/image-corpus/setup.sh (Debian python3-pil + libraqm0).")

RAQM = ImageFont.Layout.RAQM
FONT_DIR = "/usr/share/fonts"
F = {
    # Devanagari (all checked by eye to shape matras and conjuncts with raqm)
    "deva_sans_bold": f"{FONT_DIR}/truetype/noto/NotoSansDevanagari-Bold.ttf",
    "deva_sans": f"{FONT_DIR}/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "deva_serif_bold": f"{FONT_DIR}/truetype/noto/NotoSerifDevanagari-Bold.ttf",
    "deva_serif": f"{FONT_DIR}/truetype/noto/NotoSerifDevanagari-Regular.ttf",
    "lohit": f"{FONT_DIR}/truetype/lohit-devanagari/Lohit-Devanagari.ttf",
    "sarai": f"{FONT_DIR}/truetype/Sarai/Sarai.ttf",
    "nakula": f"{FONT_DIR}/truetype/Nakula/nakula.ttf",
    "annapurna_bold": f"{FONT_DIR}/truetype/annapurna/AnnapurnaSIL-Bold.ttf",
    "annapurna": f"{FONT_DIR}/truetype/annapurna/AnnapurnaSIL-Regular.ttf",
    # Latin
    "lobster": f"{FONT_DIR}/opentype/lobster/lobster.otf",
    "dancing": f"{FONT_DIR}/opentype/dancingscript/DancingScript-Bold.otf",
    "kaushan": f"{FONT_DIR}/opentype/kaushanscript/KaushanScript-Regular.otf",
    "sans_bold": f"{FONT_DIR}/truetype/noto/NotoSans-Bold.ttf",
    "sans": f"{FONT_DIR}/truetype/noto/NotoSans-Regular.ttf",
    "sans_italic": f"{FONT_DIR}/truetype/noto/NotoSans-Italic.ttf",
    "serif_bold": f"{FONT_DIR}/truetype/noto/NotoSerif-BoldItalic.ttf",
    "serif": f"{FONT_DIR}/truetype/noto/NotoSerif-Regular.ttf",
    "dejavu_bold": f"{FONT_DIR}/truetype/dejavu/DejaVuSans-Bold.ttf",
    "liberation_bold": f"{FONT_DIR}/truetype/liberation2/LiberationSans-Bold.ttf",
    "liberation": f"{FONT_DIR}/truetype/liberation2/LiberationSans-Regular.ttf",
    "mono": f"{FONT_DIR}/truetype/dejavu/DejaVuSansMono.ttf",
    "emoji": f"{FONT_DIR}/truetype/noto/NotoColorEmoji.ttf",
}
EMOJI_PX = 109  # Noto Color Emoji is a bitmap (CBDT) font with one strike


@lru_cache(maxsize=512)
def font(name, size):
    size = EMOJI_PX if name == "emoji" else max(6, int(size))
    return ImageFont.truetype(F[name], size, layout_engine=RAQM)


def is_deva(ch):
    o = ord(ch)
    return 0x0900 <= o <= 0x097F or 0xA8E0 <= o <= 0xA8FF or 0x1CD0 <= o <= 0x1CFF


def is_emoji(ch):
    o = ord(ch)
    return (0x1F000 <= o <= 0x1FAFF or 0x2600 <= o <= 0x27BF or o in (0x2B50, 0x2B55, 0x2764)
            or o == 0xFE0F or 0x1F3FB <= o <= 0x1F3FF or 0xE0020 <= o <= 0xE007F)


def segment(text):
    """[(kind, run)] with kind in deva/latin/emoji. Spaces and ZWJ/ZWNJ stay with the run
    they are in (a ZWJ between emoji belongs to the emoji sequence)."""
    runs = []
    for ch in text:
        if ch in "\u200c\u200d" or ch == " ":
            kind = runs[-1][0] if runs else "latin"
            if ch == " " and kind == "emoji":
                kind = "latin"
        elif is_emoji(ch):
            kind = "emoji"
        elif is_deva(ch):
            kind = "deva"
        else:
            kind = "latin"
        if runs and runs[-1][0] == kind:
            runs[-1][1] += ch
        else:
            runs.append([kind, ch])
    return [(k, r) for k, r in runs]


class FontSet:
    def __init__(self, latin="sans_bold", deva="deva_sans_bold"):
        self.latin, self.deva = latin, deva

    def get(self, kind, size):
        return font(self.deva if kind == "deva" else self.latin, size)


EMOJI_SCALE = 1.05


def _emoji_w(run, size):
    return font("emoji", 0).getlength(run) * size / EMOJI_PX * EMOJI_SCALE


def line_width(line, fs, size):
    w = 0.0
    for kind, run in segment(line):
        w += _emoji_w(run, size) if kind == "emoji" else fs.get(kind, size).getlength(run)
    return w


def line_metrics(line, fs, size):
    asc, desc = int(size * 0.8), int(size * 0.2)
    for kind, _ in segment(line):
        if kind == "emoji":
            asc = max(asc, int(size * 0.95))
            continue
        a, d = fs.get(kind, size).getmetrics()
        asc, desc = max(asc, a), max(desc, d)
    return asc, desc


def wrap(text, fs, size, max_w):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if cur and line_width(cand, fs, size) > max_w:
                out.append(cur)
                cur = w
            else:
                cur = cand
        out.append(cur)
    return out


def fit(text, fs, max_w, max_h, size_max, size_min=10, gap=1.0):
    size = int(size_max)
    while True:
        lines = wrap(text, fs, size, max_w)
        h = sum(sum(line_metrics(l, fs, size)) * gap for l in lines)
        wmax = max(line_width(l, fs, size) for l in lines)
        if (h <= max_h and wmax <= max_w) or size <= size_min:
            return size, lines
        size = max(size_min, int(size * 0.92))


def _gradient(size, c1, c2, horizontal=False):
    w, h = size
    g = Image.linear_gradient("L").resize((w, h) if not horizontal else (h, w))
    if horizontal:
        g = g.rotate(90, expand=True)
    return Image.composite(Image.new("RGB", (w, h), c2), Image.new("RGB", (w, h), c1), g)


def draw_text(img, text, fs, box, size_max, size_min=10, align="center", valign="center",
              fill=(255, 255, 255), fill2=None, stroke=0, stroke_fill=(0, 0, 0),
              shadow=None, glow=None, gap=1.0, fixed_size=False):
    """Draws text fitted into box=(x0,y0,x1,y1) onto RGB img (in place).
    fill2: second colour for a vertical gradient fill. shadow=(dx,dy,blur,rgba).
    glow=(radius, rgb). Returns (bbox of drawn text, font size)."""
    x0, y0, x1, y1 = [int(v) for v in box]
    if fixed_size:
        size, lines = int(size_max), wrap(text, fs, int(size_max), x1 - x0)
    else:
        size, lines = fit(text, fs, x1 - x0, y1 - y0, size_max, size_min, gap)
    mets = [line_metrics(l, fs, size) for l in lines]
    total_h = sum((a + d) * gap for a, d in mets)
    y = y0 if valign == "top" else (y1 - total_h if valign == "bottom" else y0 + (y1 - y0 - total_h) / 2)
    W, H = img.size
    mask = Image.new("L", (W, H), 0)
    smask = Image.new("L", (W, H), 0) if stroke else None
    md, sd = ImageDraw.Draw(mask), (ImageDraw.Draw(smask) if stroke else None)
    emojis = []
    minx, miny, maxx, maxy = W, H, 0, 0
    for line, (a, d) in zip(lines, mets):
        lw = line_width(line, fs, size)
        x = x0 if align == "left" else (x1 - lw if align == "right" else x0 + (x1 - x0 - lw) / 2)
        base = y + a
        minx, maxx = min(minx, x), max(maxx, x + lw)
        miny, maxy = min(miny, y), max(maxy, y + a + d)
        for kind, run in segment(line):
            if kind == "emoji":
                w = _emoji_w(run, size)
                emojis.append((run, x, base - size * 0.92, size))
                x += w
                continue
            f = fs.get(kind, size)
            md.text((x, base), run, font=f, fill=255, anchor="ls")
            if stroke:
                sd.text((x, base), run, font=f, fill=255, anchor="ls", stroke_width=stroke, stroke_fill=255)
            x += f.getlength(run)
        y += (a + d) * gap
    if glow:
        r, col = glow
        gm = (smask or mask).filter(ImageFilter.GaussianBlur(r))
        gm = gm.point(lambda v: min(255, v * 2))
        img.paste(Image.new("RGB", img.size, col), (0, 0), gm)
    if shadow:
        dx, dy, blur, col = shadow
        sm = (smask or mask)
        sh = Image.new("L", img.size, 0)
        sh.paste(sm, (int(dx), int(dy)))
        if blur:
            sh = sh.filter(ImageFilter.GaussianBlur(blur))
        alpha = col[3] if len(col) > 3 else 200
        sh = sh.point(lambda v: v * alpha // 255)
        img.paste(Image.new("RGB", img.size, col[:3]), (0, 0), sh)
    if stroke:
        img.paste(Image.new("RGB", img.size, stroke_fill), (0, 0), smask)
    if fill2 is not None:
        grad = Image.new("RGB", img.size, fill)
        gh = max(1, int(maxy - miny))
        grad.paste(_gradient((W, gh), fill, fill2), (0, int(miny)))
        grad.paste(Image.new("RGB", (W, max(1, H - int(maxy))), fill2), (0, int(maxy)))
        img.paste(grad, (0, 0), mask)
    else:
        img.paste(Image.new("RGB", img.size, fill), (0, 0), mask)
    for run, ex, ey, esz in emojis:
        paste_emoji(img, run, ex, ey, esz)
    return (int(minx), int(miny), int(maxx), int(maxy)), size


@lru_cache(maxsize=256)
def _emoji_img(run):
    f = font("emoji", 0)
    w = int(f.getlength(run)) + 8
    im = Image.new("RGBA", (w, 140), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((2, 2), run, font=f, embedded_color=True)
    return im.crop(im.getbbox() or (0, 0, 1, 1))


def paste_emoji(img, run, x, y, size):
    """Pastes an emoji run with its glyph height ≈ size at (x, y)."""
    e = _emoji_img(run)
    scale = size / 128 * EMOJI_SCALE
    e = e.resize((max(1, int(e.width * scale)), max(1, int(e.height * scale))), Image.LANCZOS)
    img.paste(e, (int(x), int(y)), e)
    return e.size
