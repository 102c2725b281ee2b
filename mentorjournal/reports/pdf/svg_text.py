"""Charts made ready for the PDF: matplotlib's SVG with its text kept as text, each run of
one script set in the PDF font that has its letters.

matplotlib draws text without shaping (Arabic letters come out unjoined), and fpdf2 (2.8)
draws SVG text one character after the other, in the order written, without shaping or the
bidirectional algorithm: an Arabic chart title came out backwards and unjoined. So a text
with right-to-left letters is put in visual order first, each right-to-left part shaped by
harfbuzz and written back as the characters of the glyphs it chose (Arabic Presentation
Forms: joined letters, lam-alef), which fpdf2 then draws as they stand. A `<text>` names one
font and has no fallback, so each text is split into runs by script, one `<tspan>` per run,
naming the Noto font of that script. Text stays real text in the PDF: searchable, copyable,
and read by the tests.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Container, Iterator, Mapping

from fpdf.bidi import BidiParagraph
from fpdf.enums import TextDirection
from fpdf.fonts import TTFFont

from .fonts import MAIN

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

_FAMILY = re.compile(r"font-family:[^;]*;?")
# The PDF has no italic faces: italic chart text is set upright.
_ITALIC = re.compile(r"font-style:[^;]*;?")
# Families registered without a bold face (fpdf2 fails on a missing face).
_NO_BOLD = ("Emoji", "Symbols")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ETHIOPIC = re.compile("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")


Coverage = Mapping[str, Container[int]]  # family -> the code points its font has
Shaper = Callable[[str], str]  # a right-to-left run -> its glyphs' characters, left to right
_MIRRORED = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def visual_text(text: str, shape: Shaper | None) -> str:
    """`text` in the order it is drawn, left to right, its right-to-left parts shaped by
    `shape`: a right-to-left text's parts run right to left (its digits stay left to right
    inside), a left-to-right text keeps its order with its Arabic names shaped in place."""
    if shape is None or not _RIGHT_TO_LEFT.search(text):
        return text
    paragraph = BidiParagraph(text=text)
    parts = [
        shape(part) if direction == TextDirection.RTL else part
        for part, direction in paragraph.get_bidi_fragments()
    ]
    if paragraph.base_direction == TextDirection.RTL:
        parts.reverse()
    return "".join(parts)


def presentation_shaper(font: TTFFont) -> Shaper:
    """A `Shaper` with `font` (Noto Sans Arabic): harfbuzz's glyphs for a right-to-left run,
    in visual order, each written as the character the font maps to it. Where no character
    maps to the glyph (a character the font lacks, such as a bracket, or a rare ligature) the
    run's own characters stand instead, brackets mirrored as right to left needs them."""
    import uharfbuzz as hb

    glyph_names = font.ttfont.getGlyphOrder()
    characters: dict[str, int] = {}
    for code, name in sorted(font.ttfont.getBestCmap().items()):
        characters.setdefault(name, code)

    def shape(run: str) -> str:
        buffer = hb.Buffer()
        buffer.add_str(run)
        buffer.guess_segment_properties()
        buffer.direction = "rtl"
        hb.shape(font.hbfont, buffer)
        infos = buffer.glyph_infos
        starts = sorted({info.cluster for info in infos}) + [len(run)]
        out = []
        for info in infos:
            code = characters.get(glyph_names[info.codepoint])
            if code is not None:
                out.append(chr(code))
                continue
            end = starts[starts.index(info.cluster) + 1]
            out.append("".join(_MIRRORED.get(ch, ch) for ch in reversed(run[info.cluster : end])))
        return "".join(out)

    return shape


def _preferred(ch: str) -> str | None:
    """The family for `ch` by its script, or None for a neutral character (space, digit,
    punctuation), which stays in the run around it when that font has it."""
    if _ARABIC.match(ch):
        return "NotoSansArabic"
    if _ETHIOPIC.match(ch):
        return "NotoSansEthiopic"
    if ch.isalpha():
        return MAIN
    return None


def script_runs(text: str, coverage: Coverage) -> Iterator[tuple[str, str]]:
    """(family, text) runs in which every character is in the family's font; a character no
    font has is left out (fpdf2 cannot draw it and a chart label is not worth failing for)."""
    runs: list[list[str]] = []
    for ch in text:
        current = runs[-1][0] if runs else None
        family = _preferred(ch)
        if family is None or ord(ch) not in coverage.get(family, ()):
            if current is not None and ord(ch) in coverage.get(current, ()):
                family = current
            else:
                family = next((f for f, cps in coverage.items() if ord(ch) in cps), None)
        if family is None:
            continue
        if family == current:
            runs[-1][1] += ch
        else:
            runs.append([family, ch])
    for family, part in runs:
        yield family, part


def _font(family: str) -> str:
    return f"font-family: {family}" + ("; font-weight: normal" if family in _NO_BOLD else "")


def pdf_ready_svg(svg: bytes, coverage: Coverage, shape: Shaper | None = None) -> bytes:
    """`svg` (from matplotlib with svg.fonttype "none") with each text in visual order (its
    right-to-left parts shaped by `shape`, see `visual_text`) and split into runs, each in a
    font of the PDF that has its characters (`coverage`, in order of preference)."""
    root = ET.fromstring(svg)
    for text in root.iter(f"{{{SVG_NS}}}text"):
        style = _ITALIC.sub("", _FAMILY.sub("", text.get("style", ""))).strip().rstrip(";")
        content = visual_text("".join(text.itertext()), shape)
        for child in list(text):
            text.remove(child)
        runs = list(script_runs(content, coverage))
        if len(runs) <= 1:
            family = runs[0][0] if runs else MAIN
            text.text = content
            text.set(
                "style", f"{style}; font-family: {family}" if style else f"font-family: {family}"
            )
            continue
        text.text = None
        text.set("style", style)
        for family, part in runs:
            span = ET.SubElement(text, f"{{{SVG_NS}}}tspan")
            span.set("style", _font(family))
            span.text = part
    # Metadata and titles are ignored by fpdf2 anyway; dropping them keeps its log quiet.
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag in (f"{{{SVG_NS}}}metadata", f"{{{SVG_NS}}}title"):
                parent.remove(child)
    return bytes(ET.tostring(root, encoding="utf-8"))
