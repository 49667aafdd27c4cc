"""Short statements for what fits no other type (``other``): "created a local revolutionary
organization", "sent a coded telegram to Lenin's secretary", "recanted", "backed the Left
Communists", "set up an extermination camp" (at Kholmogory).

Only a closed list of verbs of public action is read (``_VERBS``): a biography's every verb
would give facts no reader wants ("resumed his political activities" is said of everyone),
and the readers of the other types already cover appointments, arrests, moves and the rest.
The value is the verb phrase as written, up to the end of its clause; a place after
``in``/``at``/``to`` goes into ``place`` (CONTRACT.md keeps places out of values), a date
into ``date``.
"""

from __future__ import annotations

import re

from prosograph.extract.prose.claims import claim, event_date, open_frames
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.hedges import first_person
from prosograph.extract.prose.view import SentenceView
from prosograph.extract.prose.whereabouts import place_at
from prosograph.models import Factoid

#: Verbs of public action (past tense), read as statements.
_VERBS = (
    r"represented|created|founded|established|organi[sz]ed|set\s+up|directed|oversaw"
    r"|supervised|recanted|backed|prepared|negotiated|commanded|sent|evacuated|evicted"
    r"|agreed\s+(?:up)?on|gave\s+(?:\w+\s+)?(?:evidence|testimony)(?=\s+against)"
    r"|took\s+part\s+in|participated\s+in"
    r"|defended|resigned|published|fled|escaped"
    r"|a\s+party\s+to"
)
_STATEMENT = re.compile(
    rf"\b(?:(?P<passive>was|were)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)*)?(?P<verb>{_VERBS})\b"
)
#: What an active "sent" must send to be a statement: a message of record.
_MESSAGE = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:telegram|cable|message|letter|report)\b")
_PASSIVE_ONLY = frozenset({"sent", "evacuated", "evicted", "a party to"})
_END = re.compile(
    r"\s*[,;:()\"“”]|\s+(?:while|which|who|whom|whose|when|where|because|although|though"
    r"|but|after|before|until|amidst|amid|following|during|so|as|since|either)\b"
    r"|\s+and\s+(?:[a-z]+ed|gave|sent|set|was|were|had|then|later)\b"
    r"|\s+(?:first|then)\s+to\b"
)
_PLACE = re.compile(r"\s+(?:in|at|to|near|on)\s+(?:the\s+)?(?=[A-Z])")
_MAX_WORDS = 18


def read_statements(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """``other`` facts of one sentence: what the people of the document did, in brief."""
    text = view.text
    if first_person(text):
        return []
    facts: list[Factoid] = []
    for match in _STATEMENT.finditer(text):
        verb = " ".join(match.group("verb").split())
        active = verb in _PASSIVE_ONLY and not match.group("passive")
        if active and (verb != "sent" or not _MESSAGE.match(text, match.end())):
            continue  # "sent a coded telegram", but not "the Politburo sent two …"
        if match.group("passive") and verb not in _PASSIVE_ONLY:
            continue
        found = _phrase(view, context, match.start("verb"), match.end("verb"))
        if found is None:
            continue
        value, place, end = found
        value = value.removeprefix("a ")  # "was a party to …" reads "party to …"
        for frame in open_frames(view, context, match.start(), end, base=0.7):
            date = event_date(view, context, frame, after=match.end())
            facts.append(claim(view, context, frame, "other", value, date=date, place=place))
    return facts


def _phrase(
    view: SentenceView, context: DocumentContext, start: int, verb_end: int
) -> tuple[str, str | None, int] | None:
    """The statement's value, its place and its end: the verb phrase to its clause's end,
    with a trailing place taken out."""
    text = view.text
    limit = len(text)
    for match in view.dates:
        if match.start >= verb_end:
            limit = min(limit, match.start)
            break
    for relative in view.relatives:
        if relative.start >= verb_end:
            limit = min(limit, relative.start)
            break
    stop = _END.search(text, verb_end, limit)
    end = stop.start() if stop is not None else limit
    phrase_end = end
    place: str | None = None
    for found in _PLACE.finditer(text, verb_end, end):
        read = place_at(view, context, found.end(), end)
        if read is not None and _is_place(view, found.end()):
            place = read
            phrase_end = found.start()
            break
    value = " ".join(text[start:phrase_end].split())
    value = re.sub(r"\s+(?:in|on|at|of|the|and|to|by|from)$", "", value.rstrip("."))
    words = value.split()
    if len(words) > _MAX_WORDS or (
        len(words) < 2
        and place is None
        and words[0] not in ("recanted", "resigned", "fled", "escaped", "evacuated")
    ):
        return None
    return value, place, end


def _is_place(view: SentenceView, start: int) -> bool:
    """True when a recognised place (GPE or LOC, not an organisation) begins at ``start``."""
    return any(
        span.label in ("GPE", "LOC") and span.start <= start + 4 and span.end > start
        for span in view.spans
    )
