"""What a text recognised from images changes: glued words may be split
on a guess, and a number the handwriting reader disputes is dropped."""
from __future__ import annotations

from dataclasses import replace

from ingest.numbers import number_base

from .head import Head


def disputed_number(h: Head, meta: dict) -> Head:
    """Tesseract's number on a pen-filled line against the handwriting
    reader's digits read after the "№": when they differ (766 and 166 of
    166-к) one of them is wrong, and a wrong number is worse than none."""
    hand = meta.get("handwritten") if meta else None
    if not (isinstance(hand, dict) and hand.get("digits_anchored") and h.number):
        return h
    digits = hand.get("number_digits")
    if digits and number_base(h.number) != number_base(digits) and not hand.get("number"):
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
