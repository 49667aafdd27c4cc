"""Claims the text attributes to someone: "Donald Rayfield wrote that Kedrov …", "according to
Orlov, …", "Khrushchev claimed that …".

The contract keeps such a claim, with a lower confidence, and this project writes who makes
it into the value ("arrest (according to Donald Rayfield)") so that a reader of the fact
sees it is a report, not the text's own statement (issue 5). The cue must stand before the
frame in the same sentence; a claimant that is not a name ("a fellow prisoner reported")
is written as the text has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.prose.view import SentenceView

#: Highest confidence of an attributed claim.
ATTRIBUTED_CONFIDENCE = 0.6

_SAYS = (
    r"(?:wrote|writes|said|says|stated|states|claimed|claims|alleged|alleges|asserted"
    r"|argued|argues|reported|reports|recalled|recalls|believed|believes|maintained"
    r"|suggested|suggests|testified|insisted|remembered|concluded|noted)"
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_CLAIMANT_SAYS = re.compile(
    rf"(?P<who>(?:the\s+historian\s+|historian\s+|a\s+fellow\s+\w+\s+|a\s+\w+\s+)?{_NAME}"
    rf"|[Aa]\s+fellow\s+\w+|[Aa]n?\s+(?:historian|witness|biographer|contemporary))"
    rf"\s+{_SAYS}\s+(?:that\s+|in\s+\w+\s+that\s+)?"
)
_ACCORDING = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<who>{_NAME})\s*,?"
)
#: How far back (code points) a claim's cue is looked for: a claim is reported in the
#: words before it, and a bounded look keeps a very long sentence linear.
_LOOKBACK = 300
#: A new clause between the claim's verb and the frame: the frame is the text's own again.
_NEW_CLAUSE = re.compile(r",(?:\[\d+\])?\s+(?:and|but|while|whereas)\s|;")
_NOT_CLAIMANT = frozenset({"He", "She", "It", "They", "This", "That", "The", "In", "On"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a claim is attributed to, as written."""

    who: str


def attribution_before(view: SentenceView, start: int) -> Attribution | None:
    """The claimant of the statement at ``start``, if the sentence attributes it."""
    offset = max(0, start - _LOOKBACK)
    before = view.text[offset:start]
    found: tuple[int, Attribution] | None = None
    for match in _CLAIMANT_SAYS.finditer(before):
        who = match.group("who").strip()
        if who.split()[0] in _NOT_CLAIMANT or view.in_date(
            offset + match.start(), offset + match.end()
        ):
            continue
        found = (match.end(), Attribution(_article_free(who)))
    for match in _ACCORDING.finditer(before):
        if found is None or match.end() > found[0]:
            found = (match.end(), Attribution(_article_free(match.group("who").strip())))
    if found is None or _NEW_CLAUSE.search(before, found[0]) is not None:
        return None
    return found[1]


def _article_free(who: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", who)


def attributed(value: str, confidence: float, attribution: Attribution | None) -> tuple[str, float]:
    """``value`` and ``confidence`` of a fact, marked as the claim of ``attribution``."""
    if attribution is None:
        return value, confidence
    return (
        f"{value} (according to {attribution.who})",
        min(confidence, ATTRIBUTED_CONFIDENCE),
    )
