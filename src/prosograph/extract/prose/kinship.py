"""Family relations from prose: "the deposed Emperor Nicholas II, his wife Empress
Alexandra, and their five children Olga, Tatiana, …", "Elizabeth Poretsky, widow of …
Ignace Reiss", "The third son, Igor, was a Chekist", "Yurovsky's wife Maria", "was the son
of …", "married …".

A relation reads "subject VALUE other" (``son of``, ``father of``, ``wife of``,
``husband of``, ``widow of``…), and, where both people are persons of the document, the
converse is stated too ("Igor son of Mikhail" and "Mikhail father of Igor"), with the
gender the text gives (his/her, wife/husband, the document's pronoun for its subject);
where it gives none, the converse is the neutral ``parent of`` or ``child of``.

A child named by a given name alone ("The third son, Igor") carries the family's surname
(the parent's, for a son), so that later mentions ("Mikhail and Igor Kedrov") find him.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.prose.agents import agents
from prosograph.extract.prose.claims import claim, event_date, open_frames
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.dating import as_interval
from prosograph.extract.prose.hedges import first_person
from prosograph.extract.prose.names import surname_of
from prosograph.extract.prose.people import name_list_at, person_at, register_single, span_person
from prosograph.extract.prose.view import SentenceView
from prosograph.models import Factoid
from prosograph.relation_types import KIN_CONVERSE, converse

_TRIGGER = re.compile(
    r"\b(?:wife|husband|son|daughter|father|mother|brother|sister|widow|widower|children"
    r"|married|parents)\b",
    re.IGNORECASE,
)
_KIN = r"wife|husband|son|daughter|father|mother|brother|sister|widow|widower"
_POSSESSED = re.compile(
    rf"\b(?P<owner>[Hh]is|[Hh]er)\s+(?:(?:eldest|elder|younger|youngest|only|first|second|third"
    rf"|fourth|late)\s+)?(?P<kin>{_KIN})(?:\s*,)?\s+(?=[A-Z])"
)
_OWNER_KIN = re.compile(rf"(?P<kin>{_KIN})(?:\s*,)?\s+(?=[A-Z])")
_KIN_OF = re.compile(
    rf"(?:,\s+|\b(?:was|is)\s+)(?:the\s+|a\s+|an\s+)?(?:(?:eldest|elder|younger|youngest|only"
    rf"|first|second|third|fourth|fifth)\s+)?(?P<kin>{_KIN})\s+of\s+"
)
_NTH_CHILD = re.compile(
    r"^(?:The|His|Her)\s+(?:(?:eldest|elder|younger|youngest|only|first|second|third"
    r"|fourth|fifth)\s+)?(?P<kin>son|daughter),\s+(?P<name>[A-Z][a-z]+),"
)
_CHILDREN = re.compile(
    r"\b(?P<owner>[Tt]heir|[Hh]is|[Hh]er)\s+(?:\w+\s+)?(?P<kin>children|sons|daughters)(?:\s*,)?\s+(?=[A-Z])"
)
_MARRIED = re.compile(r"\b(?P<verb>married|wed)\s+(?=[A-Z]|the\s|a\s)")
_MALE = frozenset({"son", "father", "husband", "brother", "widower", "he", "his", "him"})
_FEMALE = frozenset({"daughter", "mother", "wife", "sister", "widow", "she", "her"})
#: Gender a relation value tells about its own subject.
_SUBJECT_GENDER = {
    "son of": "m",
    "father of": "m",
    "husband of": "m",
    "brother of": "m",
    "widower of": "m",
    "daughter of": "f",
    "mother of": "f",
    "wife of": "f",
    "sister of": "f",
    "widow of": "f",
}

#: Gender a spouse relation tells about its other person ("X wife of Y": Y is a man).
_SPOUSE_GENDER = {"wife of": "m", "widow of": "m", "husband of": "f", "widower of": "f"}


@dataclass(frozen=True, slots=True)
class _Link:
    """One stated family link: ``person`` is ``value`` ``other``, at ``[start, end)``."""

    person: str
    value: str
    other: str
    start: int
    end: int
    marriage: bool = False  # a wedding: the relation is dated from it on


def read_kinship(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Family relation facts of one sentence, both directions."""
    if _TRIGGER.search(view.text) is None or first_person(view.text):
        return []
    links: list[_Link] = []
    links.extend(_possessed(view, context))
    links.extend(_owner_kin(view, context))
    links.extend(_kin_of(view, context))
    links.extend(_nth_child(view, context))
    links.extend(_children(view, context, links))
    links.extend(_married(view, context))
    facts: list[Factoid] = []
    seen: set[tuple[str, str, str]] = set()
    for link in links:
        for person, value, other in _both_ways(context, link, links):
            if (person, value, other) in seen or person == other:
                continue
            seen.add((person, value, other))
            for frame in open_frames(view, context, link.start, link.end, base=0.75, who=[person]):
                date = as_interval(event_date(view, context, frame)) if link.marriage else None
                facts.append(claim(view, context, frame, "relation", value, date=date, other=other))
    return facts


