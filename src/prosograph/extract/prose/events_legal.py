"""Repression from prose: arrest, exile or deportation, imprisonment, sentence, rehabilitation.

- arrest: "was arrested early in 1908", "Arrested in 1910, he …", "Safarov and Armand were
  arrested" (one fact each), "his arrest in 1937";
- exile: "exiled to northern Siberia" (``exile``), "deported to Achinsk" (``deportation``),
  "sent into exile"; the place is where to, the date an interval from the event on;
- imprisonment: "imprisoned in …", "jailed", "during his time in prison", "two years in
  prison", "a fellow prisoner … him"; the value is the institution the text names, else
  ``prison`` where it says prison, else ``imprisonment``;
- sentence: the sentence as written ("sentenced to 2 years of exile", "to death"), and a
  bare "after being sentenced" next to the execution it led to is a ``death`` sentence;
- rehabilitation: "was (posthumously) rehabilitated"; posthumous also when the date is after
  the death the document states.

Coordinated verbs share their date ("was arrested and deported to Vologda in 1902").
Executions are read with deaths (``vitals``), since each is also a death.
"""

from __future__ import annotations

import re

from prosograph.extract.prose.agents import clause_subject
from prosograph.extract.prose.claims import claim, event_date, open_frames
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.dating import as_interval
from prosograph.extract.prose.frames import Frame
from prosograph.extract.prose.hedges import first_person
from prosograph.extract.prose.people import members_named
from prosograph.extract.prose.view import SentenceView
from prosograph.extract.prose.whereabouts import place_at
from prosograph.models import DateValue, Factoid

_TRIGGER = re.compile(
    r"arrest|exile|deport|banish|prison|jail|gaol|incarcerat|sentenc|rehabilitat|camp\b",
    re.IGNORECASE,
)
_ARREST = re.compile(r"\b(?P<verb>[Aa]rrested|[Dd]etained|re-arrested|rearrested)\b")
_ARREST_NOUN = re.compile(r"\b(?P<owner>his|her)\s+(?P<verb>(?:re-?)?arrest)\s+(?=in\b|on\b)")
_EXILE = re.compile(
    r"\b(?P<verb>[Ee]xiled|[Dd]eported|[Bb]anished|sent\s+(?:in)?to\s+exile|went\s+into\s+exile"
    r"|sent\s+into\s+internal\s+exile)"
    r"(?P<to>\s+(?:again\s+|once\s+more\s+|back\s+)?(?:to|in)\s+)?"
)
_IMPRISONED = re.compile(
    r"\b(?P<verb>[Ii]mprisoned|[Jj]ailed|[Ii]ncarcerated|[Ii]nterned|held\s+prisoner)\b"
    r"(?P<at>\s+(?:in|at)\s+)?"
)
_IN_PRISON = re.compile(
    r"\b(?:(?P<owner>his|her)\s+(?:time|years|months|stay|term|imprisonment|confinement)"
    r"|(?P<span>(?:\w+|\d+)\s+(?:years?|months?))|(?P<bare>))"
    r"\s+in\s+(?P<what>(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?(?:prison|jail|gaol|labou?r\s+camps?))\b"
)
_SENT_TO_CAMP = re.compile(
    r"\b(?P<verb>sent|transferred|taken|moved)\s+to\s+(?:a\s+|the\s+)?(?P<what>(?:[A-Z][\w'’-]+\s+)?"
    r"(?:prison|jail|labou?r\s+camp|Gulag|penal\s+colony))\b"
)
_FELLOW = re.compile(r"\b(?:[Aa]|[Hh]is|[Hh]er)\s+(?:fellow\s+(?:prisoner|inmate)|cell-?mate)\b")
_SENTENCED = re.compile(r"\b(?P<verb>[Ss]entenced|condemned)\b(?P<to>\s+(?:\w+\s+)?to\s+)?")
_SENTENCE_END = re.compile(
    r"\s*(?:[,;:.(\"“”]|\s(?:by|for|on|at|under|after|following|with|and|but|which|who|when"
    r"|while|because|in\s+(?:the|absentia|\d)|in\s+[A-Z]|as)\b)"
)
_REHABILITATED = re.compile(
    r"\b(?P<verb>(?:posthumously\s+)?rehabilitated(?:\s+posthumously)?"
    r"|granted\s+(?:a\s+)?posthumous\s+rehabilitation)\b"
)
_CHAIN = re.compile(r"\s+and\s+(?:(?:then|later|subsequently|again)\s+)?[a-z]+ed\b")
#: A doer right before a verb: a pronoun, a relative pronoun or a capitalised name.
_ACTIVE = re.compile(r"(?:\b(?:he|she|they|who|which|it)|[A-Z][\w'’-]*)\s+(?:\w+ly\s+)?$")
#: An object right after a verb: the verb is active ("deported their families").
_OBJECT = re.compile(
    r"\s+(?:his|her|their|its|the|a|an|many|several|some|all|hundreds|thousands|dozens|them"
    r"|him|me|us|[0-9]+|(?!(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)[A-Z][a-z]+)\b"
)
_CHAIN_STOP = re.compile(r"[;,.]|\s+and\s+[a-z]+ed\b")
#: How many coordinated verbs a date is looked for across ("arrested and deported … in 1902").
_MAX_CHAIN = 3
_CHAINED_AFTER = re.compile(r"\band\s+(?:(?:again|then|later|subsequently|also)\s+)*$")
_INCLUDED = re.compile(r",\s+(?:who\s+included|including|among\s+them|namely)\s+")
_EXECUTED = re.compile(r"\b(?:executed|shot|hanged)\b")


