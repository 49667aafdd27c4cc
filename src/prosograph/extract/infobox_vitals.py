"""Birth and death facts from the ``Born``, ``Birth Place``, ``Died``, ``Death Cause``... lines.

Birth and death each come from up to three lines. The contract wants one fact with the date
and the place, so every line that contributes emits the same fact (same type, value, date
and place) with its own source, and the store merges them into one fact with several
sources. A date line that states no date (``(N.S.)``) is kept as an attribute instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.infobox_dates import read_date_and_place
from prosograph.extract.infobox_sink import FactSink
from prosograph.extract.infobox_text import clean_place, clean_value, has_word
from prosograph.models import DateValue, InfoboxField

_SUICIDE = re.compile(r"suicide|took (?:his|her) own life", re.IGNORECASE)
_EXECUTION = re.compile(
    r"execut|firing squad|hanged|hanging|beheaded|beheading|guillotin|"
    r"electric chair|lethal injection|gas chamber",
    re.IGNORECASE,
)
_ASSASSINATION = re.compile(r"assassinat", re.IGNORECASE)
_MURDER = re.compile(r"murder|homicide", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Vitals:
    """The birth and death dates found, for the subject's resolution hints."""

    birth: DateValue | None
    death: DateValue | None


def death_manner(cause: str) -> str:
    """The contract's death value for a cause: ``Execution by firing squad`` -> ``execution``.

    Manners the contract names are normalised; any other cause is kept, lower-cased
    (``Heart attack`` -> ``heart attack``).
    """
    if _SUICIDE.search(cause):
        return "suicide"
    if _EXECUTION.search(cause):
        return "execution"
    if _ASSASSINATION.search(cause):
        return "assassination"
    if _MURDER.search(cause):
        return "murder"
    return clean_value(cause).lower()


def _event(
    sink: FactSink,
    type_: str,
    date_fields: list[InfoboxField],
    place_fields: list[InfoboxField],
) -> tuple[DateValue | None, str | None, list[InfoboxField]]:
    """Read an event's date and place; return them with the lines that gave them.

    Lines that give neither become attributes. A second date line with another date gives
    a fact of its own, so a disagreement stays visible instead of being dropped.
    """
    date: DateValue | None = None
    place: str | None = None
    cited: list[InfoboxField] = []
    for item in date_fields:
        found, found_place = read_date_and_place(item.value)
        if found is None:
            sink.attribute(item)
            continue
        if date is not None and found.edtf != date.edtf:
            sink.add(type_, type_, [item], date=found, place=found_place, confidence=0.9)
            continue
        date = date or found
        place = place or found_place
        cited.append(item)
    for item in place_fields:
        written = clean_place(item.value)
        if not has_word(written):
            sink.attribute(item)
            continue
        if place is None or place == written:
            place = written
            cited.append(item)
        else:
            sink.add(type_, type_, [item], date=date, place=written, confidence=0.9)
    return date, place, cited


def add_vitals(roles: dict[str, list[InfoboxField]], sink: FactSink) -> Vitals:
    """Emit birth, death and execution facts from the lines of those roles."""
    birth, birth_place, birth_lines = _event(
        sink, "birth", roles.get("birth_date", []), roles.get("birth_place", [])
    )
    if birth_lines:
        sink.add("birth", "birth", birth_lines, date=birth, place=birth_place)

    death, death_place, death_lines = _event(
        sink, "death", roles.get("death_date", []), roles.get("death_place", [])
    )
    manner = "death"
    for item in roles.get("death_cause", []):
        cause = clean_value(item.value)
        if not has_word(cause):
            sink.attribute(item)
            continue
        if manner == "death":
            manner = death_manner(cause)
        if death_manner(cause) != cause.lower():
            sink.attribute(item)  # the cause as written, where the value abbreviates it
        death_lines.append(item)
    if death_lines:
        sink.add("death", manner, death_lines, date=death, place=death_place)
        if manner == "execution":
            sink.add("execution", "execution", death_lines, date=death, place=death_place)
    return Vitals(birth=birth, death=death)