def _value(kin: str) -> str:
    return f"{kin.casefold()} of"


def _gender(context: DocumentContext, key: str, links: list[_Link]) -> str | None:
    """``m``, ``f`` or None: what the text says of the person ``key``'s gender."""
    for link in links:
        if link.person == key and link.value in _SUBJECT_GENDER:
            return _SUBJECT_GENDER[link.value]
        if link.other == key and link.value in _SPOUSE_GENDER:
            return _SPOUSE_GENDER[link.value]
    if key == "subject":
        return "f" if "she" in context.pronouns else "m"
    return None


def _both_ways(
    context: DocumentContext, link: _Link, links: list[_Link]
) -> list[tuple[str, str, str]]:
    """The link and its converse (the converse only when it has a value)."""
    pairs = [(link.person, link.value, link.other)]
    if link.value in KIN_CONVERSE:
        value = converse(link.value, _gender(context, link.other, links))
        if value is not None:
            pairs.append((link.other, value, link.person))
    return pairs


def _possessor_before(view: SentenceView, context: DocumentContext, start: int) -> str | None:
    """Whose "his"/"her" at ``start`` is: the person named right before it in the same
    list ("Nicholas II, his wife"), else the document's subject for its own pronoun."""
    text = view.text
    for span in reversed(view.persons()):
        if span.end > start:
            continue
        gap = text[span.end : start]
        if re.fullmatch(r"\s*,\s*", gap):
            return span_person(context, span.text)
        break
    owner = text[start : start + 3].strip().casefold()
    if owner in context.pronouns and context.has_subject:
        return "subject"
    return None


def _possessed(view: SentenceView, context: DocumentContext) -> list[_Link]:
    """ "his wife Empress Alexandra", "her son, Igor Kedrov"."""
    links: list[_Link] = []
    for match in _POSSESSED.finditer(view.text):
        owner = _possessor_before(view, context, match.start())
        named = person_at(view, context, match.end(), allow_single=True)
        if owner is None or named is None:
            continue
        links.append(_Link(named.key, _value(match.group("kin")), owner, match.start(), named.end))
    return links


def _owner_kin(view: SentenceView, context: DocumentContext) -> list[_Link]:
    """ "Yurovsky's wife Maria", "Zinoviev's brother, Ivan Radomyslsky"."""
    links: list[_Link] = []
    text = view.text
    for span in view.persons():
        tail = re.match(r"['’]s?\s+", text[span.end :])
        if tail is None:
            continue
        kin = _OWNER_KIN.match(text, span.end + tail.end())
        if kin is None:
            continue
        owner = span_person(context, span.text)
        named = person_at(view, context, kin.end(), allow_single=True)
        if owner is None or named is None:
            continue
        links.append(_Link(named.key, _value(kin.group("kin")), owner, span.start, named.end))
    return links


