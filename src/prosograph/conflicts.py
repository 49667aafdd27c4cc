"""Where sources disagree about one person: find the claims, never pick a winner.

Works on the facts of a person object (../shared/CONTRACT.md) and returns the contract's
conflict objects, whose ``fact`` fields index that person's ``facts`` list.

What agrees and is therefore *not* a conflict: dates that differ only in precision
(``1918`` and ``1918-07-17``: their day ranges overlap), the two calendar forms of one day
(dates are compared in the Gregorian calendar), and a place inside a larger place
(``Moscow`` and ``Moscow, Russian SFSR``: one names a part of the other).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from prosograph.names import name_key

Fact = dict[str, Any]

#: Events a person has at most once: two incompatible dates or places are a disagreement.
_ONCE = ("birth", "death", "execution", "burial")

#: What can happen after a death: an execution or burial record, a rehabilitation, a
#: posthumous reinstatement in a party.
_POSTHUMOUS_OK = frozenset({"death", "execution", "burial", "rehabilitation", "readmission"})

_PARTY_WORDS = re.compile(r"\b(party|rsdlp|rcp|cpsu|bolshevik\w*|communist)\b")


def _day_range(fact: Fact) -> tuple[str, str] | None:
    start, end = fact.get("start"), fact.get("end")
    if start is None and end is None:
        return None
    return (start or "0000-01-01", end or "9999-12-31")


def _dates_agree(a: Fact, b: Fact) -> bool:
    """True when the two facts' possible day ranges overlap (or either has no date)."""
    ra, rb = _day_range(a), _day_range(b)
    if ra is None or rb is None:
        return True
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _place_parts(place: str) -> list[str]:
    return [name_key(part) for part in place.split(",") if name_key(part)]


def places_agree(a: str | None, b: str | None) -> bool:
    """True unless both places are known and neither names a part of the other."""
    if not a or not b:
        return True
    pa, pb = _place_parts(a), _place_parts(b)
    if not pa or not pb:
        return True
    if set(pa) & set(pb):
        return True
    joined_a, joined_b = " ".join(pa), " ".join(pb)
    return pa[0] in joined_b or pb[0] in joined_a


def _claim(index: int, fact: Fact, value: str | None = None) -> dict[str, Any]:
    return {
        "fact": index,
        "value": value if value is not None else fact["value"],
        "date": fact.get("date"),
        "place": fact.get("place"),
        "sources": [
            {"document": s["document"], "span": s["span"], "text": s["text"]}
            for s in fact["sources"]
        ],
    }


def _conflict(slot: str, claims: list[dict[str, Any]]) -> dict[str, Any]:
    return {"slot": slot, "claims": claims, "status": "unresolved"}


def _pairwise(
    facts: list[tuple[int, Fact]], agree: Any, slot: str, field: str
) -> list[dict[str, Any]]:
    """One conflict per slot listing every claim that disagrees with another claim."""
    disputed: set[int] = set()
    for i, (ia, a) in enumerate(facts):
        for ib, b in facts[i + 1 :]:
            if not agree(a, b):
                disputed.update((ia, ib))
    if not disputed:
        return []
    claims = [
        _claim(index, fact, fact.get(field) or fact["value"])
        for index, fact in facts
        if index in disputed
    ]
    return [_conflict(slot, claims)]


