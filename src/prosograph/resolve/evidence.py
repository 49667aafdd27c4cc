"""Pairwise evidence: why two profiles are, or cannot be, the same person, with weights.

One function, :func:`assess`, scores a pair for the clustering step and, on request, records
each reason as a :class:`Reason`, so that ``prosograph why A B`` shows exactly the arithmetic
the resolver used. Contradictions (another given name, an initial that does not fit, life
dates that cannot belong to one life) are hard: their weight is ``-inf`` and no amount of
agreement elsewhere outweighs them. Only a curation decision does.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from prosograph.resolve.forms import Match, Part, compare_parts
from prosograph.resolve.profile import Profile

#: A pair scoring at least this is the same person.
MERGE_SCORE = 4.0
#: A pair scoring at least this is the same person when the candidate is the only one.
UNIQUE_SCORE = 3.0
#: The best candidate must beat the runner-up by this much to be chosen.
MARGIN = 1.0
#: Birth (or death) years further apart than this belong to different people. Two years
#: absorb Old/New Style shifts around New Year and sources that disagree by one.
YEAR_TOLERANCE = 2

SURNAME_WEIGHT = 2.0
_GIVEN_WEIGHT = {Match.EQUAL: 3.0, Match.SIMILAR: 1.5, Match.INITIAL: 1.0, Match.ABSENT: 0.0}
_PATRONYMIC_WEIGHT = {Match.EQUAL: 1.5, Match.SIMILAR: 0.75, Match.INITIAL: 1.0, Match.ABSENT: 0.0}
_BIRTH_EQUAL, _BIRTH_NEAR = 2.0, 1.0
_DEATH_EQUAL, _DEATH_NEAR = 1.5, 0.75
_SHARED_ROLE, _ROLE_CAP = 0.5, 1.0
_SHARED_CONTEXT, _CONTEXT_CAP = 0.5, 1.5

CONFLICT = -math.inf


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence: a short code, its weight (``-inf`` when decisive against) and a
    sentence saying what was compared."""

    code: str
    weight: float
    detail: str


@dataclass(frozen=True, slots=True)
class _Best:
    value: float
    surname: str
    given: Match
    patronymic: Match
    witnesses: tuple[Part | None, Part | None, Part | None, Part | None]


_Witness = tuple[Part | None, Part | None]


def assess(a: Profile, b: Profile, reasons: list[Reason] | None = None) -> float:
    """The score of the pair, ``-inf`` on a contradiction; appends reasons when given a list.

    Without a list the function takes the fast path the clustering step needs: it stops at
    the first contradiction and builds no strings.
    """
    score = _names(a, b, reasons)
    if score == CONFLICT and reasons is None:
        return CONFLICT
    dates = _dates(a, b, reasons)
    if dates == CONFLICT or score == CONFLICT:
        return CONFLICT
    return score + dates + _roles(a, b, reasons) + _context(a, b, reasons)


def _names(a: Profile, b: Profile, reasons: list[Reason] | None) -> float:
    if len(a.by_surname) > len(b.by_surname):
        shared = [key for key in b.by_surname if key in a.by_surname]
    else:
        shared = [key for key in a.by_surname if key in b.by_surname]
    if not shared:
        if reasons is not None:
            detail = f"no surname in common ({_texts(a)} / {_texts(b)})"
            reasons.append(Reason("surname", CONFLICT, detail))
        return CONFLICT
    best: _Best | None = None
    clash: tuple[str, _Witness] | None = None
    for surname in shared:
        left, right = a.by_surname[surname], b.by_surname[surname]
        given, given_parts = relate(
            left.given, left.given_initials, right.given, right.given_initials
        )
        if given is Match.CONFLICT:
            clash = clash or ("given name", given_parts)
            continue
        patronymic, patronymic_parts = relate(
            left.patronymic, left.patronymic_initials, right.patronymic, right.patronymic_initials
        )
        if patronymic is Match.CONFLICT:
            clash = clash or ("patronymic", patronymic_parts)
            continue
        value = _GIVEN_WEIGHT[given] + _PATRONYMIC_WEIGHT[patronymic]
        if best is None or value > best.value:
            best = _Best(value, surname, given, patronymic, (*given_parts, *patronymic_parts))
    if reasons is not None:
        surname = best.surname if best is not None else shared[0]
        pair = f"{a.by_surname[surname].texts[0]} / {b.by_surname[surname].texts[0]}"
        reasons.append(Reason("surname", SURNAME_WEIGHT, f"same surname ({pair})"))
    if best is None and clash is not None:
        if reasons is not None:
            part, (left_part, right_part) = clash
            detail = f"{part}s differ: {_part_text(left_part)} / {_part_text(right_part)}"
            reasons.append(Reason(part.replace(" ", "-"), CONFLICT, detail))
        return CONFLICT
    assert best is not None
    if reasons is not None:
        _name_reasons(best, reasons)
    return SURNAME_WEIGHT + best.value


