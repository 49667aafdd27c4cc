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
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from prosograph.dates import find_dates, find_relative
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.names import clean_person, looks_like_person
from prosograph.extract.prose.view import SentenceView, Span, blank_markers
from prosograph.models import DateValue, Mention, Sentence
from prosograph.nlp import KNOWN_NAMES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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

    def docs() -> Iterator[Doc]:
        # Made as the pipeline asks for them, so a long document is never all in memory
        # as Docs at once; only the spans of each are kept.
        for view in pending:
            doc = nlp.make_doc(view.text)
            doc.user_data[KNOWN_NAMES] = forms
            yield doc

    for view, doc in zip(pending, nlp.pipe(docs(), batch_size=_BATCH_SIZE), strict=True):
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
        if label == "ORG" and _looks_like_full_name(text):
            label = "PERSON"  # "Gavril Myasnikov" is tagged ORG in a seed
        if label == "PERSON":
            name = clean_person(text)
            if not name or not looks_like_person(name, allow_single=True):
                continue
            start += text.find(name)
            end, text = start + len(name), name
            start, end = _nobility(doc.text, start, end)
            text = doc.text[start:end]
        spans.append(Span(start, end, text, label))
    return _without_overlaps(spans)


def _looks_like_full_name(text: str) -> bool:
    """Two or three capitalised words that read as a person's name, not an organisation."""
    words = text.split()
    if not 2 <= len(words) <= 3 or any(not w[:1].isupper() or w.isupper() for w in words):
        return False
    return looks_like_person(text) and not any(w.casefold() in _ORG_WORDS for w in words)


# fmt: off
_ORG_WORDS = frozenset(
    [
        "opposition", "group", "faction", "league", "guard", "movement", "organisation",
        "organization", "society", "club", "company", "bank", "museum", "library", "press",
        "newspaper", "magazine", "journal", "prize", "order", "medal", "brigade", "regiment",
        "division", "corps", "fleet", "navy", "ministry", "institute", "university", "college",
        "school", "church", "cathedral", "hotel", "theatre", "theater", "association",
        "federation", "union", "bureau", "council", "committee", "commission", "party", "army",
        "front", "congress", "conference", "court", "tribunal", "trial", "revolution", "uprising",
        "war", "battle", "treaty", "declaration", "program", "programme", "plan", "gazette",
        "pravda", "izvestia", "times",
    ]
)
# fmt: on


_NOBLE_PREFIX = re.compile(
    r"(?:\b(?:Grand\s+)?(?:Prince|Princess|Duke|Duchess|Archduke|Archduchess"
    r"|Count|Countess|Baron|Baroness)\s+)$"
)
_TERRITORIAL = re.compile(r"\s+of\s+[A-Z][\w-]+(?:\s+(?:and\s+)?by\s+[A-Z][\w-]+)?")


def _nobility(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a person span over a title of nobility and its territory: ``Elisabeth`` in
    ``Princess Elisabeth of Hesse and by Rhine`` is that whole name."""
    prefix = _NOBLE_PREFIX.search(text, max(0, start - 25), start)
    if prefix is None:
        return start, end
    territory = _TERRITORIAL.match(text, end)
    return prefix.start(), territory.end() if territory else end


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Drop spans overlapping an earlier-kept person span (a widened name wins)."""
    people = [s for s in spans if s.label == "PERSON"]
    kept: list[Span] = []
    for span in spans:
        if span.label != "PERSON" and any(
            p.start < span.end and span.start < p.end for p in people
        ):
            continue
        if span.label == "PERSON" and any(
            k.label == "PERSON" and k.start < span.end and span.start < k.end for k in kept
        ):
            continue
        kept.append(span)
    return kept


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
                Mention(
                    view.sentence.index,
                    base + span.start,
                    base + span.end,
                    span.text,
                    span.label,
                    key,
                )
            )
        for match in view.dates:
            items.append(
                Mention(
                    view.sentence.index,
                    base + match.start,
                    base + match.end,
                    view.sentence.text[match.start : match.end],
                    "DATE",
                )
            )
        mentions.extend(sorted(items, key=lambda m: (m.start, m.end)))
    return mentions
