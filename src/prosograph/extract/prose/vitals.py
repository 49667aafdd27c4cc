"""Birth and death from prose: "was born on 7 February 1870 in Rudolfsheim", "He was shot on
10 February 1938 at Kommunarka firing range", "died of tuberculosis", "committed suicide",
and the deaths of others a sentence names ("after the death of Yakov Sverdlov", "the
execution of the former Tsar Nicholas II").

A death's value is its manner where the verb says it (``execution`` for executed or shot,
``suicide``, ``illness``, ``murder``, ``assassination``, ``killed``), else ``death``; an
execution that killed the person is also an ``execution`` fact (CONTRACT.md).
"""

from __future__ import annotations

import dataclasses
import re

from prosograph.dates import resolve_relative
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.coreference import subject_key
from prosograph.extract.prose.dating import frame_date
from prosograph.extract.prose.frames import Frame, date_of, make_fact, open_frame
from prosograph.extract.prose.modality import is_asserted
from prosograph.extract.prose.places import read_place
from prosograph.extract.prose.view import SentenceView
from prosograph.models import DateValue, Factoid

_TRIGGER = re.compile(
    r"\b(?:born|died|dies|death|execut\w*|shot|hanged|killed|murder\w*|assassinat\w*|suicide"
    r"|perished|took\s+(?:his|her)\s+own\s+life|beheaded)\b",
    re.IGNORECASE,
)
_BORN = re.compile(
    r"\b(?:(?:was|were)\s+)?(?P<verb>[Bb]orn)(?=\s+(?:on|in|at|near|into|to|\d|[A-Z][a-z]+\s+\d)"
    r"|\s*[,;.]|$)"
)
_DIED = re.compile(r"\b(?P<verb>died|perished)\b")
_CAUSE = re.compile(r"\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?P<cause>[\w -]{3,40}?)(?=[\s,.;(]|$)")
_ILLNESS = re.compile(
    r"tuberculosis|cancer|typhus|typhoid|pneumonia|illness|disease|stroke|cholera|heart"
    r"|influenza|flu|leukemia|leukaemia|cirrhosis|dysentery|malaria|infarction|sickness",
    re.IGNORECASE,
)
_EXECUTED = re.compile(
    r"\b(?:(?:was|were|been|being)\s+(?:(?:\w+ly|later|then|subsequently|eventually|finally"
    r"|also|only|soon)\s+)*|and\s+)(?P<verb>executed|shot|hanged|beheaded|guillotined)\b"
    r"(?!\s+(?:himself|herself|at\b|and\s+wounded|in\s+the\s+(?:leg|arm|head|back|chest)))"
)
_KILLED = re.compile(
    r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?|and\s+)(?P<verb>killed|murdered|assassinated)\b"
    r"(?!\s+(?:himself|herself))"
)
_SUICIDE = re.compile(
    r"\b(?P<verb>committed\s+suicide|died\s+by\s+suicide|killed\s+(?:himself|herself)"
    r"|shot\s+(?:himself|herself)"
    r"|took\s+(?:his|her)\s+own\s+life|hanged\s+(?:himself|herself))\b"
)
#: A death named as a noun, of the person named after it.
_DEATH_OF = re.compile(
    r"\b(?:the\s+)?(?:\w+\s+)?(?P<noun>death|execution|murder|assassination|killing)\s+of\s+"
)
_MURDERED_PERSON = re.compile(r"\b(?P<verb>murdered|assassinated|executed)\s+(?=\w)")
_NOUN_VALUE = {
    "death": "death",
    "execution": "execution",
    "murder": "murder",
    "assassination": "assassination",
    "killing": "killing",
}
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near)\s+")
_PERSON_GAP = 90  # how far after "execution of" the person's name may start


