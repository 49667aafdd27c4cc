"""Pairwise evidence: why two profiles are, or cannot be, the same person, with weights.

One function, :func:`assess`, scores a pair for the clustering step and, on request, records
each reason as a :class:`Reason`, so that ``prosograph why A B`` shows exactly the arithmetic
the resolver used. Contradictions (another given name, an initial that does not fit, life
dates that cannot belong to one life) are hard: their weight is ``-inf`` and no amount of
agreement elsewhere outweighs them. Only a curation decision does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from prosograph.resolve.forms import Match, NameForm, compare_parts
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
class _Pair:
    value: float
    left: NameForm
    right: NameForm
    given: Match
    patronymic: Match


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
            reasons.append(
                Reason(
                    "surname",
                    CONFLICT,
                    f"no surname in common ({_texts(a)} / {_texts(b)})",
                )
            )
        return CONFLICT
    best: _Pair | None = None
    clash: tuple[NameForm, NameForm, str] | None = None
    for surname in shared:
        for left in a.by_surname[surname]:
            if left.given is None:
                continue
            for right in b.by_surname[surname]:
                if right.given is None:
                    continue
                given = compare_parts(left.given, right.given)
                if given is Match.CONFLICT:
                    clash = clash or (left, right, "given name")
                    continue
                patronymic = compare_parts(left.patronymic, right.patronymic)
                if patronymic is Match.CONFLICT:
                    clash = clash or (left, right, "patronymic")
                    continue
                value = _GIVEN_WEIGHT[given] + _PATRONYMIC_WEIGHT[patronymic]
                if best is None or value > best.value:
                    best = _Pair(value, left, right, given, patronymic)
    if reasons is not None:
        forms = a.by_surname[shared[0]], b.by_surname[shared[0]]
        left_text = next(iter(forms[0])).text
        right_text = next(iter(forms[1])).text
        reasons.append(
            Reason(
                "surname",
                SURNAME_WEIGHT,
                f"same surname ({left_text} / {right_text}, key {shared[0]!r})",
            )
        )
    if best is None and clash is not None:
        if reasons is not None:
            left, right, part = clash
            reasons.append(
                Reason(
                    part.replace(" ", "-"),
                    CONFLICT,
                    f"{part}s differ: {left.text} / {right.text}",
                )
            )
        return CONFLICT
    if best is None:
        if reasons is not None:
            reasons.append(
                Reason("given-name", 0.0, "only the surname is known on one side: weak evidence")
            )
        return SURNAME_WEIGHT
    if reasons is not None:
        _name_reasons(best, reasons)
    return SURNAME_WEIGHT + best.value


def _name_reasons(best: _Pair, reasons: list[Reason]) -> None:
    words = {
        Match.EQUAL: "the same",
        Match.SIMILAR: "close variants",
        Match.INITIAL: "compatible (initial)",
    }
    pair = f"{best.left.text} / {best.right.text}"
    if best.given in words:
        reasons.append(
            Reason(
                "given-name", _GIVEN_WEIGHT[best.given], f"given names {words[best.given]}: {pair}"
            )
        )
    if best.patronymic in words:
        reasons.append(
            Reason(
                "patronymic",
                _PATRONYMIC_WEIGHT[best.patronymic],
                f"patronymics {words[best.patronymic]}: {pair}",
            )
        )


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
        reasons.append(
            Reason(
                "context", weight, f"named alongside the same people: {', '.join(sorted(shared))}"
            )
        )
    return weight


def _years(values: set[int]) -> str:
    return "/".join(str(year) for year in sorted(values))


def _texts(profile: Profile) -> str:
    return ", ".join(sorted({form.text for form in profile.forms()})[:3])
