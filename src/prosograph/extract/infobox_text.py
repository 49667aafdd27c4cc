"""Cleaning flattened infobox values: list splitting and the debris that flattening leaves.

Flattening turned the infobox's line breaks into ", ", dropped flag icons and links (leaving
bare ``,`` and ``, ,``) and kept image sizes such as ``30px``. These helpers undo that
debris without touching the words, so values stay "as written" in every other respect.
"""

from __future__ import annotations

import re

#: What separates the items of a list value (party, people, jobs): ``A, B`` or ``A; B``.
LIST_SEPARATORS = ",;"

_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = frozenset(_OPENERS.values())
_SPACE = re.compile(r"\s+")
_IMAGE_SIZE = re.compile(r"(?<!\w)\d+(?:x\d+)?px(?!\w)")
_EMPTY_ITEMS = re.compile(r"(?:\s*,)+\s*,")
_SPACE_BEFORE_COMMA = re.compile(r"\s+,")
_EDGE_DEBRIS = " ,;|*"

#: Words after which a line break cannot end a phrase: ``Deputy Chairman of the, State ...``.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "de",
        "del",
        "der",
        "des",
        "di",
        "du",
        "for",
        "from",
        "in",
        "la",
        "le",
        "of",
        "on",
        "or",
        "the",
        "to",
        "von",
        "with",
    ]
)
_BROKEN_AFTER_FUNCTION_WORD = re.compile(r"\b([A-Za-z]+), ")
_BROKEN_BEFORE_LOWER = re.compile(r", (?=[a-z])")
_BROKEN_BEFORE_BRACKET = re.compile(r", (?=\()")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def split_top_level(value: str, separators: str = ",") -> list[str]:
    """Split ``value`` at any of ``separators`` outside brackets; items are stripped.

    ``RSDLP (Bolsheviks), (1907–1918)`` has a comma inside no bracket, but
    ``(post revived, previously X)`` must stay one item, so commas are only cut at depth 0.
    Empty items are kept so callers can see (and report) flattening debris.
    """
    items: list[str] = []
    depth = 0
    current: list[str] = []
    for char in value:
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS and depth > 0:
            depth -= 1
        if char in separators and depth == 0:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    items.append("".join(current).strip())
    return items


def has_letters(text: str) -> bool:
    """True when ``text`` holds at least one letter (of any script)."""
    return _LETTER.search(text) is not None


def has_word(text: str) -> bool:
    """True when ``text`` holds a run of two or more letters, i.e. more than an initial."""
    return _WORD.search(text) is not None


def is_non_latin(text: str) -> bool:
    """True when the letters of ``text`` are mostly outside the Latin script (``Георгий``)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    foreign = sum(1 for ch in letters if ord(ch) > 0x24F)
    return foreign * 2 > len(letters)


def is_parenthetical(text: str) -> bool:
    """True when ``text`` is one bracketed group, such as ``(as the chairman of Presidium)``."""
    text = text.strip()
    if len(text) < 2 or text[0] != "(" or text[-1] != ")":
        return False
    depth = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and index != len(text) - 1:
                return False
    return True


def clean_value(text: str) -> str:
    """Remove flattening debris: image sizes, empty list items, stray edge commas, spaces."""
    text = _IMAGE_SIZE.sub(" ", text)
    text = _EMPTY_ITEMS.sub(",", text)
    text = _SPACE_BEFORE_COMMA.sub(",", text)
    text = _SPACE.sub(" ", text)
    return text.strip(_EDGE_DEBRIS)


def clean_title(text: str) -> str:
    """An office title with its line-break debris mended.

    ``Deputy Chairman of the, State Planning Committee`` and ``Rector of the Moscow Institute,
    of National Economics`` were one title broken over two lines: a comma right after a
    function word, or right before a lower-case word or a bracket, was a line break and
    becomes a space. Commas between real list items (``the 13th, 14th ... Politburo``) stay.
    """
    text = clean_value(text)

    def _join_after_function_word(match: re.Match[str]) -> str:
        word = match.group(1)
        return f"{word} " if word.lower() in _FUNCTION_WORDS else match.group(0)

    text = _BROKEN_AFTER_FUNCTION_WORD.sub(_join_after_function_word, text)
    text = _BROKEN_BEFORE_LOWER.sub(" ", text)
    text = _BROKEN_BEFORE_BRACKET.sub(" ", text)
    return text


def clean_place(text: str) -> str:
    """A place as written, without debris: ``Saint Petersburg,`` -> ``Saint Petersburg``."""
    items = [item for item in split_top_level(clean_value(text)) if has_letters(item)]
    return ", ".join(items)


def list_items(value: str) -> list[str]:
    """The items of a list value (``A, B; C``), cleaned, keeping only those that hold words."""
    return [clean_value(item) for item in split_top_level(value, LIST_SEPARATORS) if has_word(item)]
