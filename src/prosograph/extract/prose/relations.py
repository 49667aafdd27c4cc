"""Relations between people that are not family: succession, alliance, rivalry, enmity,
denunciation, executions ordered or approved, working under someone, informing.

Each pattern names the other person in a slot ("succeeding Felix Dzerzhinsky", "a political
ally of Grigory Zinoviev", "denouncing Lavrentiy Beria", "ordered the execution of the former
Tsar Nicholas II", "acting under Felix Dzerzhinsky", "Zinoviev's rival, Leon Trotsky"); the
value reads "subject VALUE other person" (CONTRACT.md). "succeeding X" gives the same fact
as an infobox ``Predecessor`` line (``succeeded`` X); ``adopt_infobox_dates`` gives it the
infobox's date so the store merges the two sources into one fact.

Relations that last (ally, rival, enemy, worked under) take the date the clause gives as
the start of an interval when the clause tells of a beginning ("was appointed … acting
under"), else as the point the text observed them at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from prosograph.extract.prose.agents import agents, clause_subject, object_pronoun, subject_after
from prosograph.extract.prose.claims import claim, event_date, open_frames
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.dating import as_interval, frame_date
from prosograph.extract.prose.frames import Frame
from prosograph.extract.prose.hedges import first_person
from prosograph.extract.prose.people import person_at, span_person
from prosograph.extract.prose.view import SentenceView
from prosograph.models import DateValue, Factoid

_TRIGGER = re.compile(
    r"succeed|replac|all(?:y|ies|ied)|rival|enem|enmity|conflict|denounc|tirade|polemic"
    r"|execution|execute|under\s|informant|informed\s+on|testified|reported|coordination"
    r"|cooperation|co-operation|collaboration|['’]s\s+(?:deputy|secretary|assistant)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A relation pattern: the regex ending where the other person is named, the value,
    who the agent is (``verb``: the verb's subject; ``main``: the main clause's subject),
    whether the relation lasts, and its confidence."""

    regex: re.Pattern[str]
    value: str
    agent: str = "verb"
    lasting: bool = False
    confidence: float = 0.8


_PATTERNS: tuple[_Pattern, ...] = (
    _Pattern(re.compile(r"\b(?:succeeding|succeeded)\s+(?!in\b|to\b|by\b|as\b)"), "succeeded"),
    _Pattern(
        re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:succeeded|replaced)\s+by\s+"), "succeeded by"
    ),
    _Pattern(re.compile(r"\b(?:replacing|replaced)\s+(?!by\b)"), "succeeded"),
    _Pattern(
        re.compile(
            r"\b(?:an?|the)\s+(?:(?:\w+|close|political|staunch)\s+)?all(?:y|ies)"
            r"\s+of\s+"
        ),
        "ally of",
        lasting=True,
    ),
    _Pattern(re.compile(r"\ballied\s+(?:himself\s+|herself\s+)?with\s+"), "ally of", lasting=True),
    _Pattern(
        re.compile(r"\b(?:an?|the)\s+(?:\w+\s+)?rivals?\s+(?:of|to)\s+"), "rival of", lasting=True
    ),
    _Pattern(re.compile(r"\brivalry\s+with\s+"), "rival of", lasting=True),
    _Pattern(
        re.compile(r"\b(?:into|in)\s+(?:an?\s+)?(?:\w+\s+)?conflict\s+with\s+"),
        "rival of",
        lasting=True,
    ),
    _Pattern(
        re.compile(r"\b(?:an?|the)\s+(?:\w+\s+)?enem(?:y|ies)\s+of\s+"), "enemy of", lasting=True
    ),
    _Pattern(re.compile(r"\b(?:denounc(?:ed|ing)|condemn(?:ed|ing))\s+"), "denounced"),
    _Pattern(
        re.compile(
            r"\b(?:wrote|published|launched)\s+(?:an?\s+)?(?:\w+\s+)?"
            r"(?:tirade|polemic|attack|diatribe|pamphlet|denunciation)\s+against\s+"
        ),
        "denounced",
    ),
    _Pattern(
        re.compile(
            r"\border(?:ed|ing)\s+the\s+(?:\w+\s+)?(?:execution|shooting|killing)"
            r"\s+of\s+"
        ),
        "ordered the execution of",
    ),
    _Pattern(
        re.compile(
            r"\bapproved\s+(?:the|an?)\s+(?:[\w-]+\s+){0,12}?(?:to\s+execute"
            r"|execution\s+of)\s+"
        ),
        "approved the execution of",
    ),
    _Pattern(
        re.compile(
            r"\b(?:acting|working|worked|served|serving|operating)\s+(?:directly\s+)?"
            r"under\s+"
        ),
        "worked under",
        agent="main",
        lasting=True,
    ),
    _Pattern(
        re.compile(
            r"\b(?:member|deputy|assistant|secretary|commissar|officer|official)"
            r"\s+(?:of\s+(?:the\s+)?[\w\s'’-]{0,80}?\s+)?under\s+"
        ),
        "worked under",
        agent="main",
        lasting=True,
    ),
    _Pattern(
        re.compile(
            r"\b(?:informant|informer)\s+against\s+|\binformed\s+on\s+"
            r"|\btestified\s+against\s+"
        ),
        "informant against",
    ),
    _Pattern(re.compile(r"\breported\b[^,;:]{0,60}?\bto\s+(?=[A-Z])"), "reported to"),
    _Pattern(
        re.compile(
            r"\bin\s+(?:close\s+)?(?:coordination|cooperation|co-operation"
            r"|collaboration|concert)\s+with\s+"
        ),
        "coordinated with",
        agent="main",
    ),
)
#: "X's deputy Y": Y VALUE X.
_ROLE_OF = re.compile(r"['’]s?\s+(?P<role>deputy|secretary|assistant|rival|ally)(?:\s*,)?\s+")
#: "X's and Y's mutual enmity": X enemy of Y.
_MUTUAL = re.compile(
    r"['’]s?\s+and\s+(?P<other>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s?\s+(?:mutual\s+)?"
    r"(?P<noun>enmity|rivalry|hostility|feud|alliance|friendship)"
)
_NOUN_VALUE = {
    "enmity": "enemy of",
    "hostility": "enemy of",
    "feud": "enemy of",
    "rivalry": "rival of",
    "alliance": "ally of",
    "friendship": "ally of",
}
_ROLE_VALUE = {
    "deputy": "deputy of",
    "secretary": "secretary of",
    "assistant": "assistant of",
    "rival": "rival of",
    "ally": "ally of",
}
_BEGINS = re.compile(r"\b(?:appointed|named|made|became|elected|joined|promoted|transferred)\b")
_REFLEXIVE = re.compile(r"\b(?:himself|herself)\s+$")
_PREDECESSOR_KEYS = ("succeeded", "succeeded by")


