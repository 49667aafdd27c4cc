"""List-valued infobox lines (``Party``, ``Alma Mater``, ``Occupation``): one fact per item.

Infoboxes list several parties, schools or jobs in one value; each becomes its own
``membership``, ``education`` or ``occupation`` fact citing the line.
"""

from __future__ import annotations

import re

from prosograph.extract.infobox_dates import period_interval
from prosograph.extract.infobox_sink import FactSink
from prosograph.extract.infobox_text import clean_value, list_items
from prosograph.extract.party import read_parties
from prosograph.models import InfoboxField

_INSTITUTION = re.compile(
    r"universit|institut|academ|college|school|gymnas|seminar|conservato|lyce|faculty|"
    r"polytechn|courses|hochschule|école|ecole",
    re.IGNORECASE,
)


def add_memberships(item: InfoboxField, sink: FactSink) -> None:
    """One ``membership`` per party and period: a party with two periods gives two facts."""
    parties = read_parties(item.value)
    if not parties:
        sink.attribute(item)
        return
    for party in parties:
        if not party.periods:
            sink.add("membership", party.name, [item], confidence=0.95)
        for period in party.periods:
            date = period_interval(period)
            sink.add("membership", party.name, [item], date=date, confidence=0.95)


def add_education(item: InfoboxField, sink: FactSink) -> None:
    """One ``education`` fact per institution.

    The value is split at commas only when every part names an institution: ``Moscow State
    University, Moscow`` is one institution and its town, not two institutions.
    """
    parts = list_items(item.value)
    if len(parts) > 1 and not all(_INSTITUTION.search(part) for part in parts):
        parts = [clean_value(item.value)]
    if not parts:
        sink.attribute(item)
    for part in parts:
        sink.add("education", part, [item], confidence=0.95)


def add_occupations(item: InfoboxField, sink: FactSink) -> None:
    """One ``occupation`` fact per comma-separated job: ``Politician, Political commissar``."""
    parts = list_items(item.value)
    if not parts:
        sink.attribute(item)
    for part in parts:
        sink.add("occupation", part, [item], confidence=0.95)