def read_legal(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Arrest, exile, imprisonment, sentence and rehabilitation facts of one sentence."""
    if _TRIGGER.search(view.text) is None or first_person(view.text):
        return []
    facts: list[Factoid] = []
    facts.extend(_arrests(view, context))
    facts.extend(_exiles(view, context))
    facts.extend(_imprisonments(view, context))
    facts.extend(_sentences(view, context))
    facts.extend(_rehabilitations(view, context))
    return facts


def active_voice(text: str, start: int, end: int) -> bool:
    """True when the verb at ``[start, end)`` is active: its doer right before it ("he
    arrested", "the NKVD deported") or its object right after it ("… and deported their
    families"). The person the clause is about is then not the one arrested or exiled."""
    if _ACTIVE.search(text, max(0, start - 40), start) is not None:
        return True
    return _OBJECT.match(text, end) is not None


def chained_date(view: SentenceView, context: DocumentContext, frame: Frame) -> DateValue | None:
    """The frame's date; failing that, the date of the verbs coordinated with it ("arrested
    and deported to Vologda in 1902" gives both verbs 1902)."""
    date = event_date(view, context, frame)
    if date is not None:
        return date
    text = view.text
    end = frame.window[1]
    for _ in range(_MAX_CHAIN):
        chain = _CHAIN.match(text, end)
        if chain is None:
            break
        stop = _CHAIN_STOP.search(text, chain.end())
        limit = stop.start() if stop is not None else len(text)
        inside = [m for m in view.dates if chain.end() <= m.start and m.end <= limit]
        if inside:
            return inside[0].value
        end = limit
    if _CHAINED_AFTER.search(text, 0, frame.start) is None:
        return None
    earlier = [m for m in view.dates if m.end <= frame.start]
    if not earlier or ";" in text[earlier[-1].end : frame.start]:
        return None
    return earlier[-1].value


def _arrests(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    for match in _ARREST.finditer(view.text):
        if active_voice(view.text, match.start(), match.end()):
            continue  # "he arrested hundreds of officers": he did the arresting
        for frame in open_frames(view, context, match.start(), match.end()):
            place = _place_after(view, context, match.end(), frame.window[1])
            date = chained_date(view, context, frame)
            facts.append(claim(view, context, frame, "arrest", "arrest", date=date, place=place))
    for match in _ARREST_NOUN.finditer(view.text):
        if match.group("owner") not in context.pronouns:
            continue
        for frame in open_frames(view, context, match.start(), match.end(), who=["subject"]):
            date = event_date(view, context, frame, after=match.end())
            if date is not None:
                facts.append(claim(view, context, frame, "arrest", "arrest", date=date))
    return facts


def _place_after(
    view: SentenceView, context: DocumentContext, start: int, limit: int
) -> str | None:
    """A place right after an event verb ("arrested in Moscow"), not a date."""
    found = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?").match(view.text, start, limit)
    if found is None or view.date_at(found.end()) is not None:
        return None
    return place_at(view, context, found.end(), limit)


def _exiles(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    for match in _EXILE.finditer(view.text):
        verb = match.group("verb").casefold()
        value = "deportation" if verb.startswith("deported") else "exile"
        if not verb.startswith(("went", "sent")) and active_voice(
            view.text, match.start(), match.start("verb") + len(match.group("verb"))
        ):
            continue
        for frame in open_frames(view, context, match.start(), match.end()):
            place = None
            if match.group("to"):
                place = place_at(view, context, match.end(), frame.window[1])
            date = as_interval(chained_date(view, context, frame))
            facts.append(claim(view, context, frame, "exile", value, date=date, place=place))
    return facts


def _imprisonments(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    text = view.text
    for match in _IMPRISONED.finditer(text):
        if not re.search(r"\b(?:was|were|been|being|and)\s+(?:\w+ly\s+)?$", text[: match.start()]):
            # "the Romanovs imprisoned in Yekaterinburg, who included …": the members named
            facts.extend(_imprisoned_group(view, context, match))
            continue
        for frame in open_frames(view, context, match.start(), match.end()):
            place = None
            if match.group("at"):
                place = place_at(view, context, match.end(), frame.window[1])
            date = as_interval(chained_date(view, context, frame))
            value = "imprisonment"
            facts.append(claim(view, context, frame, "imprisonment", value, date=date, place=place))
    for match in _IN_PRISON.finditer(text):
        what = _institution(match.group("what"))
        who = ["subject"] if match.group("owner") in context.pronouns else None
        if match.group("owner") and who is None:
            continue
        if re.search(r"\b(?:visit\w*|met|meet\w*|saw|see\w*)\b[^,;]*$", text[: match.start()]):
            continue
        start = match.start()
        frames = (
            open_frames(view, context, start, match.end(), who=who)
            if who
            else (_clause_frames(view, context, start, match.end()))
        )
        for frame in frames:
            date = as_interval(event_date(view, context, frame))
            facts.append(claim(view, context, frame, "imprisonment", what, date=date))
    for match in _SENT_TO_CAMP.finditer(text):
        what = _institution(match.group("what"))
        for frame in open_frames(view, context, match.start(), match.end()):
            date = as_interval(chained_date(view, context, frame))
            facts.append(claim(view, context, frame, "imprisonment", what, date=date))
    fellow = _FELLOW.search(text)
    if (
        fellow is not None
        and context.has_subject
        and _mentions_subject(view, context, fellow.end())
    ):
        for frame in open_frames(view, context, fellow.start(), fellow.end(), who=["subject"]):
            facts.append(claim(view, context, frame, "imprisonment", "prison", confidence=0.6))
    return facts


def _imprisoned_group(
    view: SentenceView, context: DocumentContext, match: re.Match[str]
) -> list[Factoid]:
    """ "the Romanovs imprisoned in Yekaterinburg, who included A, his wife B, and their
    children C and D": one imprisonment for each member the text names."""
    text = view.text
    place = place_at(view, context, match.end()) if match.group("at") else None
    cue = _INCLUDED.search(text, match.end())
    if cue is None or text[match.end() : cue.start()].count(",") > 1:
        return []
    members = members_named(view, context, cue.end())
    facts: list[Factoid] = []
    for frame in open_frames(view, context, match.start(), match.end(), base=0.7, who=members):
        facts.append(claim(view, context, frame, "imprisonment", "imprisonment", place=place))
    return facts


def _clause_frames(
    view: SentenceView, context: DocumentContext, start: int, end: int
) -> list[Frame]:
    """Frames for a state phrase with no verb of its own: the clause's subject holds it."""
    return open_frames(view, context, start, end, who=clause_subject(view, context, start))


def _mentions_subject(view: SentenceView, context: DocumentContext, after: int) -> bool:
    """True when the text after ``after`` speaks of the subject as an object ("… him")."""
    rest = view.text[after:]
    pronoun = "her" if "she" in context.pronouns else "him"
    return re.search(rf"\b{pronoun}\b", rest) is not None


def _institution(what: str) -> str:
    """The value of an imprisonment: a named institution as written, else the generic word."""
    words = what.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if words and words[0][:1].isupper() and len(words) > 1:
        return " ".join(words)
    if words and words[-1].casefold() in ("prison", "jail", "gaol"):
        return "prison"
    return " ".join(words).casefold().replace("labor", "labour")


def _sentences(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    text = view.text
    for match in _SENTENCED.finditer(text):
        value = None
        if match.group("to"):
            value = _sentence_value(view, match.end())
        elif _EXECUTED.search(text):
            value = "death"
        if not value:
            continue
        for frame in open_frames(view, context, match.start(), match.end()):
            date = chained_date(view, context, frame)
            facts.append(claim(view, context, frame, "sentence", value, date=date))
    return facts


def _sentence_value(view: SentenceView, start: int) -> str | None:
    """The sentence as written after "sentenced to", up to where the phrase ends."""
    text = view.text
    end = start
    while end < len(text):
        stop = _SENTENCE_END.match(text, end)
        if stop is not None or view.date_at(end) is not None:
            break
        end += 1
    value = text[start:end].strip()
    if not value or len(value.split()) > 10:
        return None
    return value


def _rehabilitations(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    for match in _REHABILITATED.finditer(view.text):
        for frame in open_frames(view, context, match.start(), match.end()):
            date = event_date(view, context, frame)
            posthumous = "posthumous" in match.group("verb") or _after_death(
                context, date, frame.agent
            )
            value = "posthumous rehabilitation" if posthumous else "rehabilitation"
            facts.append(claim(view, context, frame, "rehabilitation", value, date=date))
    return facts


def _after_death(context: DocumentContext, date: DateValue | None, agent: str) -> bool:
    """True when ``date`` lies wholly after the subject's known death."""
    death = context.death
    if agent != "subject" or date is None or death is None:
        return False
    return bool(date.start and death.end and date.start > death.end)
