"""Name forms: the display name of a title, and the key under which two names count as equal.

Foundation rule (issue 3): persons with the same normalised full name are one person.
The resolution package refines this; this module stays the single place that says what
"the same spelling" means.
"""

from __future__ import annotations

import re
import unicodedata

_DISAMBIGUATOR = re.compile(r"\s*\([^()]*\)\s*$")
_SPACE = re.compile(r"\s+")


def strip_disambiguator(title: str) -> str:
    """``Mikhail Kedrov (politician)`` -> ``Mikhail Kedrov``: the display name of a title."""
    return _DISAMBIGUATOR.sub("", title).strip()


def strip_marks(text: str) -> str:
    """Remove combining marks (stress accents, diacritics): ``Алекса́ндр`` -> ``Александр``."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept)


def name_key(name: str) -> str:
    """The normalised full name: case-folded, marks and punctuation removed, spaces folded."""
    text = strip_marks(strip_disambiguator(name)).casefold()
    text = re.sub(r"[^\w\s-]", " ", text)
    return _SPACE.sub(" ", text).strip()
