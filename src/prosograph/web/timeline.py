"""Lay out a person's dated facts as a drawing: bars for states that last, points for events.

Pure geometry for the person page's SVG (the template only draws what this returns). How a
date is drawn says how much the text tells: a bar's open side fades out, an unknown side is
a short faded stub, an approximate or uncertain date (``~``, ``?``, one-of ranges, ``193X``)
is dashed and pale, and an event known only to its year or month spans that window.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from prosograph.models import INTERVAL_TYPES

WIDTH = 960
_PAD = 18
_LANE = 26
_ROW = 30
_AXIS = 34
_CHAR_PX = 6.4
_STUB_YEARS = 1.5
#: Types the drawing leaves out: they repeat what another fact shows (the facts list has them).
_NOT_DRAWN = frozenset({"alias", "attribute"})


@dataclass(frozen=True, slots=True)
class Bar:
    """A state that lasts, drawn from ``x`` over ``width`` pixels on row ``y``."""

    x: float
    width: float
    y: float
    type: str
    label: str
    label_x: float
    label_anchor: str
    title: str
    href: str
    approximate: bool
    fade_start: bool
    fade_end: bool
    open_end: bool


@dataclass(frozen=True, slots=True)
class Point:
    """An event at ``x``; ``band_x``/``band_width`` cover the window an imprecise date allows."""

    x: float
    y: float
    band_x: float
    band_width: float
    type: str
    label: str
    label_x: float
    label_anchor: str
    title: str
    href: str
    approximate: bool
    imprecise: bool


@dataclass(frozen=True, slots=True)
class Tick:
    """A year on the axis."""

    x: float
    label: str


@dataclass(slots=True)
class TimelineView:
    """Everything the template draws; ``empty`` when no fact has a usable date."""

    width: int = WIDTH
    height: int = 0
    axis_y: float = 0
    ticks: list[Tick] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    life: tuple[float, float] | None = None

    @property
    def empty(self) -> bool:
        """True when there is nothing to draw."""
        return not self.bars and not self.points


@dataclass(frozen=True, slots=True)
class _Item:
    fact: dict[str, Any]
    href: str
    start: float | None
    end: float | None


def layout(facts: list[dict[str, Any]], hrefs: list[str]) -> TimelineView:
    """Place each dated fact (``hrefs[i]`` links fact ``i``) on a shared time axis."""
    items = [
        _Item(fact, href, _year(fact["start"]), _year(fact["end"], inclusive_end=True))
        for fact, href in zip(facts, hrefs, strict=True)
        if fact["type"] not in _NOT_DRAWN
    ]
    items = [item for item in items if item.start is not None or item.end is not None]
    view = TimelineView()
    if not items:
        return view
    low, high = _domain(items)
    span = high - low

    def x_of(year: float) -> float:
        return _PAD + (year - low) / span * (WIDTH - 2 * _PAD)

    view.ticks = [Tick(x_of(year), str(year)) for year in _tick_years(low, high)]
    events = [i for i in items if not _lasts(i.fact)]
    states = [i for i in items if _lasts(i.fact)]
    lane_ends: list[float] = []
    for item in sorted(events, key=lambda i: _middle(i)):
        view.points.append(_place_point(item, x_of, lane_ends))
    top = _AXIS + max(len(lane_ends), 1) * _LANE + 8
    for row, item in enumerate(sorted(states, key=lambda i: i.start or i.end or 0.0)):
        view.bars.append(_place_bar(item, x_of, top + row * _ROW))
    view.height = int(top + len(states) * _ROW + 10)
    view.axis_y = _AXIS - 14
    births = [i for i in items if i.fact["type"] == "birth"]
    deaths = [i for i in items if i.fact["type"] == "death"]
    if births and deaths:
        view.life = (x_of(_middle(births[0])), x_of(_middle(deaths[0])))
    return view


def _place_point(item: _Item, x_of: Callable[[float], float], lane_ends: list[float]) -> Point:
    fact = item.fact
    first = item.start if item.start is not None else item.end
    last = item.end if item.end is not None else item.start
    assert first is not None and last is not None
    x = x_of(_middle(item))
    room_right, room_left = WIDTH - x - 8 - 2, x - 8 - 2
    right_side = len(_label(fact)) * _CHAR_PX < room_right or room_right >= room_left
    label = _fit(_label(fact), room_right if right_side else room_left)
    text_width = len(label) * _CHAR_PX + 10
    occupied = (x - 6, x + text_width) if right_side else (x - text_width, x + 6)
    lane = next((n for n, end in enumerate(lane_ends) if occupied[0] > end), len(lane_ends))
    if lane == len(lane_ends):
        lane_ends.append(occupied[1])
    else:
        lane_ends[lane] = occupied[1]
    band_x = x_of(first)
    return Point(
        x=x,
        y=_AXIS + lane * _LANE + 10,
        band_x=band_x,
        band_width=max(x_of(last) - band_x, 0.0),
        type=fact["type"],
        label=label,
        label_x=x + 8 if right_side else x - 8,
        label_anchor="start" if right_side else "end",
        title=_title(fact),
        href=item.href,
        approximate=_approximate(fact),
        imprecise=(last - first) > 2 / 365,
    )


def _place_bar(item: _Item, x_of: Callable[[float], float], y: float) -> Bar:
    fact = item.fact
    edtf = fact["date"] or ""
    open_end = edtf.endswith("/..")
    start, end = item.start, item.end
    if start is None:
        assert end is not None
        start = end - _STUB_YEARS
    if end is None:
        end = start + _STUB_YEARS
    x0, x1 = x_of(start), x_of(end)
    if open_end:
        x1 = WIDTH - _PAD
    right_end = max(x1, x0 + 3.0)
    room_right, room_left = WIDTH - 2 - x0, right_end - 2
    fits_right = len(_label(fact)) * _CHAR_PX < room_right or room_right >= room_left
    label = _fit(_label(fact), room_right if fits_right else room_left)
    return Bar(
        x=x0,
        width=max(x1 - x0, 3.0),
        y=y,
        type=fact["type"],
        label=label,
        label_x=x0 if fits_right else right_end,
        label_anchor="start" if fits_right else "end",
        title=_title(fact),
        href=item.href,
        approximate=_approximate(fact),
        fade_start=item.start is None,
        fade_end=item.end is None,
        open_end=open_end,
    )


def _lasts(fact: dict[str, Any]) -> bool:
    """A state with a duration: an interval type, or any fact dated ``START/END``."""
    return fact["type"] in INTERVAL_TYPES or "/" in (fact["date"] or "")


def _year(iso: str | None, *, inclusive_end: bool = False) -> float | None:
    """An ISO day as a fractional year; the end of a day when ``inclusive_end``."""
    if not iso:
        return None
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return None
    days_in_year = 366 if _leap(day.year) else 365
    offset = day.timetuple().tm_yday - (0 if inclusive_end else 1)
    return day.year + offset / days_in_year


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _middle(item: _Item) -> float:
    known = [v for v in (item.start, item.end) if v is not None]
    return sum(known) / len(known)


def _domain(items: list[_Item]) -> tuple[float, float]:
    values: list[float] = []
    for item in items:
        for value in (item.start, item.end):
            if value is not None:
                values.append(value)
        if _lasts(item.fact) and (item.start is None or item.end is None):
            known = item.start if item.start is not None else item.end
            assert known is not None
            values.append(known + (_STUB_YEARS if item.start is not None else -_STUB_YEARS))
    low, high = math.floor(min(values)), math.ceil(max(values))
    if high - low < 6:
        middle = (low + high) / 2
        low, high = math.floor(middle - 3), math.ceil(middle + 3)
    return float(low - 1), float(high + 1)


def _tick_years(low: float, high: float) -> list[int]:
    span = high - low
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500) if span / s <= 12)
    first = math.ceil(low / step) * step
    return list(range(int(first), int(high) + 1, step))


def _approximate(fact: dict[str, Any]) -> bool:
    """True for dates the text gives as approximate, uncertain or one of several."""
    edtf = fact["date"] or ""
    return any(mark in edtf for mark in ("~", "?", "%", "[", "{", "X"))


def _label(fact: dict[str, Any]) -> str:
    value, kind = str(fact["value"]), str(fact["type"])
    other = fact.get("other_person")
    if other:
        value = f"{value} {other['name']}"
    if value == kind or kind in INTERVAL_TYPES or kind == "relation":
        return value
    return f"{kind}: {value}"


def _fit(label: str, room: float) -> str:
    """``label`` shortened with an ellipsis to about ``room`` pixels (the title keeps it all)."""
    most = max(int(room / _CHAR_PX), 8)
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"


def _title(fact: dict[str, Any]) -> str:
    when = fact["date_text"] or fact["date"] or ""
    notes = []
    if _approximate(fact):
        notes.append("approximate or uncertain")
    if (fact["date"] or "").endswith("/.."):
        notes.append("still ongoing")
    elif _lasts(fact) and not (fact["start"] and fact["end"]):
        notes.append("one side unknown")
    note = f" ({', '.join(notes)})" if notes else ""
    return f"{_label(fact)} — {when} [{fact['date']}]{note}"
