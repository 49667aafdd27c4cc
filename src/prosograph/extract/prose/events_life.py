"""Where a person lived, studied and lies: residence and moves, education, burial.

- residence: "moved to Yaroslavl", "settled in the Urals", "emigrated to Switzerland in 1911",
  "returned to Russia", "lived in …", "By the end of March 1917, he was in Petrograd", and
  "lodged in Beloborodov's rooms in the House of the Soviets" (the rooms' owner lived there);
  the date is an interval from the move on;
- education: "studied law" (the subject), "studied at Lausanne and Berne universities",
  "graduated from a gymnasium in Kerch", "educated at …", "entered the University of …",
  "left school at 14", "spent four years educating himself" (``self-education``); the place
  is the one the text gives, or the one a ``, where`` clause refers to;
- burial: "buried in/at …", "interred in …", "laid to rest in …" (the place is the grave).
"""

from __future__ import annotations

import re

from prosograph.extract.prose.claims import claim, event_date, open_frames
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.dating import as_interval
from prosograph.extract.prose.hedges import first_person
from prosograph.extract.prose.people import resolve_name
from prosograph.extract.prose.titles import clean_value
from prosograph.extract.prose.view import SentenceView
from prosograph.extract.prose.whereabouts import place_at, place_before_where
from prosograph.models import Factoid

