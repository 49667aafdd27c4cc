"""Cues that a written event verb states no event, beyond the prose reader's negation and modals.

``modality.is_asserted`` catches "not", "would", "tried to". The life events of issue 5 need a
few more: an event that was escaped ("avoided arrest", "narrowly escaped being shot"), a
pretence ("claiming to be a monarchist officer", "posing as a merchant"), a first-person
speaker (a quoted letter: "I am an old Bolshevik"), and a hedge that leaves the event in
doubt ("either in advance, or after the fact"), which keeps the fact at a lower confidence.
"""

from __future__ import annotations

import re

#: Confidence factor for a statement the sentence leaves in doubt.
HEDGE_FACTOR = 0.7

_AVERTED = re.compile(
    r"\b(?:avoid(?:ed|ing)?|escap(?:ed|ing|e)|evad(?:ed|ing|e)|narrowly|nearly|almost"
    r"|threatened\s+with|fear(?:ed|ing)?|risk(?:ed|ing)?\s+(?:being\s+)?|without\s+being"
    r"|before\s+being\s+able|faced|facing)\b[^,;.]{0,25}$",
    re.IGNORECASE,
)
_PRETENCE = re.compile(
    r"\b(?:claim(?:ed|ing)?\s+to\s+be|pos(?:ed|ing)\s+as|pretend(?:ed|ing)?\s+to\s+be"
    r"|disguised\s+as|masquerad(?:ed|ing)\s+as|under\s+the\s+guise\s+of|in\s+the\s+guise\s+of"
    r"|passing\s+(?:himself|herself)\s+off\s+as)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"(?:^|[\s“\"(])(?:I\s+(?:am|was|have|had|will|would|do|did|can|could|shall|must|\w+ed)"
    r"|[Mm]y|[Ww]e|[Oo]ur)\b"
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_EITHER_OR = re.compile(r"\beither\b[^.;]{1,80}\bor\b", re.IGNORECASE)
_DOUBT = re.compile(
    r"\b(?:it\s+is\s+(?:not\s+)?(?:clear|known|unclear|uncertain)|it\s+can\s+be\s+assumed"
    r"|unclear|uncertain|disputed|unconfirmed|presumably)\b",
    re.IGNORECASE,
)


def averted(text: str, start: int) -> bool:
    """True when the words right before ``start`` say the event did not take place."""
    return _AVERTED.search(text, max(0, start - 45), start) is not None


def pretended(text: str, start: int) -> bool:
    """True when the phrase at ``start`` is what someone pretended to be."""
    return _PRETENCE.search(text, max(0, start - 50), start) is not None


def first_person(text: str) -> bool:
    """True for a sentence in the first person (a flattened letter or speech); a quotation
    inside a sentence that reports it does not count, its own checks skip what it says."""
    return _FIRST_PERSON.search(_QUOTED.sub(" ", text)) is not None


def hedged(text: str) -> bool:
    """True when the sentence leaves what it says in doubt ("either … or", "it is unclear")."""
    return _EITHER_OR.search(text) is not None or _DOUBT.search(text) is not None


def hedge(text: str, confidence: float) -> float:
    """``confidence`` lowered when the sentence is hedged."""
    return round(confidence * HEDGE_FACTOR, 3) if hedged(text) else confidence
