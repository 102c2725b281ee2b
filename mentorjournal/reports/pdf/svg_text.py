"""Charts made ready for the PDF: matplotlib's SVG with its text kept as text, each run of
one script set in the PDF font that has its letters.

matplotlib draws text without shaping (Arabic letters come out unjoined); fpdf2 shapes SVG
text with harfbuzz, but a `<text>` names one font and has no fallback. So each text is split
into runs by script, one `<tspan>` per run, naming the Noto font of that script. Text stays
real text in the PDF: searchable, copyable, and read by the tests.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Container, Iterator, Mapping

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


def pdf_ready_svg(svg: bytes, coverage: Coverage) -> bytes:
    """`svg` (from matplotlib with svg.fonttype "none") with each text split into runs, each
    in a font of the PDF that has its characters (`coverage`, in order of preference)."""
    root = ET.fromstring(svg)
    for text in root.iter(f"{{{SVG_NS}}}text"):
        style = _ITALIC.sub("", _FAMILY.sub("", text.get("style", ""))).strip().rstrip(";")
        content = "".join(text.itertext())
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
