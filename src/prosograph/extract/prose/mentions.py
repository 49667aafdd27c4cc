"""Mentions: the recogniser's person, place and organisation spans and the date expressions
of every sentence, corrected by the names the document already knows.

Two passes. ``read_views`` runs before the fact readers: it batches the sentences through
the pipeline (``nlp.pipe``) with the document's known name forms, finds the dates with the
year the context gives them, and returns one SentenceView per sentence. ``collect_mentions``
runs after them, when the people the facts name are registered, so that every person
mention links to its entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from prosograph.dates import find_dates, find_relative
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.names import clean_person, looks_like_person
from prosograph.extract.prose.view import SentenceView, Span, blank_markers
from prosograph.models import DateValue, Mention, Sentence
from prosograph.nlp import KNOWN_NAMES

#: Recogniser labels kept as mentions, and the label each becomes.
_LABELS = {"PERSON": "PERSON", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
_HEADING_GAP = re.compile(r"\n[ \t]*(?:=|#)")
_ITEM_PREFIX = re.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_BATCH_SIZE = 64


def read_views(
    sentences: list[Sentence], context: DocumentContext, nlp: Language
) -> list[SentenceView]:
    """One view per sentence, in order, with recognised spans and dated expressions."""
    views = [SentenceView(sentence, blank_markers(sentence)) for sentence in sentences]
    _add_dates(views, context)
    _add_list_headers(views, context)
    forms = tuple(context.registry.known_forms())
    pending = [view for view in views if _may_name_something(view.text)]
    docs = []
    for view in pending:
        doc = nlp.make_doc(view.text)
        doc.user_data[KNOWN_NAMES] = forms
        docs.append(doc)
    for view, doc in zip(pending, nlp.pipe(docs, batch_size=_BATCH_SIZE), strict=True):
        view.spans = _spans(doc)
    return views


def _may_name_something(text: str) -> bool:
    """False for a sentence without a capital letter after its first: no name can be there."""
    return any(ch.isupper() for ch in text[1:])


def _spans(doc: Doc) -> list[Span]:
    """The recognised spans worth a mention; person spans trimmed to the name itself."""
    spans: list[Span] = []
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        start, end, text = ent.start_char, ent.end_char, ent.text
        if label == "PERSON":
            name = clean_person(text)
            if not name or not looks_like_person(name, allow_single=True):
                continue
            start += text.find(name)
            end, text = start + len(name), name
        spans.append(Span(start, end, text, label))
    return spans


def _boundary(context: DocumentContext, previous: Sentence | None, sentence: Sentence) -> bool:
    """True where the year of the text before stops applying: a heading, or in a collection of
    separate sentences, a new paragraph."""
    if previous is None:
        return True
    gap = context.document.text[previous.end : sentence.start]
    if _HEADING_GAP.search("\n" + gap):
        return True
    return context.document.format == "sentences" and gap.count("\n") >= 2


def _add_dates(views: list[SentenceView], context: DocumentContext) -> None:
    """Find the dates of each sentence, carrying the last explicit year forward.

    Expressions without a year (``On 15 or 16 July``) take the document's last explicit
    year, but not across a section heading, nor across the paragraphs of a collection of
    unrelated sentences, where a year from elsewhere would be a guess.
    """
    previous: Sentence | None = None
    last_date: DateValue | None = None
    for view in views:
        if _boundary(context, previous, view.sentence):
            context.year = None
            last_date = None
        view.previous_date = last_date
        view.dates = find_dates(view.text, year=context.year)
        view.relatives = find_relative(view.text)
        for match in view.dates:
            years = _YEAR.findall(match.value.edtf or "")
            if years:
                context.year = int(years[-1])
            if match.kind == "point" and match.value.edtf:
                last_date = match.value
        previous = view.sentence


def _add_list_headers(views: list[SentenceView], context: DocumentContext) -> None:
    """Link each list item to the sentence introducing its list (``Members of X:``)."""
    text = context.document.text
    header: Sentence | None = None
    for view in views:
        line_start = text.rfind("\n", 0, view.sentence.start) + 1
        if _ITEM_PREFIX.fullmatch(text, line_start, view.sentence.start):
            view.list_header = header
            continue
        header = view.sentence if view.sentence.text.rstrip().endswith(":") else None


def collect_mentions(views: Iterable[SentenceView], context: DocumentContext) -> list[Mention]:
    """Mentions of every view: persons linked to entity keys, places, organisations, dates."""
    mentions: list[Mention] = []
    for view in views:
        base = view.sentence.start
        items: list[Mention] = []
        for span in view.spans:
            key = context.registry.lookup(span.text) if span.label == "PERSON" else None
            items.append(
                Mention(view.sentence.index, base + span.start, base + span.end, span.text,
                        span.label, key)
            )
        for match in view.dates:
            items.append(
                Mention(view.sentence.index, base + match.start, base + match.end,
                        view.text[match.start : match.end], "DATE")
            )
        mentions.extend(sorted(items, key=lambda m: (m.start, m.end)))
    return mentions
