"""The relation vocabulary: what a relation reads as from the other person's side.

One table serves the kinship reader (which states a family link both ways), the people graph
(which walks edges from either end) and the seed scorer (which accepts the converse of a gold
relation), so "son of" has one converse everywhere.
"""

from __future__ import annotations

#: Kinship converses by the other person's gender: (male, female, unknown).
KIN_CONVERSE: dict[str, tuple[str, str, str]] = {
    "son of": ("father of", "mother of", "parent of"),
    "daughter of": ("father of", "mother of", "parent of"),
    "child of": ("father of", "mother of", "parent of"),
    "father of": ("son of", "daughter of", "child of"),
    "mother of": ("son of", "daughter of", "child of"),
    "parent of": ("son of", "daughter of", "child of"),
    "wife of": ("husband of", "husband of", "husband of"),
    "widow of": ("husband of", "husband of", "husband of"),
    "husband of": ("wife of", "wife of", "wife of"),
    "widower of": ("wife of", "wife of", "wife of"),
    "brother of": ("brother of", "sister of", "sibling of"),
    "sister of": ("brother of", "sister of", "sibling of"),
    "sibling of": ("brother of", "sister of", "sibling of"),
}

#: Converses of the other relations (both directions are listed).
_OTHER_CONVERSE: dict[str, str] = {
    "succeeded": "succeeded by",
    "worked under": "superior of",
    "deputy of": "superior of",
    "assistant of": "superior of",
    "secretary of": "employer of",
    "reported to": "received reports from",
    "denounced": "denounced by",
    "ordered the execution of": "execution ordered by",
    "approved the execution of": "execution approved by",
    "informant against": "informed on by",
    "lost candidacy to": "won candidacy against",
}
OTHER_CONVERSE: dict[str, str] = {
    **_OTHER_CONVERSE,
    **{value: key for key, value in _OTHER_CONVERSE.items() if value != "superior of"},
    "superior of": "worked under",
}

#: Relations that read the same from both ends.
SYMMETRIC: frozenset[str] = frozenset(
    {
        "spouse of",
        "partner of",
        "relative of",
        "ally of",
        "rival of",
        "enemy of",
        "co-signed",
        "coordinated with",
        "named with",
    }
)


def converse(value: str, gender: str | None = None) -> str | None:
    """The relation seen from the other person (``gender`` "m"/"f" of that person, if known),
    or None when the vocabulary has no word for it."""
    if value in SYMMETRIC:
        return value
    kin = KIN_CONVERSE.get(value)
    if kin is not None:
        return kin[0] if gender == "m" else kin[1] if gender == "f" else kin[2]
    return OTHER_CONVERSE.get(value)


def converses(value: str) -> tuple[str, ...]:
    """Every value the converse of ``value`` may take, whatever the other person's gender."""
    if value in KIN_CONVERSE:
        forward = KIN_CONVERSE[value]
        backward = (key for key, values in KIN_CONVERSE.items() if value in values)
        return tuple(dict.fromkeys([*forward, *backward]))
    single = converse(value)
    return (single,) if single else ()
