"""Signing a document: "he signed the Declaration of 46 in October 1923", "was one of the
signatories of …", "Mikhail and Igor Kedrov jointly signed a letter to Stalin", "a death list
signed by Stalin, Molotov, Kaganovich, and Voroshilov".

The value is the document as written, without its article. Co-signers named in the sentence
give one fact each per co-signer (``other_person``), as the contract asks; a lone signer's
fact has no other person. In the passive ("X's name was on a death list signed by …") the
signers signed, not the person the sentence is about.
"""

from __future__ import annotations

import re

from prosograph.extract.prose.agents import agents
from prosograph.extract.prose.claims import claim, event_date, open_frames
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.frames import Frame
from prosograph.extract.prose.hedges import first_person
from prosograph.extract.prose.people import list_end, name_list_at
from prosograph.extract.prose.titles import clean_value
from prosograph.extract.prose.view import SentenceView
from prosograph.models import Factoid

_TRIGGER = re.compile(r"sign(?:ed|ing|ator)", re.IGNORECASE)
_SIGNED = re.compile(
    r"\b(?P<verb>(?:co-?|counter)?sign(?:ed|ing))\s+(?!by\b|up\b|on\b|off\b|over\b|away\b"
    r"|in\b|into\b|as\b|with\b|for\b|him\b|her\b|them\b|it\b)"
)
_SIGNATORY = re.compile(
    r"\b(?:(?:was|were|became)\s+)?(?:(?:one|two|three|some)\s+of\s+the\s+|among\s+the\s+|an?\s+"
    r"|the\s+)?(?:\w+\s+)?(?P<verb>signator(?:y|ies))\s+(?:of|to)\s+"
)
_SIGNED_BY = re.compile(r"\s+(?:(?:was|were|had\s+been)\s+)?(?P<verb>signed)\s+by\s+")
_DOCUMENT_END = re.compile(
    r"\s*[,;:()\"“”]|\s+(?:which|that|who|whom|where|when|while|making|denouncing|calling"
    r"|demanding|condemning|urging|after|before|because|but|together|jointly|shortly)\b"
    r"|\s+by\s+(?!the\b)[a-z]|\s+(?:in|on|at|from|during)\s+(?=\d|[A-Z][a-z]+\s+\d)"
)
_LEADING = re.compile(r"^(?:the|a|an|his|her|their|its|this|that)\s+", re.IGNORECASE)
_NOT_DOCUMENTS = frozenset({"himself", "herself", "themselves", "him", "her", "it", "them"})
_MAX_WORDS = 12


def read_signings(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Signing facts of one sentence, one per signer and co-signer."""
    if _TRIGGER.search(view.text) is None or first_person(view.text):
        return []
    facts: list[Factoid] = []
    taken: set[int] = set()
    for match in _SIGNED_BY.finditer(view.text):
        taken.add(match.start("verb"))
        facts.extend(_passive(view, context, match))
    for match in _SIGNED.finditer(view.text):
        if match.start("verb") in taken:
            continue
        facts.extend(_active(view, context, match.start(), match.end()))
    for match in _SIGNATORY.finditer(view.text):
        facts.extend(_active(view, context, match.start(), match.end()))
    return facts


def document_at(view: SentenceView, start: int) -> list[tuple[str, int]]:
    """The documents written at ``start`` (one, or several joined by "and the"), with ends.

    The phrase ends at punctuation, a clause, a date with its preposition or a relative
    date ("the death warrant for the Romanovs 24 years prior").
    """
    text = view.text
    limit = len(text)
    for relative in view.relatives:
        if relative.start >= start:
            limit = min(limit, relative.start)
            break
    for match in view.dates:
        if match.start >= start:
            limit = min(limit, match.start)
            break
    stop = _DOCUMENT_END.search(text, start, limit)
    end = stop.start() if stop is not None else limit
    phrase = text[start:end].rstrip()
    if phrase.endswith((" in", " on", " of", " at")):
        phrase = phrase.rsplit(" ", 1)[0]
    documents: list[tuple[str, int]] = []
    offset = start
    for part in re.split(r"\s+and\s+(?=(?:the\s+)?[A-Z])", phrase):
        value = clean_value(_LEADING.sub("", part.strip()).rstrip("."))
        begin = text.find(part, offset)
        offset = begin + len(part)
        if not value or value.split()[0].casefold() in _NOT_DOCUMENTS:
            continue
        if len(value.split()) > _MAX_WORDS or _names_a_person(view, begin, offset):
            continue
        documents.append((value, offset))
    return documents


def _active(view: SentenceView, context: DocumentContext, start: int, end: int) -> list[Factoid]:
    documents = document_at(view, end)
    if not documents:
        return []
    signers = agents(view, context, start)
    frames = open_frames(view, context, start, documents[-1][1], who=signers)
    return _facts(view, context, frames, documents)


def _passive(view: SentenceView, context: DocumentContext, match: re.Match[str]) -> list[Factoid]:
    """ "a death list signed by A, B and C": each signer signed it, with the others."""
    text = view.text
    before = text[: match.start()]
    found = re.search(r"\b(?:the|a|an|this|that)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)$", before)
    if found is None:
        return []
    value = clean_value(found.group(1))
    signers = name_list_at(view, context, match.end(), allow_single=True)
    if not value or not signers:
        return []
    keys = [signer.key for signer in signers]
    end = max(signers[-1].end, list_end(view, match.end()))
    frames = open_frames(view, context, match.start("verb"), end, who=keys)
    return _facts(view, context, frames, [(value, match.start())])


def _facts(
    view: SentenceView,
    context: DocumentContext,
    frames: list[Frame],
    documents: list[tuple[str, int]],
) -> list[Factoid]:
    """One fact per signer, document and co-signer (none when the signer signed alone)."""
    facts: list[Factoid] = []
    signers = [frame.agent for frame in frames]
    for frame in frames:
        date = event_date(view, context, frame, after=documents[-1][1])
        others: list[str | None] = [key for key in signers if key != frame.agent] or [None]
        for value, _ in documents:
            for other in others:
                facts.append(claim(view, context, frame, "signing", value, date=date, other=other))
    return facts


def _names_a_person(view: SentenceView, start: int, end: int) -> bool:
    """True when the phrase is a person's name, not a document ("signed him", "signed X")."""
    return any(span.start <= start + 4 and span.end >= end - 1 for span in view.persons())
