"""Reading a place phrase after ``in``/``at``: ``Alexandrovsk, in the Solikamsky Uyezd of the
Perm Governorate of the Russian Empire`` -> ``Alexandrovsk, Solikamsky Uyezd, Perm
Governorate, Russian Empire``.

A place is a chain of capitalised names joined by commas, ``in (the)`` or, after an
administrative unit, ``of the``; it is written back as the comma list infoboxes use, so
that prose and infobox places of one event compare equal. The chain stops at anything that
is not a name: a date, a lower-case word (``, a village on the western fringes``), a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.prose.view import SentenceView

#: Administrative units after which ``of the`` introduces the larger unit.
_UNITS = frozenset(
    [
        "uyezd",
        "governorate",
        "gubernia",
        "guberniya",
        "district",
        "oblast",
        "province",
        "region",
        "county",
        "krai",
        "raion",
        "volost",
        "okrug",
        "parish",
        "municipality",
        "canton",
        "department",
        "prefecture",
        "voivodeship",
    ]
)
#: Lower-case nouns that end a place name (``Kommunarka firing range``).
_TRAILING = frozenset({"firing range", "prison", "camp", "cemetery", "hospital", "district"})
_NAME_WORD = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-ſА-Я][\w'’.-]*|\d{1,4}[a-z]?)(?=[\s,.;:)(]|$)")
#: What may join two words of one name: a space, or a particle (``Rostov on Don``).
_JOINT = re.compile(r" (?:(of|de|on|upon|am|an|der|la|le|del|di) )?")
_SEPARATOR = re.compile(r",\s+(?:in\s+)?(?:the\s+)?|\s+in\s+(?:the\s+)?|\s+of\s+the\s+")
#: "the village of Ivanovka": the name follows the kind of place.
_SETTLEMENT = re.compile(
    r"(?:the\s+|a\s+)?(?:village|town|city|hamlet|settlement|selo|shtetl|township|port)\s+of\s+"
)
_PARENTHESIS = re.compile(r"\s*\([^()]{0,60}\)")


@dataclass(frozen=True, slots=True)
class Place:
    """A place read from a sentence: its comma-list form and the span it was read from."""

    text: str
    start: int
    end: int


def _segment(view: SentenceView, start: int, limit: int) -> tuple[str, int] | None:
    """One capitalised name at ``start``: its text and end, or None."""
    text = view.text
    words: list[str] = []
    position = start
    while True:
        word = _NAME_WORD.match(text, position, limit)
        if word is None or view.date_at(word.start()) is not None:
            break
        if word.group()[0].isdigit() and not words:
            break
        found = word.group()
        if found.endswith(".") and len(found) > 3:  # a sentence's full stop, not "St."
            found = found[:-1]
        words.append(found)
        position = word.start() + len(found)
        joint = _JOINT.match(text, position, limit)
        if joint is None:
            break
        following = _NAME_WORD.match(text, joint.end(), limit)
        if following is None or view.date_at(following.start()) is not None:
            break
        if joint.group(1):
            words.append(joint.group(1))
        position = joint.end()
    if not words:
        return None
    for trailing in _TRAILING:
        if text.startswith(" " + trailing, position):
            words.append(trailing)
            position += len(trailing) + 1
            break
    return " ".join(words), position


def _is_unit(word: str) -> bool:
    return word.casefold() in _UNITS


def read_place(view: SentenceView, start: int, limit: int | None = None) -> Place | None:
    """The place phrase beginning at ``start`` (after its preposition), or None."""
    text = view.text
    limit = len(text) if limit is None else limit
    position = start
    settlement = _SETTLEMENT.match(text, position, limit)
    if settlement is not None:
        position = settlement.end()
    elif text.startswith("the ", position):
        position += 4
    first = _segment(view, position, limit)
    if first is None or view.person_at(position, first[1]) is not None:
        return None
    parts = [first[0]]
    end = first[1]
    while True:
        parenthesis = _PARENTHESIS.match(text, end, limit)
        after = parenthesis.end() if parenthesis is not None else end
        separator = _SEPARATOR.match(text, after, limit)
        if separator is None:
            break
        if "of the" in separator.group() and not _is_unit(parts[-1].split()[-1]):
            break
        following = _segment(view, separator.end(), limit)
        if following is None or view.person_at(separator.end(), following[1]) is not None:
            break
        if not _followed_by_break(text, following[1], limit):
            break
        parts.append(following[0])
        end = following[1]
    return Place(", ".join(parts), start, end)


def _followed_by_break(text: str, end: int, limit: int) -> bool:
    """True when a name ends where a place list may: punctuation, a preposition, the end.

    ``, Beloborodov's parents were`` and ``, Perm Governorate`` differ in what follows the
    capitalised words: a place in a list is followed by punctuation or a new phrase.
    """
    rest = text[end:limit]
    if not rest.strip() or rest.lstrip()[0] in ",.;:)(":
        return True
    return (
        re.match(r"\s+(?:in|on|at|of|to|from|and|where|when|after|before|near)\b", rest) is not None
    )