def read_relations(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Relation facts (other than family) of one sentence."""
    if _TRIGGER.search(view.text) is None or first_person(view.text):
        return []
    facts: list[Factoid] = []
    for pattern in _PATTERNS:
        for match in pattern.regex.finditer(view.text):
            facts.extend(_related(view, context, pattern, match))
    facts.extend(_roles(view, context))
    facts.extend(_mutual(view, context))
    return facts


def _agents_of(
    view: SentenceView, context: DocumentContext, pattern: _Pattern, start: int
) -> list[str]:
    """Who the relation is about: the verb's subject, or the main clause's subject."""
    text = view.text
    if pattern.agent == "main":
        found = clause_subject(view, context, start)
        return found or subject_after(view, context, start)
    pronoun = object_pronoun(context)
    if re.search(rf"\b(?:brought|drew|led|put)\s+{pronoun}\s+$", text[:start]):
        return ["subject"] if context.has_subject else []
    if _REFLEXIVE.search(text, 0, start) or re.search(
        r"\bmaking\s+(?:himself|herself)\s", text[max(0, start - 30) : start]
    ):
        return clause_subject(view, context, start)
    return agents(view, context, start)


def _related(
    view: SentenceView, context: DocumentContext, pattern: _Pattern, match: re.Match[str]
) -> list[Factoid]:
    other = person_at(view, context, match.end())
    if other is None or other.start - match.end() > 60:
        return []
    facts: list[Factoid] = []
    who = _agents_of(view, context, pattern, match.start())
    for frame in open_frames(
        view, context, match.start(), other.end, base=pattern.confidence, who=who
    ):
        if frame.agent == other.key:
            continue
        date = _date(view, context, frame, pattern)
        facts.append(
            claim(view, context, frame, "relation", pattern.value, date=date, other=other.key)
        )
    return facts


def _date(
    view: SentenceView, context: DocumentContext, frame: Frame, pattern: _Pattern
) -> DateValue | None:
    if not pattern.lasting:
        return event_date(view, context, frame)
    begins = _BEGINS.search(view.text, frame.window[0], frame.start)
    if begins is None:
        return event_date(view, context, frame)
    return as_interval(frame_date(view, context, begins.start(), frame.window))


def _roles(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """ "Yurovsky's deputy Nikulin", "Zinoviev's rival, Leon Trotsky": the second person
    holds the role towards the first."""
    facts: list[Factoid] = []
    text = view.text
    for span in view.persons():
        role = _ROLE_OF.match(text, span.end)
        if role is None:
            continue
        owner = span_person(context, span.text)
        named = person_at(view, context, role.end(), allow_single=True)
        if owner is None or named is None or owner == named.key:
            continue
        value = _ROLE_VALUE[role.group("role")]
        for frame in open_frames(view, context, span.start, named.end, base=0.7, who=[named.key]):
            facts.append(claim(view, context, frame, "relation", value, other=owner))
    return facts


def _mutual(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """ "Kedrov's and Beria's mutual enmity": the first is the enemy of the second."""
    facts: list[Factoid] = []
    text = view.text
    for span in view.persons():
        found = _MUTUAL.match(text, span.end)
        if found is None:
            continue
        first = span_person(context, span.text)
        second = span_person(context, found.group("other"))
        if first is None or second is None or first == second:
            continue
        value = _NOUN_VALUE[found.group("noun")]
        for frame in open_frames(view, context, span.start, found.end(), base=0.7, who=[first]):
            facts.append(claim(view, context, frame, "relation", value, other=second))
    return facts


def adopt_infobox_dates(facts: list[Factoid], infobox_facts: list[Factoid]) -> list[Factoid]:
    """Prose succession facts without a date take the date of the same infobox fact (same
    subject, value and other person), so that the store merges them into one fact with
    two sources (issue 5)."""
    dated = {
        (f.subject, f.value, f.other): f.date
        for f in infobox_facts
        if f.type == "relation" and f.value in _PREDECESSOR_KEYS and f.date is not None
    }
    adopted: list[Factoid] = []
    for fact in facts:
        key = (fact.subject, fact.value, fact.other)
        if fact.type == "relation" and fact.date is None and key in dated:
            fact = replace(fact, date=dated[key])
        adopted.append(fact)
    return adopted
