"""Reading the heading of one act: ``parse_head(lines, lo, hi) -> Head``."""
from .model import Head
from .parse import parse_head

__all__ = ["Head", "parse_head"]
