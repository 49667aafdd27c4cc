"""Guess a file's format from its name and its first lines.

The guess only looks at layout, never at content words, so it holds for any biography:
a ``= Title =`` first line is an article, a lone name line followed by a blank line and
prose is a sentence collection, and everything else is plain text.
"""

from __future__ import annotations

import re
from pathlib import Path

from prosograph.names import strip_disambiguator
from prosograph.readers.base import iter_lines

_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
#: A level-1 title ``= Title =``; ``== Heading ==`` is a section heading, not a title.
TITLE_LINE = re.compile(r"^=(?!=)")
#: Lower-case words that may stand inside a personal name.
_PARTICLES = frozenset(
    {
        "al", "bin", "ibn", "da", "das", "de", "del", "della", "der", "di", "dos", "du",
        "el", "la", "le", "van", "von", "y", "zu", "of", "the", "and",
    }
)  # fmt: skip
_MAX_NAME_LENGTH = 120
_MAX_NAME_WORDS = 12


def looks_like_name(line: str) -> bool:
    """True for a short line of capitalised words with no sentence punctuation.

    Accepts ``Mikhail Kedrov (politician)``, ``Georgy Safarov, Георгий Сафаров`` and
    ``M. S. Kedrov``; refuses a sentence (``He was born in 1891.``) and a heading-like
    line that ends in a colon.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_NAME_LENGTH or stripped[0] in "=-*#[{(":
        return False
    core = strip_disambiguator(stripped)
    if not core or core[-1] in ".!?:;,":
        return False
    words = core.replace(",", " ").split()
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    return all(_is_name_word(word) for word in words)


def _is_name_word(word: str) -> bool:
    """A capitalised word, an initial (``A.``), a particle, or a word of a caseless script."""
    if word.lower() in _PARTICLES:
        return True
    first = next((ch for ch in word if ch.isalpha()), None)
    if first is None:
        return False
    if any(ch.isdigit() for ch in word) or any(ch in '.!?;:"' for ch in word.rstrip(".")):
        return False
    return first.isupper() or first.lower() == first.upper()


def is_jsonl_path(path: Path) -> bool:
    """True for a file name that says JSONL, whatever the content."""
    return path.suffix.lower() in _JSONL_SUFFIXES


def detect_format(path: Path, text: str) -> str:
    """Return ``"jsonl"``, ``"article"``, ``"sentences"`` or ``"text"`` for a decoded file.

    ``.jsonl``/``.ndjson``/``.json`` files and text whose first line is a JSON object are
    JSONL; the rest is decided by the layout of the first three lines.
    """
    if is_jsonl_path(path):
        return "jsonl"
    head = text[1:] if text.startswith("\ufeff") else text
    lines = iter_lines(head)
    first = next(lines, None)
    if first is None:
        return "text"
    first_text = first.text.strip()
    if first_text.startswith("{") and first_text.endswith("}"):
        return "jsonl"
    if TITLE_LINE.match(first.text):
        return "article"
    second = next(lines, None)
    # A name alone on the first line, then a blank line, then prose somewhere below.
    if (
        looks_like_name(first.text)
        and second is not None
        and second.blank
        and any(not line.blank for line in lines)
    ):
        return "sentences"
    return "text"
