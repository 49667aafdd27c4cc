"""Mark up a stored document for its page: people, dates and places found in it, and its facts.

Marks come from what the knowledge base recorded: the document's mentions, the names of the
persons its records were resolved to, and the dates, places and other persons of the facts it
yielded (looked up inside each fact's own span). A bare surname is linked only when one
person of the document bears it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from markupsafe import Markup

from prosograph.web.display import fact_terms, person_url
from prosograph.web.highlight import Mark, find_terms, render

_MENTION_KINDS = {"person": "person", "place": "place", "date": "date", "org": "org"}


def document_html(document: dict[str, Any], cited: tuple[int, int] | None = None) -> Markup:
    """The document text as safe HTML, with ``cited`` (a source span) shown as a band."""
    text: str = document["text"]
    marks: list[Mark] = []
    for mention in document["mentions"]:
        person = mention["person"]
        kind = "person" if person else _MENTION_KINDS.get(mention["label"].lower(), "other")
        href = person_url(person["id"]) if person else None
        title = person["name"] if person else mention["label"]
        marks.append(Mark(mention["start"], mention["end"], kind, href, title))
    marks.extend(_name_marks(text, document["persons"]))
    regions: list[Mark] = []
    anchors: dict[int, list[str]] = {}
    for sentence in document["sentences"]:
        anchors.setdefault(sentence["start"], []).append(f"s-{sentence['index']}")
    for fact in document["facts"]:
        start, end = fact["span"]
        regions.append(Mark(start, end, "fact"))
        ident = f"at-{start}"
        if ident not in anchors.get(start, []):
            anchors.setdefault(start, []).append(ident)
        terms = [t for t in fact_terms(fact) if t[1] != "value"]
        for mark in find_terms(text[start:end], terms):
            marks.append(Mark(mark.start + start, mark.end + start, mark.kind, mark.href))
    if cited is not None:
        regions.append(Mark(cited[0], cited[1], "cite"))
        ident = f"at-{cited[0]}"
        if ident not in anchors.get(cited[0], []):
            anchors.setdefault(cited[0], []).append(ident)
    return render(text, marks, regions=regions, anchors=anchors)


def _name_marks(text: str, persons: list[dict[str, Any]]) -> list[Mark]:
    """Occurrences of each person's names; surnames only where unambiguous here."""
    surnames = Counter(
        form["text"] for person in persons for form in person["names"] if form["kind"] == "surname"
    )
    marks: list[Mark] = []
    for person in persons:
        href = person_url(person["id"])
        terms = []
        for form in person["names"]:
            if form["kind"] == "surname" and surnames[form["text"]] > 1:
                continue
            if len(form["text"]) >= 4:
                terms.append((form["text"], "person", href))
        for mark in find_terms(text, terms):
            marks.append(Mark(mark.start, mark.end, "person", href, person["name"]))
    return marks