def read_vitals(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Birth and death facts of one sentence."""
    if _TRIGGER.search(view.text) is None:
        return []
    facts: list[Factoid] = []
    facts.extend(_births(view, context))
    facts.extend(_deaths(view, context))
    facts.extend(_deaths_named(view, context))
    return facts


def _place_after(view: SentenceView, start: int, high: int) -> str | None:
    """The first place phrase after ``in``/``at``/``near`` between ``start`` and ``high``."""
    for preposition in _PLACE_PREPOSITION.finditer(view.text, start, high):
        if view.in_date(preposition.start(), preposition.end()):
            continue
        place = read_place(view, preposition.end(), high)
        if place is not None:
            return place.text
    return None


def _births(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    for match in _BORN.finditer(view.text):
        frame = open_frame(view, context, match.start(), match.end())
        if frame is None:
            continue
        date = date_of(view, context, frame)
        place = _place_after(view, match.end(), frame.window[1])
        if date is None and place is None:
            continue
        facts.append(make_fact(view, context, frame, "birth", "birth", date=date, place=place))
    return facts


#: Where the place of a death can no longer be: the agent of the killing, a purpose, a
#: cause ("killed by a punitive expedition sent to crush the revolt in Livonia").
_DEATH_PLACE_END = re.compile(r",|\s(?:by|to|for|because|during|while)\s")


#: "by a fellow prisoner " right before a place preposition: an agent of two or three words.
_SHORT_AGENT = re.compile(
    r"\s+by\s+(?:a|an|the|his|her)\s+(?:(?![a-z]+(?:ed|ing)\b)[a-z]+\s+){1,2}(?=(?:in|at)\s)"
)
_THERE = re.compile(r"\bthere\b")


def _last_place(view: SentenceView, start: int, end: int) -> str | None:
    """The last place named between ``start`` and ``end``: what a later "there" of the
    same sentence refers to ("He settled in Ketchum, Idaho, …, and died at his house there")."""
    found = None
    for preposition in _PLACE_PREPOSITION.finditer(view.text, start, end):
        if view.in_date(preposition.start(), preposition.end()):
            continue
        place = read_place(view, preposition.end(), end)
        if place is not None:
            found = place.text
    return found


def _death_facts(
    view: SentenceView, context: DocumentContext, frame: Frame, value: str, after: int
) -> list[Factoid]:
    date = date_of(view, context, frame)
    stop = _DEATH_PLACE_END.search(view.text, after, frame.window[1])
    while stop is not None and (agent := _SHORT_AGENT.match(view.text, stop.start())):
        # "killed by a fellow prisoner in the X isolator": a short agent and then a place;
        # an agent with a verb of its own ("sent to crush the revolt in Livonia") still ends
        stop = _DEATH_PLACE_END.search(view.text, agent.end(), frame.window[1])
    high = stop.start() if stop else frame.window[1]
    place = _place_after(view, after, high)
    if place is None and _THERE.search(view.text, after, high):
        place = _last_place(view, 0, frame.start)
    facts = [make_fact(view, context, frame, "death", value, date=date, place=place)]
    if value == "execution":
        facts.append(make_fact(view, context, frame, "execution", value, date=date, place=place))
    return facts


def _deaths(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    taken: list[tuple[int, int]] = []
    for pattern, value in ((_SUICIDE, "suicide"), (_EXECUTED, "execution"), (_KILLED, None)):
        for match in pattern.finditer(view.text):
            if any(s <= match.start("verb") < e for s, e in taken):
                continue
            # "… sentenced to death and executed": the verb shares the clause's subject,
            # so the search for it starts at the verb, with "and" before it.
            start = match.start("verb") if match.group().startswith("and") else match.start()
            frame = open_frame(view, context, start, match.end())
            if frame is None:
                continue
            taken.append((match.start(), match.end()))
            manner = value or _KILLED_VALUE[match.group("verb")]
            facts.extend(_death_facts(view, context, frame, manner, match.end()))
    for match in _DIED.finditer(view.text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        frame = open_frame(view, context, match.start(), match.end())
        if frame is None:
            continue
        cause = _CAUSE.match(view.text, match.end())
        manner = (
            "illness" if cause is not None and _ILLNESS.search(cause.group("cause")) else "death"
        )
        facts.extend(_death_facts(view, context, frame, manner, match.end()))
    return facts


_KILLED_VALUE = {"killed": "killing", "murdered": "murder", "assassinated": "assassination"}


def _deaths_named(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Deaths of a person named after a noun or participle: "the execution of X", "the
    death of X", "a murdered agent X"."""
    facts: list[Factoid] = []
    for match in _DEATH_OF.finditer(view.text):
        noun = match.group("noun")
        if view.text[match.start() : match.start("noun")].strip().casefold() in ("his", "her"):
            continue
        value = _NOUN_VALUE[noun.casefold()]
        _named_death(view, context, match.start("noun"), match.end(), value, facts)
    for match in _MURDERED_PERSON.finditer(view.text):
        before = view.text[max(0, match.start() - 12) : match.start()]
        if re.search(r"\b(?:a|an|the)\s+$", before) is None:
            continue  # only the attributive participle: "a murdered agent X"
        value = _KILLED_VALUE.get(match.group("verb"), "execution")
        _named_death(view, context, match.start(), match.end(), value, facts)
    return facts


def _named_death(
    view: SentenceView,
    context: DocumentContext,
    noun: int,
    start: int,
    value: str,
    facts: list[Factoid],
) -> None:
    """Add the death of the first person named within a short gap after ``start``.

    Its date and place come only from the phrase itself ("… in Alapayevsk on 18 July"), or
    from a relative date right before the noun ("a day after the killing of X": the day
    before the date the sentence gives); the clause around it is about something else (the
    order, the candidacy), so its date is not the death's.
    """
    for span in view.persons():
        if span.start < start:
            continue
        if span.start - start > _PERSON_GAP or _possessive(view, span.end):
            break
        if not _gap_allows(view.text[start : span.start]):
            break
        agent = subject_key(view, context, span)
        if agent is None:
            return
        if not is_asserted(view.text, noun):
            return
        phrase_end = _phrase_end(view.text, span.end)
        phrase = (span.end, phrase_end)
        date = frame_date(view, context, phrase_end, phrase, after=span.end)
        if date is None:
            date = _date_before_noun(view, context, noun)
        place = _place_after(view, span.end, phrase_end)
        frame = Frame(noun, span.end, agent, phrase, 0.75)
        facts.append(make_fact(view, context, frame, "death", value, date=date, place=place))
        if value == "execution":
            facts.append(
                make_fact(view, context, frame, "execution", value, date=date, place=place)
            )
        return


_PHRASE_END = re.compile(
    r"[;:()]|,\s+(?:\w+ing|which|who|after|before|to|when|but|while|with|only|as|since|he|she)\b"
    r"|,\s+(?=[A-Z])"
)


def _phrase_end(text: str, start: int) -> int:
    """Where the phrase naming a dead person ends: before a new clause or participle."""
    found = _PHRASE_END.search(text, start)
    return found.start() if found else len(text)


def _date_before_noun(view: SentenceView, context: DocumentContext, noun: int) -> DateValue | None:
    """The date of "<N units> after/before the <noun>": the reference date shifted back."""
    for match in view.relatives:
        gap = view.text[match.end : noun]
        if match.anchor != "reference" or re.fullmatch(r"\s*(?:the\s+)?", gap) is None:
            continue
        flipped = re.sub(
            r"\b(after|before)\b",
            lambda m: "before" if m.group(1) == "after" else "after",
            match.text,
        )
        if flipped == match.text:
            return None
        explicit = [m.value for m in view.dates if m.end <= match.start and m.kind == "point"]
        reference = explicit[-1] if explicit else view.previous_date
        return resolve_relative(flipped, reference=reference)
    return None


def _possessive(view: SentenceView, end: int) -> bool:
    return view.text[end : end + 2] in ("'s", "’s")


def _gap_allows(gap: str) -> bool:
    """True when the words between the noun and the name are a description of the person
    (``the former Tsar``, ``the Tsarina's sister,``), not a clause of their own."""
    return re.search(r"[;:()]|\b(?:and|or|but|who|which|by|with|to|from)\b", gap) is None


def unify_death_manners(facts: list[Factoid], known: list[Factoid]) -> list[Factoid]:
    """Give a plain ``death`` the manner another source gives the same death.

    The lead says only when he died; "He was executed on 10 February 1938" says how. Both
    are one death, and a fact is the same fact only with the same value, so the plain one
    takes the manner when exactly one manner is stated for a compatible date. ``known``
    adds the infobox's death facts as evidence.
    """
    specific = [f for f in (*known, *facts) if f.type == "death" and f.value != "death"]
    result: list[Factoid] = []
    for fact in facts:
        if fact.type == "death" and fact.value == "death" and fact.date is not None:
            manners = {
                f.value
                for f in specific
                if f.subject == fact.subject and _compatible(f.date, fact.date)
            }
            if len(manners) == 1:
                fact = dataclasses.replace(fact, value=manners.pop())
        result.append(fact)
    return result


def _compatible(first: DateValue | None, second: DateValue | None) -> bool:
    """True when two dates can name the same day (one's bounds lie within the other's)."""
    if (
        first is None
        or second is None
        or None in (first.start, first.end, second.start, second.end)
    ):
        return False
    assert first.start and first.end and second.start and second.end
    inner = first.start >= second.start and first.end <= second.end
    outer = second.start >= first.start and second.end <= first.end
    return inner or outer