def _once_conflicts(facts: list[Fact]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = []
    for fact_type in _ONCE:
        group = [(i, f) for i, f in enumerate(facts) if f["type"] == fact_type]
        dated = [(i, f) for i, f in group if f.get("start") or f.get("end")]
        result += _pairwise(dated, _dates_agree, f"date of {fact_type}", "date")
        placed = [(i, f) for i, f in group if f.get("place")]
        result += _pairwise(
            placed,
            lambda a, b: places_agree(a["place"], b["place"]),
            f"place of {fact_type}",
            "place",
        )
    return result


def _same_body(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if ka == kb or ka in kb or kb in ka:
        return True
    pa, pb = set(_PARTY_WORDS.findall(ka)), set(_PARTY_WORDS.findall(kb))
    return bool(pa & pb) and ("party" in pa or "party" in pb)


def _membership_conflicts(facts: list[Fact]) -> list[dict[str, Any]]:
    """A membership said to last across the date of an expulsion from the same body."""
    result = []
    for ie, expulsion in enumerate(facts):
        if expulsion["type"] != "expulsion" or not expulsion.get("start"):
            continue
        for im, member in enumerate(facts):
            if member["type"] != "membership" or not _same_body(
                member["value"], expulsion["value"]
            ):
                continue
            start, end = member.get("start"), member.get("end")
            if start and end and start < expulsion["start"] and expulsion["end"] < end:
                result.append(
                    _conflict(
                        f"membership of {member['value']}",
                        [
                            _claim(im, member),
                            _claim(ie, expulsion, f"expelled: {expulsion['value']}"),
                        ],
                    )
                )
    return result


def _lifetime_conflicts(facts: list[Fact]) -> list[dict[str, Any]]:
    """Facts dated wholly before birth, and offices or events begun after death."""
    births = [(i, f) for i, f in enumerate(facts) if f["type"] == "birth" and f.get("start")]
    deaths = [(i, f) for i, f in enumerate(facts) if f["type"] == "death" and f.get("end")]
    result = []
    skip = {"birth", "alias", "attribute", "other", "relation"}
    for index, fact in enumerate(facts):
        if fact["type"] in skip:
            continue
        for ib, birth in births:
            if fact.get("end") and fact["end"] < birth["start"]:
                result.append(
                    _conflict(
                        f"{fact['type']} before birth", [_claim(ib, birth), _claim(index, fact)]
                    )
                )
        for idd, death in deaths:
            if fact["type"] in _POSTHUMOUS_OK:
                continue
            if fact.get("start") and fact["start"] > death["end"]:
                result.append(
                    _conflict(
                        f"{fact['type']} after death", [_claim(idd, death), _claim(index, fact)]
                    )
                )
    return result


#: Types whose facts name a one-off event (a decision, a signed document) in their value.
_EVENT_TYPES = frozenset({"signing", "other"})

#: Capitalised words too common in event values to identify one event.
_GENERIC_WORDS = frozenset(
    {
        "central",
        "committee",
        "communist",
        "council",
        "executive",
        "party",
        "people",
        "peoples",
        "russian",
        "soviet",
        "soviets",
        "state",
        "union",
        "regional",
        "congress",
        "the",
        "declaration",
        "decree",
        "letter",
        "army",
        "revolution",
        "revolutionary",
    }
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{3,}")

#: A date this wide (days) or wider is too vague to contradict another.
_VAGUE_DAYS = 31


#: Two tellings of one event further apart than this are taken as two events.
_MAX_GAP_DAYS = 366


def _event_words(value: str) -> set[str]:
    """The event's object: the last capitalised word of the value, unless it is generic."""
    words = _CAPITALISED.findall(value)
    if not words:
        return set()
    last = words[-1].casefold().rstrip("s")
    return set() if last in _GENERIC_WORDS or last + "s" in _GENERIC_WORDS else {last}


def _near(a: Fact, b: Fact) -> bool:
    gap = abs((date.fromisoformat(a["start"]) - date.fromisoformat(b["start"])).days)
    return gap <= _MAX_GAP_DAYS


def _precise(fact: Fact) -> bool:
    start, end = fact.get("start"), fact.get("end")
    if not start or not end:
        return False
    return (date.fromisoformat(end) - date.fromisoformat(start)).days <= _VAGUE_DAYS


def _event_conflicts(facts: list[Fact]) -> list[dict[str, Any]]:
    """One event told twice with different dates: the same named object, days apart.

    Two dated event facts (a signing, a decision) whose values name the same distinctive
    thing (``the Romanovs``) but whose dates cannot be the same day disagree about when
    it happened.
    """
    events = [
        (i, f, _event_words(f["value"]))
        for i, f in enumerate(facts)
        if f["type"] in _EVENT_TYPES and _precise(f)
    ]
    result = []
    for n, (ia, a, words_a) in enumerate(events):
        for ib, b, words_b in events[n + 1 :]:
            shared = sorted(words_a & words_b)
            if shared and not _dates_agree(a, b) and _near(a, b):
                result.append(
                    _conflict(
                        f"date of the event concerning {shared[0]}", [_claim(ia, a), _claim(ib, b)]
                    )
                )
    return result


def find_conflicts(facts: Iterable[Fact]) -> list[dict[str, Any]]:
    """Every disagreement among one person's facts, each claim with its sources."""
    listed = list(facts)
    return (
        _once_conflicts(listed)
        + _membership_conflicts(listed)
        + _lifetime_conflicts(listed)
        + _event_conflicts(listed)
    )