def _kin_of(view: SentenceView, context: DocumentContext) -> list[_Link]:
    """ "Elizabeth Poretsky, widow of … Ignace Reiss", "He was the son of Sergei Kedrov"."""
    links: list[_Link] = []
    text = view.text
    for match in _KIN_OF.finditer(text):
        other = person_at(view, context, match.end())
        if other is None:
            continue
        person = _person_before(view, context, match.start())
        if person is None:
            continue
        links.append(_Link(person, _value(match.group("kin")), other.key, match.start(), other.end))
    return links


def _person_before(view: SentenceView, context: DocumentContext, start: int) -> str | None:
    """Who "…, widow of" or "was the son of" at ``start`` is about."""
    text = view.text
    if text.startswith(",", start):
        for span in reversed(view.persons()):
            if span.end <= start and text[span.end : start].strip() == "":
                return span_person(context, span.text)
            if span.end < start:
                return None
        return None
    found = agents(view, context, start)  # the match starts at its "was"
    return found[0] if len(found) == 1 else None


def _nth_child(view: SentenceView, context: DocumentContext) -> list[_Link]:
    """ "The third son, Igor, was …": a child of the document's subject, by given name."""
    match = _NTH_CHILD.match(view.text)
    subject = context.registry.subject
    if match is None or subject is None:
        return []
    if match.group(0).startswith("Her") and "she" not in context.pronouns:
        return []
    given = match.group("name")
    surname = surname_of(subject.name)
    kin = match.group("kin")
    key = context.registry.lookup(given)
    if key is None or key == "subject":
        full = f"{given} {surname}" if kin == "son" and surname else given
        key = context.registry.resolve(full) if " " in full else register_single(context, full)
        if key is None:
            return []
        context.registry.records[key].add_name(given, "name")
    return [_Link(key, _value(kin), "subject", match.start("kin"), match.end("name"))]


def _children(view: SentenceView, context: DocumentContext, links: list[_Link]) -> list[_Link]:
    """ "their five children Olga, Tatiana, …, and Alexei": children of the couple just named
    ("X, his wife Y, and their …"), or of the person "his"/"her" refers to."""
    found: list[_Link] = []
    for match in _CHILDREN.finditer(view.text):
        children = name_list_at(view, context, match.end(), allow_single=True)
        if not children or children[0].start != match.end():
            continue
        parents = _parents(view, context, match, links)
        kin = match.group("kin").casefold()
        for parent in parents:
            gender = _gender(context, parent, links)
            if gender is None:
                continue
            value = "father of" if gender == "m" else "mother of"
            for child in children:
                found.append(_Link(parent, value, child.key, match.start(), child.end))
        if kin != "children":
            for child in children:
                for parent in parents:
                    found.append(
                        _Link(child.key, _value(kin.rstrip("s")), parent, match.start(), child.end)
                    )
    return found


def _parents(
    view: SentenceView, context: DocumentContext, match: re.Match[str], links: list[_Link]
) -> list[str]:
    if match.group("owner").casefold() == "their":
        couples = [
            link
            for link in links
            if link.value in ("wife of", "husband of") and link.end <= match.start()
        ]
        return [couples[-1].person, couples[-1].other] if couples else []
    owner = _possessor_before(view, context, match.start())
    return [owner] if owner is not None else []


def _married(view: SentenceView, context: DocumentContext) -> list[_Link]:
    """ "He married Raissa Epstein": husband or wife of, by the subject's pronoun."""
    links: list[_Link] = []
    for match in _MARRIED.finditer(view.text):
        named = person_at(view, context, match.end())
        if named is None:
            continue
        for agent in agents(view, context, match.start()):
            gender = _gender(context, agent, links) if agent == "subject" else None
            if gender is None:
                continue
            value = "husband of" if gender == "m" else "wife of"
            links.append(_Link(agent, value, named.key, match.start(), named.end, marriage=True))
    return links
