"""Finding every date expression in running text.

``find_dates`` runs once per sentence of every document, so it is built for speed: a single
precompiled alternation (grammar.MASTER), a pre-check that skips text with neither a digit
nor a month name, and no per-call setup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from prosograph.dates.grammar import ANCHOR, LEAD, LEAD_WORD, MASTER, SINGLE
from prosograph.dates.interpret import Found, interpret
from prosograph.errors import DateError
from prosograph.models import DateValue

_YEARS = re.compile(r"\d{4}")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in text.

    ``start``/``end`` are absolute offsets (the ``offset`` passed to ``find_dates`` plus the
    index into the text), half-open. ``kind`` is ``point`` (a day, month, year, season,
    decade or a one-of choice) or ``interval`` (``1938–1940``, ``from 1920 until 1922``,
    ``from July 1919`` = ``1919-07/``, ``until 1920`` = ``/1920``). Relative expressions
    (``aged 16``) are found by ``find_relative`` instead, since they need an anchor date.
    """

    start: int
    end: int
    value: DateValue
    kind: Literal["point", "interval"]


def _context_year(value: DateValue, year: int | None) -> int | None:
    """The year later partial dates ("On 25 July") take: the last full year written."""
    years = _YEARS.findall(value.edtf or "")
    return int(years[-1]) if years else year


def _candidates(text: str, low: int, anchor: int) -> list[int]:
    """Positions from ``low`` to ``anchor`` where an expression reaching ``anchor`` may start."""
    starts = [m.start() for m in LEAD_WORD.finditer(text, low, anchor)]
    starts.append(anchor)
    return starts


def _dates_at(match: re.Match[str], text: str, year: int | None) -> tuple[int, list[Found]]:
    """Where the dates of a grammar match end, and the dates; (start, []) if it is no date.

    A composite that turns out not to be one falls back to the single date at its start.
    """
    dates = interpret(match, text, year)
    if dates is not None:
        return match.end(), dates
    single = SINGLE.match(text, match.start())
    if single is None or single.end() >= match.end():
        return match.start(), []
    dates = interpret(single, text, year)
    return single.end(), dates or []


def scan(text: str, year: int | None, *, strict: bool) -> list[Found]:
    """All dates of ``text`` in order, offsets relative to ``text``.

    Only the neighbourhood of a digit or month name is tried (every expression holds one
    and begins at most LEAD characters before it), and each start position at most once,
    so the cost grows with the number of numbers, not the length of the text.

    With ``strict`` an impossible date raises DateError; otherwise it is skipped whole
    (its pieces are not reported either: "31 February 1920" does not become "1920").
    """
    found: list[Found] = []
    pos = 0  # nothing before this is read again
    anchor = ANCHOR.search(text)
    while anchor is not None:
        resume = anchor.end()  # where to look for the next anchor if nothing starts here
        for at in _candidates(text, max(pos, anchor.start() - LEAD), anchor.start()):
            match = MASTER.match(text, at)
            if match is None:
                continue
            try:
                end, dates = _dates_at(match, text, year)
            except DateError:
                if strict:
                    raise
                resume = match.end()
                break
            if dates:
                for item in dates:
                    found.append(item)
                    year = _context_year(item[2], year)
                resume = end
                break
        pos = max(resume, anchor.start() + 1)
        anchor = ANCHOR.search(text, resume)
    return found


def find_dates(text: str, *, offset: int = 0, year: int | None = None) -> list[DateMatch]:
    """Every date expression in ``text``: longest match, non-overlapping, in order.

    ``offset`` is added to every position (pass the sentence's start in the document).
    ``year`` is the year of the surrounding text, for expressions without one ("On 25
    July"); a full year written earlier in ``text`` takes over from it. Expressions without
    a year and no context are not reported. An impossible date ("31 February 1920") is
    skipped rather than raised: one bad date must not lose a sentence's other facts.
    """
    return [
        DateMatch(offset + start, offset + end, value, kind)
        for start, end, value, kind in scan(text, year, strict=False)
    ]
