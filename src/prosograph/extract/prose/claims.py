"""Opening frames and building facts for the event and relation readers of issue 5.

The prose reader's ``open_frame`` and ``make_fact`` handle one agent and plain assertions.
The life events need several agents per frame ("Safarov and Armand were arrested"), the
checks of ``hedges`` (escaped, pretended, either … or) and the attribution of a reported
claim ("Rayfield wrote that …") in the value; doing this in one place keeps every reader
of this issue honest in the same way.
"""

from __future__ import annotations

import re

from prosograph.extract.prose import hedges
from prosograph.extract.prose.agents import agents
from prosograph.extract.prose.attribution import attributed, attribution_before
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.dating import relative_date
from prosograph.extract.prose.frames import FRAME_CONFIDENCE, Frame, date_of, make_fact, open_frame
from prosograph.extract.prose.view import SentenceView
from prosograph.models import DateValue, Factoid


def open_frames(
    view: SentenceView,
    context: DocumentContext,
    start: int,
    end: int,
    *,
    base: float = FRAME_CONFIDENCE,
    who: list[str] | None = None,
) -> list[Frame]:
    """One asserted frame per agent of the verb at ``[start, end)``; ``who`` overrides the
    agents found by ``agents.agents``."""
    text = view.text
    if hedges.averted(text, start) or hedges.pretended(text, start):
        return []
    keys = who if who is not None else agents(view, context, start)
    frames: list[Frame] = []
    for key in keys:
        frame = open_frame(view, context, start, end, base=base, agent=key)
        if frame is not None:
            frames.append(_narrowed(view, frame))
    return frames


_PARTICIPLE = re.compile(r"[a-z]+ing\b")
#: A comma and a past-tense verb: the next item of a list of actions ("studied law, joined
#: the party in 1901") whose date is not this frame's.
_NEXT_ACTION = re.compile(
    r",\s+(?:(?:then|later|also|\w+ly)\s+)?(?!was\b|were\b)[a-z]+ed\b"
    r"|\s+(?:before|after|until|while|since)\s+[a-z]+ing\b"
)
#: A sentence-opening phrase about another event: its dates are not the main clause's.
_OTHER_EVENT = re.compile(
    r"^(?:After|Following|Before|Upon|Having|Since|While|When)\s+(?!\d|early|late|the\s+end)"
    r"[^,;]*,"
)


def _narrowed(view: SentenceView, frame: Frame) -> Frame:
    """The frame with its clause cut at the next action of a list and after an opening
    phrase that tells of another event ("After graduating … in 1869, he entered …")."""
    low, high = frame.window
    following = _NEXT_ACTION.search(view.text, frame.end, high)
    if following is not None:
        high = following.start()
    opening = _OTHER_EVENT.match(view.text)
    if opening is not None and opening.end() <= frame.start:
        low = max(low, opening.end())
    if (low, high) == frame.window:
        return frame
    return Frame(frame.start, frame.end, frame.agent, (low, high), frame.confidence)


def claim(
    view: SentenceView,
    context: DocumentContext,
    frame: Frame,
    type_: str,
    value: str,
    *,
    date: DateValue | None = None,
    place: str | None = None,
    other: str | None = None,
    confidence: float | None = None,
) -> Factoid:
    """A fact of ``frame``, hedged and attributed as the sentence says."""
    base = frame.confidence if confidence is None else confidence
    value, score = attributed(
        value, hedges.hedge(view.text, base), attribution_before(view, frame.start)
    )
    return make_fact(
        view, context, frame, type_, value, date=date, place=place, other=other, confidence=score
    )


def event_date(
    view: SentenceView, context: DocumentContext, frame: Frame, *, after: int | None = None
) -> DateValue | None:
    """The frame's date, a relative date after the verb taking precedence over an explicit
    one before it ("on 16 July 1942 … had signed the death warrant 24 years prior")."""
    low, high = frame.window
    begin = frame.start if after is None else after
    if any(begin <= m.start and m.end <= high for m in view.dates):
        return date_of(view, context, frame, after=after)
    relative = relative_date(view, context, (begin, high))
    if relative is not None:
        return relative
    date = date_of(view, context, frame, after=after)
    if (
        date is None
        and _PARTICIPLE.match(view.text, frame.start)
        and view.text[: frame.start].rstrip().endswith(",")
    ):
        # "In July 1918, … Beloborodov ordered …, signing the decision": the main clause's date
        earlier = [m for m in view.dates if low <= m.start and m.end <= frame.start]
        date = earlier[-1].value if earlier else None
    return date
