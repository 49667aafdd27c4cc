"""The date of a frame: which of a sentence's date expressions belongs to which statement.

A sentence often carries several dates ("Born in 1891, he joined the party in 1907"), so a
frame takes a date from its own clause only, preferring one after its verb ("joined the
party in 1907", "appointed in January 1919 Chairman"), then one before it in the same clause
("In March 1919 he was elected"). ``from 9 October 1919 … until 28 June 1920`` in one clause
is one interval. Without an explicit date, a relative one (``aged 16``, ``a day after``) is
resolved against the document's anchors: birth and death, and for "the same day" or "24
years prior" the last explicit date of the sentence or the sentence before.
"""

from __future__ import annotations

import re

from prosograph.dates import DateMatch, interval_sides, make_interval, resolve_relative
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.view import SentenceView
from prosograph.models import DateValue

_LEFT_BOUNDARY = re.compile(
    r";|:|,\s+(?:and|but|where|which|while|whereas|although|though|then)\b"
    r"|\s+and\s+(?=(?:was|were|had|later|subsequently|then)\b)"
)
_RIGHT_BOUNDARY = re.compile(
    r";|:|,\s+(?:and|but|where|which|while|whereas|although|though|then|he|she|who)\b"
    r"|\s+and\s+(?:was|were|had|then|later|subsequently)\b|\s+and\s+[a-z]+ed\b"
    r"|\s+and\s+(?:wrote|took|became|went|left|fled|fought|met|won|lost|spent|ran|gave"
    r"|held|rose|fell|made|began|sat|led|saw|taught|built|broke|drew|found)\b"
    r"|,\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:was|had|became|served)\b)"
)


_SAME_STATE = re.compile(
    r",\s+(?:he|she)\s+(?:\w+\s+)?(?:served|remained|held|stayed)\b"
    r"|\bin\s+this\s+(?:capacity|post|position|office|role)\b"
)


def clause_window(view: SentenceView, start: int, end: int) -> tuple[int, int]:
    """``[low, high)`` of the clause around a frame spanning ``[start, end)``.

    Boundaries inside a date expression (``15 or 16 July``) do not count.
    """
    text = view.text
    if not text[:start].strip() and _SAME_STATE.search(text, end):
        # A sentence-opening participle phrase whose main clause goes on about the same
        # office ("Appointed X from 9 October 1919, he served in this capacity until 28 June
        # 1920") shares its dates with it.
        stop = text.find(";", end)
        return 0, len(text) if stop == -1 else stop
    low = 0
    for match in _LEFT_BOUNDARY.finditer(text, 0, start):
        if not view.in_date(match.start(), match.end()):
            low = match.end()
    high = len(text)
    for match in _RIGHT_BOUNDARY.finditer(text, end):
        if not view.in_date(match.start(), match.end()):
            high = match.start()
            break
    return low, high


def _merge(first: DateMatch, later: list[DateMatch]) -> DateValue:
    """An open-ended ``from X`` completed by a following ``until Y`` of the same clause."""
    value = first.value
    if first.kind != "interval" or not (value.edtf or "").endswith("/"):
        return value
    for match in later:
        if match.kind == "interval" and (match.value.edtf or "").startswith("/"):
            start, _ = interval_sides(value)
            _, end = interval_sides(match.value)
            return make_interval(start, end, text=f"{value.text} / {match.value.text}")
    return value


def frame_date(
    view: SentenceView,
    context: DocumentContext,
    start: int,
    window: tuple[int, int],
    *,
    after: int | None = None,
) -> DateValue | None:
    """The date of the frame whose verb starts at ``start``, within ``window``.

    ``after`` (default ``start``) is where dates "after the verb" begin; a reader passes
    the end of what it has read when dates inside that are not the frame's own.
    """
    low, high = window
    begin = start if after is None else after
    inside = [m for m in view.dates if low <= m.start and m.end <= high]
    following = [m for m in inside if m.start >= begin]
    if following:
        return _merge(following[0], following[1:])
    # A relative date after the verb is the frame's own even when an explicit date stands
    # before it ("sentenced on 28 July 1938 and executed the following day"): the explicit
    # one is the anchor it counts from, not the event's date.
    relative = relative_date(view, context, (begin, high))
    if relative is not None:
        return relative
    preceding = [
        m
        for m in inside
        if m.end <= start
        and not _bracketed(view.text, m.end, start)
        and not _OTHER_VERB.search(view.text, m.end, start)
    ]
    if preceding:
        return _merge(preceding[-1], [])
    return relative_date(view, context, window)


#: A verb between a date and a frame: the date belongs to that verb's event ("Arrested in
#: 1910, he was exiled …, emigrated … and worked as …").
_OTHER_VERB = re.compile(
    r"\b(?:[a-z]+ed|became|went|left|took|made|began|fled|fought|wrote|met|won|lost|spent"
    r"|sent|ran|gave|held|rose|fell|joined|returned)\b"
)


def _bracketed(text: str, end: int, start: int) -> bool:
    """True when a date ending at ``end`` sits in a bracket closed before ``start``: the
    lead's life dates are not the date of what the sentence goes on to say."""
    between = text[end:start]
    return between.count(")") > between.count("(") or between.count("]") > between.count("[")


def relative_date(
    view: SentenceView, context: DocumentContext, window: tuple[int, int]
) -> DateValue | None:
    """The first relative date of the window that the document's anchors resolve."""
    low, high = window
    for match in view.relatives:
        if not (low <= match.start and match.end <= high):
            continue
        explicit = [m.value for m in view.dates if m.end <= match.start and m.kind == "point"]
        reference = explicit[-1] if explicit else view.previous_date
        value = resolve_relative(
            match.text, birth=context.birth, death=context.death, reference=reference
        )
        if value is not None:
            return value
    return None


def as_interval(value: DateValue | None) -> DateValue | None:
    """A point date as the start of a lasting state (``1907`` -> ``1907/``)."""
    if value is None or value.edtf is None or "/" in value.edtf:
        return value
    return make_interval(value, None, text=value.text)
