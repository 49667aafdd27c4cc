"""Party membership from prose: joining ("joined the Russian Social Democratic Labour Party
in 1907" -> membership ``1907/``), expulsion ("expelled from the Communist Party in December
1927") and readmission ("readmitted to the party in 1930", "posthumously reinstated in the
ranks of the Communist Party of the Soviet Union").

"the party" is the party the document named last, so a readmission names the party of the
expulsion before it. Being a member of a party is read with the other "member of" titles
(see ``offices``), which ask ``is_party`` whether the body is a party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.dating import as_interval
from prosograph.extract.prose.frames import date_of, make_fact, open_frame
from prosograph.extract.prose.titles import clean_value, noun_phrase_end
from prosograph.extract.prose.view import SentenceView
from prosograph.models import Factoid

# fmt: off
#: Words that make a body a party (or a faction, opposition or youth league of one).
_PARTY_WORDS = frozenset(
    [
        "party", "parties", "bolsheviks", "bolshevik", "mensheviks", "menshevik", "faction",
        "komsomol", "opposition", "bund", "league", "volya", "organisation", "organization",
        "group", "socialist-revolutionaries",
    ]
)
#: Bodies that are never a party, whatever else their name says.
_NOT_PARTY = frozenset(
    [
        "army", "navy", "university", "school", "institute", "gymnasium", "academy", "front",
        "brigade", "regiment", "division", "corps", "cheka", "nkvd", "ogpu", "gpu", "police",
        "committee", "bureau", "presidium", "council", "soviet", "commission", "politburo",
        "orgburo", "secretariat", "congress", "conference", "assembly", "duma",
    ]
)
# fmt: on
_PARTY_ACRONYM = re.compile(r"^[A-Z]*(?:CP|KP|SDLP|LP|RP|DP|SP|PS)[A-Z]*$|^SRs?$")
_TRIGGER = re.compile(
    r"\b(?:joined|joining|joins|rejoined|entered|expelled|readmitted|re-admitted|reinstated"
    r"|restored)\b"
)
_JOIN = re.compile(r"\b(?P<verb>joined|joining|joins|rejoined|re-joined)\s+")
_EXPEL = re.compile(r"\b(?P<verb>expelled)\s+from\s+")
_READMIT = re.compile(
    r"\b(?P<verb>readmitted|re-admitted|reinstated|restored)\s+(?:as\s+a\s+member\s+of\s+"
    r"|in(?:to)?\s+|to\s+)?(?:the\s+ranks\s+of\s+)?"
)
_BARE_VERB_END = re.compile(r"\s*(?:[,.;]|$|(?:in|on)\s+(?:\d|[A-Z][a-z]+\s+\d))")
_BRACKET = re.compile(r"\s*\((?:b|B|Bolsheviks?|Mensheviks?|bolsheviks?)\)")
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,9}(?:\([a-z]\))?)\)")
_GENERIC = re.compile(r"(?:the\s+)?[Pp]arty\b(?!\s+[A-Z])")
_HEAD_SPLIT = re.compile(r"\s+(?:of|for|in)\s+")


def is_party(name: str) -> bool:
    """True when the body ``name`` is a political party, faction or youth league.

    The head is the part before the first ``of`` (``Bolshevik faction`` of ``the RSDLP``);
    a committee or bureau of a party is a body of it, not the party.
    """
    head = _HEAD_SPLIT.split(name, maxsplit=1)[0]
    words = [w.strip("'’()").casefold() for w in head.split()]
    if not words or words[-1] in _NOT_PARTY or words[-1].endswith("buro"):
        return False
    if _PARTY_WORDS & set(words):
        return True
    if words[-2:] == ["social", "democracy"]:
        return True  # the Social Democracy of the Kingdom of Poland, of the Latvian Territory
    return any(_PARTY_ACRONYM.match(w.strip("'’()")) for w in head.split())


@dataclass(frozen=True, slots=True)
class _Party:
    value: str
    end: int


def read_party(view: SentenceView, context: DocumentContext, start: int) -> _Party | None:
    """The party named at ``start``: a name, or "the party" (the one named last)."""
    generic = _GENERIC.match(view.text, start)
    if generic is not None:
        value = context.last_party or "party"
        return _Party(value, generic.end())
    end = noun_phrase_end(view, start)
    if end is None:
        return None
    bracket = _BRACKET.match(view.text, end)
    if bracket is not None:
        end = bracket.end()
    acronym = _ACRONYM_AFTER.match(view.text, end)
    if acronym is not None and sum(c.isupper() for c in acronym.group("acronym")) >= 2:
        # "the Social Democracy of the Kingdom of Poland and Lithuania (SDKPiL)": the short
        # form is how infoboxes and later sentences name the party, so it stays with it
        end = acronym.end()
    text = view.text[start:end]
    if text.startswith("the "):
        text = text[4:]
    value = clean_value(text)
    if not value or not value[0].isupper() or not is_party(value):
        return None
    return _Party(value, end)


def read_parties(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Joining, expulsion and readmission facts of one sentence."""
    if _TRIGGER.search(view.text) is None:
        return []
    facts: list[Factoid] = []
    for pattern, kind in ((_JOIN, "join"), (_EXPEL, "expulsion"), (_READMIT, "readmission")):
        for match in pattern.finditer(view.text):
            party = read_party(view, context, match.end())
            # "expelled from the Communist Party in 1927, readmitted in 1930": the party is
            # the one just named, when nothing else follows the verb.
            bare = _BARE_VERB_END.match(view.text, match.end("verb")) is not None
            if party is None and kind == "readmission" and context.last_party and bare:
                party = _Party(context.last_party, match.end("verb"))
            if party is None:
                continue
            if party.value != "party":
                context.last_party = party.value
            frame = open_frame(view, context, match.start(), party.end)
            if frame is None:
                continue
            date = date_of(view, context, frame)
            verb = match.group("verb")
            if kind == "join" and not verb.startswith("re"):
                facts.append(
                    make_fact(
                        view, context, frame, "membership", party.value, date=as_interval(date)
                    )
                )
            elif kind == "expulsion":
                facts.append(make_fact(view, context, frame, "expulsion", party.value, date=date))
            else:
                facts.append(make_fact(view, context, frame, "readmission", party.value, date=date))
    return facts


def remember_parties(view: SentenceView, context: DocumentContext) -> None:
    """Note the last party the sentence names, for a later "the party"."""
    for match in re.finditer(
        r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’-]*)*", view.text
    ):
        name = match.group()
        if is_party(name) and " " in name:
            context.last_party = name
