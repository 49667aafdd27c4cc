"""Party lists: ``RSDLP (Bolsheviks), (1907–1918) , Russian Communist Party (1918–1936)``.

Each item is a party with the periods of membership written after it. Flattening sometimes
split a period off its party (``RSDLP (Bolsheviks), (1907–1918)``) or wrote a second period
as its own item (``Party (1917–1927), (1928–1938)``): a period-only item belongs to the item
before it. Brackets that are not periods (``(Bolsheviks)``) are part of the party's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.infobox_text import (
    LIST_SEPARATORS,
    clean_value,
    has_letters,
    split_top_level,
)
from prosograph.extract.periods import Period, parse_period

_LAST_BRACKET = re.compile(r"\s*\((?P<inner>[^()]*)\)\s*$")


@dataclass(frozen=True, slots=True)
class PartyItem:
    """One party of a list: its name, membership periods (maybe none) and the item as written."""

    name: str
    periods: tuple[Period, ...]
    raw: str


def _split_periods(item: str) -> tuple[str, list[Period]]:
    """Take the trailing bracketed periods off an item: ``CPSU (1918–53)`` -> CPSU, [1918–53]."""
    periods: list[Period] = []
    rest = item.strip()
    while True:
        match = _LAST_BRACKET.search(rest)
        if match is None:
            break
        period = parse_period(match.group("inner"))
        if period is None:
            break
        periods.insert(0, period)
        rest = rest[: match.start()].rstrip(" ,")
    return rest, periods


def read_parties(value: str) -> list[PartyItem]:
    """Every party of a ``Party`` value with its periods, in order.

    Items that hold no letters and no period (``,`` left by a dropped flag icon) are skipped;
    a period-only item with no party before it is skipped too, as it belongs to nothing.
    """
    parties: list[PartyItem] = []
    for raw in split_top_level(value, LIST_SEPARATORS):
        name, periods = _split_periods(raw)
        if not has_letters(name) and not periods:
            bare = parse_period(name)
            periods = [bare] if bare is not None else []
        if not has_letters(name):
            if periods and parties:
                previous = parties[-1]
                parties[-1] = PartyItem(
                    previous.name, previous.periods + tuple(periods), f"{previous.raw} {raw}"
                )
            continue
        parties.append(PartyItem(clean_value(name), tuple(periods), raw))
    return parties
