"""Whether the text asserts a frame: not negated, not hypothetical, not inside a quotation.

The contract counts only what the text asserts ("was not produced in court" is no fact;
"considered a candidate … but lost" is a candidacy, never a position), and a claim the text
attributes or hedges keeps a lower confidence. These checks look at the few words before a
frame in its own clause, which is where English puts negation and modal verbs.
"""

from __future__ import annotations

import re

#: How far back (code points) negation and modals are looked for.
_WINDOW = 45
_NOT_ASSERTED = re.compile(
    r"\b(?:not|never|n['’]t|no\s+longer|neither|nor|failed\s+to|refused\s+to|declined\s+to"
    r"|would|could|might|should|was\s+to|were\s+to|hoped\s+to|wanted\s+to|planned\s+to"
    r"|expected\s+to|intended\s+to|tried\s+to|attempted\s+to|sought\s+to|offered|if|unless"
    r"|whether|rumou?red|supposed(?:ly)?)\b",
    re.IGNORECASE,
)
#: "may" only in lower case: "May 1937" is a month.
_MAY = re.compile(r"\bmay\b")
_CLAUSE_START = re.compile(r"[;:.!?]|,\s+(?:but|while|whereas|although|though)\b")
_HEDGES = re.compile(
    r"\b(?:suggests?|suggested|reportedly|allegedly|according\s+to|said\s+to|probably|possibly"
    r"|likely|believed?|claimed|claims|wrote\s+that|it\s+is\s+thought|perhaps|apparently)\b",
    re.IGNORECASE,
)
_QUOTES = ('"', "“", "”", "«", "»")
_FIRST_PERSON = re.compile(r"(?:^|[\s“\"])(?:I|we|We|my|My|our|Our)\b")


def _clause_before(text: str, start: int) -> str:
    """The text of the frame's clause before ``start`` (at most the window)."""
    window_start = max(0, start - _WINDOW)
    before = text[window_start:start]
    cut = None
    for match in _CLAUSE_START.finditer(before):
        cut = match.end()
    return before[cut:] if cut is not None else before


def is_asserted(text: str, start: int) -> bool:
    """False when the frame at ``start`` is negated, hypothetical or quoted."""
    if inside_quotation(text, start):
        return False
    clause = _clause_before(text, start)
    return _NOT_ASSERTED.search(clause) is None and _MAY.search(clause) is None


def inside_quotation(text: str, start: int) -> bool:
    """True when an odd number of quotation marks precede ``start`` in the sentence."""
    return sum(text.count(mark, 0, start) for mark in _QUOTES) % 2 == 1


def speaks_in_first_person(text: str) -> bool:
    """True for a sentence spoken in the first person (a quoted letter): it states no fact
    about the document's people in the third person."""
    return _FIRST_PERSON.search(text) is not None


def confidence(text: str, start: int, base: float) -> float:
    """``base`` lowered for a hedged or attributed statement."""
    before = text[:start]
    return round(base * 0.7, 3) if _HEDGES.search(before) else base