_TRIGGER = re.compile(
    r"moved|settled|emigrat|relocat|returned|lived|resided|residence|\bwas\s+in\s|lodged"
    r"|stud(?:ied|ying)|graduat|educat|enrol|entered|attended|school|universit|gymnasium"
    r"|buried|interred|laid\s+to\s+rest",
    re.IGNORECASE,
)
_MOVED = re.compile(
    r"\b(?P<verb>moved|relocated|emigrated|returned|went\s+back|settled|lived|resided"
    r"|took\s+up\s+residence)"
    r"(?:\s+(?:with\s+(?:his|her)\s+(?:\w+\s+)?(?:family|wife|husband|parents|mother|father)"
    r"|back|again|permanently|abroad))*\s+(?P<prep>to|in|at|into)\s+(?:the\s+)?"
)
_WAS_IN = re.compile(r"\b(?P<verb>was|were)\s+(?:already\s+|still\s+|then\s+|back\s+)?in\s+")
_LODGED = re.compile(
    r"\b(?P<verb>lodged|lived|stayed|settled)\s+in\s+(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"['’]s?\s+(?:rooms|apartment|flat|house|home|dacha|quarters)\s+in\s+(?:the\s+)?"
)
_STUDIED = re.compile(
    r"\b(?P<verb>studied|studying)\s+"
    r"(?P<subject>(?!(?:at|in|the|a|an|under|with|for|there|abroad)\b)[a-z]+"
    r"(?:\s+(?:and|of)\s+[a-z]+)?)?"
    r"(?P<at>\s*(?:\s(?:at|in)\s+(?:the\s+)?))?"
)
_GRADUATED = re.compile(
    r"\b(?P<verb>graduated|graduating|educated|enrolled|enrolling|entered|attended"
    r"|attending|admitted|got\s+into|a\s+graduate)\s+(?:(?:from|at|in|to|of)\s+)?"
)
_LEFT_SCHOOL = re.compile(
    r"\b(?P<verb>left|finished|completed|quit)\s+(?P<what>school|gymnasium|seminary"
    r"|university|college)\b"
)
_SELF = re.compile(
    r"\b(?P<verb>educating|educated|taught)\s+(?:himself|herself)\b|\bself-educated\b"
)
_BURIED = re.compile(
    r"\b(?P<verb>buried|interred|laid\s+to\s+rest|entombed)\s+(?:\w+ly\s+)?(?:in|at)\s+(?:the\s+)?"
)
# fmt: off
#: Nouns that make a phrase an educational institution.
_SCHOOLS = frozenset(
    [
        "university", "universities", "institute", "academy", "school", "gymnasium", "seminary",
        "college", "conservatory", "conservatoire", "lyceum", "faculty", "polytechnic",
        "realschule", "courses",
    ]
)
# fmt: on
# fmt: off
_STOP_WORDS = frozenset(
    [
        "in", "on", "at", "for", "where", "which", "who", "when", "while", "until", "since",
        "after", "before", "during", "and", "but", "to", "by", "with", "as", "from", "without",
    ]
)
# fmt: on
# fmt: off
_SUBJECT_STOP = frozenset(
    [
        "at", "in", "the", "a", "an", "under", "with", "for", "and", "there", "here", "abroad",
        "briefly", "privately",
    ]
)
# fmt: on


def read_life(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Residence, education and burial facts of one sentence."""
    if _TRIGGER.search(view.text) is None or first_person(view.text):
        return []
    facts: list[Factoid] = []
    facts.extend(_residences(view, context))
    facts.extend(_education(view, context))
    facts.extend(_burials(view, context))
    return facts


def _residences(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    text = view.text
    for match in _MOVED.finditer(text):
        if view.date_at(match.end()) is not None:
            continue
        frames = open_frames(view, context, match.start(), match.end())
        if not frames:
            continue
        place = place_at(view, context, match.end(), frames[0].window[1])
        if place is None:
            continue
        for frame in frames:
            date = as_interval(event_date(view, context, frame))
            facts.append(
                claim(view, context, frame, "residence", "residence", date=date, place=place)
            )
    for match in _WAS_IN.finditer(text):
        if not _is_place_span(view, match.end()):
            continue
        for frame in open_frames(view, context, match.start(), match.end(), base=0.75):
            place = place_at(view, context, match.end(), frame.window[1])
            if place is None:
                continue
            date = as_interval(event_date(view, context, frame))
            facts.append(
                claim(view, context, frame, "residence", "residence", date=date, place=place)
            )
    for match in _LODGED.finditer(text):
        owner = resolve_name(context, match.group("owner"))
        if owner is None:
            continue
        place = place_at(view, context, match.end())
        if place is None:
            continue
        for frame in open_frames(view, context, match.start(), match.end(), who=[owner]):
            date = as_interval(event_date(view, context, frame))
            facts.append(
                claim(
                    view,
                    context,
                    frame,
                    "residence",
                    "residence",
                    date=date,
                    place=place,
                    confidence=0.7,
                )
            )
    return facts


def _is_place_span(view: SentenceView, start: int) -> bool:
    """True when a recognised place (not an organisation or a person) is written at ``start``."""
    position = start + 4 if view.text.startswith("the ", start) else start
    return any(
        span.label in ("GPE", "LOC") and span.start <= position < span.end for span in view.spans
    )


def _education(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    text = view.text
    for match in _STUDIED.finditer(text):
        subject = match.group("subject")
        if subject is not None and subject.split()[0] in _SUBJECT_STOP:
            subject = None
        institution = _institution_at(view, match.end()) if match.group("at") else None
        value = institution[0] if institution is not None else subject
        if value is None:
            continue
        for frame in open_frames(view, context, match.start(), match.end()):
            after = institution[1] if institution is not None else match.end()
            place = _place_of_study(view, context, match.start(), after, frame.window[1])
            if institution is None and match.group("at") and place is None:
                place = place_at(view, context, match.end(), frame.window[1])
            date = event_date(view, context, frame)
            facts.append(claim(view, context, frame, "education", value, date=date, place=place))
    for match in _GRADUATED.finditer(text):
        institution = _institution_at(view, match.end())
        if institution is None:
            continue
        value, end = institution
        for frame in open_frames(view, context, match.start(), end):
            place = _place_of_study(view, context, match.start(), end, frame.window[1])
            date = event_date(view, context, frame)
            facts.append(claim(view, context, frame, "education", value, date=date, place=place))
    for match in _LEFT_SCHOOL.finditer(text):
        for frame in open_frames(view, context, match.start(), match.end(), base=0.7):
            facts.append(claim(view, context, frame, "education", match.group("what")))
    for match in _SELF.finditer(text):
        for frame in open_frames(view, context, match.start(), match.end(), base=0.7):
            place = place_before_where(view, context, match.start())
            facts.append(claim(view, context, frame, "education", "self-education", place=place))
    return facts


def _institution_at(view: SentenceView, start: int) -> tuple[str, int] | None:
    """An educational institution written at ``start``: its value and end, or None.

    ``a gymnasium in Kerch`` -> ``gymnasium`` (the place is read apart), ``Lausanne and Berne
    universities``, ``the University of Vienna``, ``a Law School of the Novorossiysky
    University``.
    """
    text = view.text
    words = list(re.finditer(r"[\w'’-]+", text[start : start + 120]))
    kept: list[re.Match[str]] = []
    for index, word in enumerate(words):
        token = word.group()
        folded = token.casefold()
        if view.date_at(start + word.start()) is not None:
            break
        if not kept and folded in ("the", "a", "an"):
            continue
        gap = text[start + (kept[-1].end() if kept else word.start()) : start + word.start()]
        if any(ch in gap for ch in ",;:.()"):
            break
        if folded in _STOP_WORDS and not (
            folded in ("of", "and")
            and index + 1 < len(words)
            and _namelike(words[index + 1].group())
        ):
            break
        kept.append(word)
    while kept and kept[-1].group().casefold() in ("of", "and", "the"):
        kept.pop()
    if not kept:
        return None
    phrase = text[start + kept[0].start() : start + kept[-1].end()]
    folded_words = {w.group().casefold() for w in kept}
    if not folded_words & _SCHOOLS:
        return None
    return clean_value(phrase), start + kept[-1].end()


def _namelike(word: str) -> bool:
    return word[:1].isupper() or word.casefold() in ("the",)


def _place_of_study(
    view: SentenceView, context: DocumentContext, start: int, after: int, limit: int
) -> str | None:
    """The place of a study: "in Kerch" right after it, or the antecedent of ``, where``."""
    found = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?").match(view.text, after, limit)
    if found is not None and view.date_at(found.end()) is None:
        place = place_at(view, context, found.end(), limit)
        if place is not None:
            return place
    return place_before_where(view, context, start)


def _burials(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    for match in _BURIED.finditer(view.text):
        for frame in open_frames(view, context, match.start(), match.end()):
            place = place_at(view, context, match.end(), frame.window[1])
            if place is None:
                continue
            date = event_date(view, context, frame)
            facts.append(claim(view, context, frame, "burial", "burial", date=date, place=place))
    return facts
