"""What a text recognised from images changes: glued words may be split
on a guess, and a number the handwriting reader disputes is dropped."""
from __future__ import annotations

from dataclasses import replace

from ingest.numbers import number_base

from .head import Head


def disputed_number(h: Head, meta: dict) -> Head:
    """Tesseract's number on a pen-filled line against the handwriting
    reader's digits: when they differ (766 and 166 of 166-к) one of them is
    wrong, and a wrong number is worse than none. Digits read after the "№"
    dispute any difference; digits read from the line's last ink alone (no
    "№" recognised) may have lost a digit at the ink's edge (5 of 75), never
    changed one, so they dispute a number only when it does not end in them."""
    hand = meta.get("handwritten") if meta else None
    if not (isinstance(hand, dict) and h.number) or hand.get("number"):
        return h
    digits = number_base(hand.get("number_digits"))
    base = number_base(h.number)
    if not digits or base == digits:
        return h
    if hand.get("digits_anchored") or not base.endswith(digits):
        return replace(h, number=None, disputed=True)
    return h


def recognised_text(meta: dict) -> bool:
    """Whether the text was recognised from images (OCR, a scanner's layer):
    only then may a heading's glued words be split on a guess."""
    if meta.get("ocr_pages") or meta.get("ocr_layer_replaced_pages") or meta.get("handwritten"):
        return True
    cover = meta.get("page_image_coverage") or {}
    values = list(cover.values()) if isinstance(cover, dict) else list(cover)
    return bool(values) and max(values) >= 0.8
