"""The infobox key table: which role a key such as ``Termstart2`` or ``Birth Place`` plays.

Articles spell the same field many ways (``Birth Date``/``Born``/``Date of birth``,
``Term Start1``/``Termstart1``) and number office groups with a digit suffix. Keys are
compared in a canonical form (lower case, letters and digits only) and the suffix is
split off generically, so unseen variants such as ``Preceded By3`` still find their role;
a key with no known role is an attribute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Roles that belong to a numbered office group.
GROUP_ROLES: frozenset[str] = frozenset(
    {"office", "order", "term_start", "term_end", "term", "predecessor", "successor", "extra"}
)


#: Office-qualifying keys whose values are people (``Premier``), not places or numbers.
PERSON_QUALIFIERS: tuple[str, ...] = (
    "premier",
    "primeminister",
    "president",
    "vicepresident",
    "chancellor",
    "monarch",
    "governor",
    "governorgeneral",
    "lieutenant",
    "deputy",
    "leader",
    "chairman",
    "secretary",
    "minister",
    "alongside",
    "servedwith",
    "appointer",
    "nominator",
    "runningmate",
)

_ROLES: dict[str, tuple[str, ...]] = {
    "office": ("office", "officename"),
    "order": ("order",),
    "term_start": ("termstart", "termbegin", "startterm", "tookoffice", "termstarted"),
    "term_end": ("termend", "endterm", "leftoffice", "termended"),
    "term": ("term", "terms", "termofoffice", "inoffice"),
    "predecessor": ("predecessor", "precededby", "preceded", "predecessors"),
    "successor": ("successor", "succeededby", "succeeded", "successors"),
    # Keys that qualify an office (who else served, where): attributes with the office's date.
    "extra": (
        *PERSON_QUALIFIERS,
        "constituency",
        "majority",
        "appointed",
        "nominated",
        "termlength",
        "status",
        "parliament",
        "assembly",
        "riding",
        "district",
        "state",
        "succeeding",
        "preceding",
    ),
    "birth_date": ("birthdate", "born", "dateofbirth", "birth"),
    "birth_place": ("birthplace", "placeofbirth"),
    "death_date": ("deathdate", "died", "dateofdeath", "death"),
    "death_place": ("deathplace", "placeofdeath"),
    "death_cause": ("deathcause", "causeofdeath", "deathmanner", "mannerofdeath"),
    "burial": ("restingplace", "burialplace", "placeofburial", "buried", "burial"),
    "residence": ("residence", "residences", "placeofresidence"),
    "sentence": ("criminalpenalty", "penalty", "sentence", "criminalsentence"),
    "birth_name": ("birthname",),
    "native_name": ("nativename", "namenative"),
    "alias": (
        "othernames",
        "othername",
        "alias",
        "aliases",
        "pseudonym",
        "pseudonyms",
        "nickname",
        "nicknames",
        "penname",
        "fullname",
        "name",
    ),
    "spouse": ("spouse", "spouses", "wife", "wives", "husband", "husbands"),
    "partner": ("partner", "partners", "domesticpartner"),
    "children": ("children", "child", "issue", "sons", "daughters"),
    "parents": ("parents", "parent", "father", "mother"),
    "relatives": ("relatives", "relations", "family"),
    "party": ("party", "otherparty", "politicalparty", "otherpoliticalparty", "parties"),
    "education": ("almamater", "education", "almamaters"),
    "occupation": ("occupation", "occupations", "field", "fields", "profession", "professions"),
}

_ROLE_OF_BASE: dict[str, str] = {base: role for role, bases in _ROLES.items() for base in bases}
_NUMBERED = re.compile(r"^(?P<base>[a-z]+)(?P<number>\d+)$")


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What a key means: its role, canonical base, and group number (None if unnumbered).

    ``role`` is a key of the table above, or ``attribute`` for keys with no type of their own.
    """

    role: str
    base: str
    number: int | None


def canonical_key(key: str) -> str:
    """``Term Start1`` -> ``termstart1``: case, spaces and punctuation do not matter."""
    return "".join(ch for ch in key.lower() if ch.isalnum())


def classify_key(key: str) -> KeyInfo:
    """The role of an infobox key, with the number suffix of ``<base><digits>`` split off."""
    canonical = canonical_key(key)
    if canonical in _ROLE_OF_BASE:
        return KeyInfo(_ROLE_OF_BASE[canonical], canonical, None)
    match = _NUMBERED.match(canonical)
    if match:
        base = match.group("base")
        return KeyInfo(_ROLE_OF_BASE.get(base, "attribute"), base, int(match.group("number")))
    return KeyInfo("attribute", canonical, None)
