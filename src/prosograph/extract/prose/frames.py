"""What every fact reader does with a frame it has matched: find who it is about, check the
text asserts it, date it, and build the fact with the sentence as its source.

Kept apart from the readers so that each fact family module holds only its own patterns.
"""

from __future__ import annotations

from dataclasses import dataclass

from prosograph.extract.prose import modality
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.coreference import find_agent
from prosograph.extract.prose.dating import clause_window, frame_date
from prosograph.extract.prose.view import SentenceView
from prosograph.models import DateValue, Factoid

#: Confidence of a fact read by a verb frame ("was appointed X") before any hedging.
FRAME_CONFIDENCE = 0.85


@dataclass(frozen=True, slots=True)
class Frame:
    """A matched frame: where its verb is, whom it is about, its clause and its date."""

    start: int
    end: int
    agent: str
    window: tuple[int, int]
    confidence: float


def open_frame(
    view: SentenceView,
    context: DocumentContext,
    start: int,
    end: int,
    *,
    base: float = FRAME_CONFIDENCE,
    agent: str | None = None,
) -> Frame | None:
    """A Frame for the verb at ``[start, end)``, or None if the text does not assert it
    of anyone the document knows."""
    if not modality.is_asserted(view.text, start):
        return None
    if agent is None:
        agent = find_agent(view, context, start)
    if agent is None:
        return None
    window = clause_window(view, start, end)
    return Frame(start, end, agent, window, modality.confidence(view.text, start, base))


def date_of(
    view: SentenceView, context: DocumentContext, frame: Frame, *, after: int | None = None
) -> DateValue | None:
    """The frame's date (see ``dating.frame_date``)."""
    return frame_date(view, context, frame.start, frame.window, after=after)


def make_fact(
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
    """A fact about the frame's agent, citing the whole sentence."""
    return Factoid(
        type=type_,
        value=value,
        subject=frame.agent,
        source=context.source(view.sentence),
        date=date,
        place=place,
        other=other,
        confidence=frame.confidence if confidence is None else confidence,
    )