def relate(
    full_a: Mapping[str, Part],
    initials_a: AbstractSet[Part],
    full_b: Mapping[str, Part],
    initials_b: AbstractSet[Part],
) -> tuple[Match, _Witness]:
    """How two sides' given names (or patronymics) relate, with the parts that show it.

    Full names are compared with full names when both sides have them; otherwise every
    initial of one side must fit a full name of the other; two sides known only by
    initials must agree on every initial.
    """
    if full_a and full_b:
        for key, part in full_a.items():
            if key in full_b:
                return Match.EQUAL, (part, full_b[key])
        for part_a in full_a.values():
            for part_b in full_b.values():
                if compare_parts(part_a, part_b) is Match.SIMILAR:
                    return Match.SIMILAR, (part_a, part_b)
        return Match.CONFLICT, (next(iter(full_a.values())), next(iter(full_b.values())))
    if full_a and initials_b:
        return _initials_fit(initials_b, full_a, flip=True)
    if full_b and initials_a:
        return _initials_fit(initials_a, full_b, flip=False)
    if initials_a and initials_b:
        for part_a in initials_a:
            for part_b in initials_b:
                if compare_parts(part_a, part_b) is Match.CONFLICT:
                    return Match.CONFLICT, (part_a, part_b)
        return Match.INITIAL, (next(iter(initials_a)), next(iter(initials_b)))
    return Match.ABSENT, (None, None)


def _initials_fit(
    initials: AbstractSet[Part], full: Mapping[str, Part], *, flip: bool
) -> tuple[Match, _Witness]:
    witness: _Witness = (None, None)
    for initial in initials:
        fitting = [part for part in full.values() if compare_parts(part, initial) is Match.INITIAL]
        pair = (initial, fitting[0] if fitting else next(iter(full.values())))
        witness = (pair[1], pair[0]) if flip else pair
        if not fitting:
            return Match.CONFLICT, witness
    return Match.INITIAL, witness


def _part_text(part: Part | None) -> str:
    return part.text if part is not None and part.text else "?"


def _name_reasons(best: _Best, reasons: list[Reason]) -> None:
    words = {
        Match.EQUAL: "the same",
        Match.SIMILAR: "close variants",
        Match.INITIAL: "compatible (initial)",
    }
    given_a, given_b, patronymic_a, patronymic_b = best.witnesses
    if best.given in words:
        pair = f"{_part_text(given_a)} / {_part_text(given_b)}"
        weight = _GIVEN_WEIGHT[best.given]
        reasons.append(Reason("given-name", weight, f"given names {words[best.given]}: {pair}"))
    else:
        reasons.append(
            Reason("given-name", 0.0, "only the surname is known on one side: weak evidence")
        )
    if best.patronymic in words:
        pair = f"{_part_text(patronymic_a)} / {_part_text(patronymic_b)}"
        weight = _PATRONYMIC_WEIGHT[best.patronymic]
        detail = f"patronymics {words[best.patronymic]}: {pair}"
        reasons.append(Reason("patronymic", weight, detail))


def _dates(a: Profile, b: Profile, reasons: list[Reason] | None) -> float:
    total = 0.0
    for label, mine, theirs, equal, near in (
        ("birth", a.births, b.births, _BIRTH_EQUAL, _BIRTH_NEAR),
        ("death", a.deaths, b.deaths, _DEATH_EQUAL, _DEATH_NEAR),
    ):
        if not mine or not theirs:
            continue
        gap = max(abs(max(mine) - min(theirs)), abs(max(theirs) - min(mine)))
        years = f"{_years(mine)} / {_years(theirs)}"
        if gap > YEAR_TOLERANCE:
            if reasons is None:
                return CONFLICT
            reasons.append(Reason(f"{label}-year", CONFLICT, f"{label} years differ: {years}"))
            total = CONFLICT
        elif gap == 0:
            total += equal
            if reasons is not None:
                reasons.append(Reason(f"{label}-year", equal, f"same {label} year: {years}"))
        else:
            total += near
            if reasons is not None:
                reasons.append(
                    Reason(f"{label}-year", near, f"{label} years within {gap}: {years}")
                )
    for died, born in ((a.deaths, b.births), (b.deaths, a.births)):
        if died and born and max(died) < min(born):
            if reasons is None:
                return CONFLICT
            detail = f"died {_years(died)}, before the other was born ({_years(born)})"
            reasons.append(Reason("lifespan", CONFLICT, detail))
            total = CONFLICT
    return total


def _roles(a: Profile, b: Profile, reasons: list[Reason] | None) -> float:
    if not a.roles or not b.roles:
        return 0.0
    shared = sorted(a.roles & b.roles)
    if not shared:
        return 0.0
    weight = min(_ROLE_CAP, _SHARED_ROLE * len(shared))
    if reasons is not None:
        reasons.append(Reason("role", weight, f"shared roles: {', '.join(shared)}"))
    return weight


def _context(a: Profile, b: Profile, reasons: list[Reason] | None) -> float:
    if not a.context or not b.context:
        return 0.0
    small, large = (
        (a.context, b.context) if len(a.context) < len(b.context) else (b.context, a.context)
    )
    shared = [key for key in small if key in large]
    if not shared:
        return 0.0
    weight = min(_CONTEXT_CAP, _SHARED_CONTEXT * len(shared))
    if reasons is not None:
        people = ", ".join(sorted({surname for surname, _ in shared}))
        reasons.append(Reason("context", weight, f"named alongside the same people: {people}"))
    return weight


def _years(values: AbstractSet[int]) -> str:
    return "/".join(str(year) for year in sorted(values))


def _texts(profile: Profile) -> str:
    return ", ".join(sorted(set(profile.texts()))[:3])
