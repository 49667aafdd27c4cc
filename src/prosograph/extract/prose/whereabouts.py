"""Where a life event puts its subject: "exiled to northern Siberia", "settled in the Urals",
"moved to Yaroslavl, where he studied law".

A thin layer over the prose reader's ``places.read_place``: it keeps a leading direction word
("northern Siberia", "north Russia"), accepts a place the recogniser mistook for a person when
no known person has that name ("Perm" is tagged PERSON in the seed), and finds the place a
``, where`` clause refers back to.
"""

from __future__ import annotations

import re

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.places import read_place
from prosograph.extract.prose.view import SentenceView

_DIRECTION = re.compile(
    r"(?:(?:the\s+)?(?:far\s+)?(?:northern|southern|eastern|western|central|north|south|east"
    r"|west|north-eastern|north-western|south-eastern|south-western|remote)\s+)(?=[A-Z])"
)
_PREPOSITION = re.compile(r"\b(?:to|in|at|into)\s+(?:the\s+)?")
_WHERE = re.compile(r",?\s+where\s+$")


def place_at(
    view: SentenceView, context: DocumentContext, start: int, limit: int | None = None
) -> str | None:
    """The place written at ``start`` (after its preposition), or None."""
    text = view.text
    limit = len(text) if limit is None else limit
    direction = _DIRECTION.match(text, start, limit)
    begin = direction.end() if direction is not None else start
    place = read_place(view, begin, limit)
    if place is None:
        place = read_place(_without_unknown_persons(view, context), begin, limit)
    if place is None:
        return None
    if direction is not None:
        word = direction.group().strip()
        word = word[4:] if word.startswith("the ") else word
        return f"{word} {place.text}"
    return place.text


def _without_unknown_persons(view: SentenceView, context: DocumentContext) -> SentenceView:
    """The view without single-word person spans that name no known person."""
    kept = [
        span
        for span in view.spans
        if span.label != "PERSON" or " " in span.text or context.registry.lookup(span.text)
    ]
    return type(view)(
        view.sentence,
        view.text,
        kept,
        view.dates,
        view.relatives,
        view.previous_date,
        view.list_header,
    )


def place_before_where(view: SentenceView, context: DocumentContext, start: int) -> str | None:
    """The place a ``, where`` clause right before ``start`` refers to ("moved to Yaroslavl,
    where he studied law" -> ``Yaroslavl``)."""
    text = view.text
    opening = text.rfind("where", 0, start)
    if opening == -1 or not _WHERE.search(text, 0, opening + len("where ")):
        return None
    if (
        re.fullmatch(
            r"\s*(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:\w+\s+){0,5}",
            text[opening + 5 : start],
        )
        is None
    ):
        return None
    clause = text[:opening]
    found: str | None = None
    for match in _PREPOSITION.finditer(clause):
        if view.in_date(match.start(), match.end()):
            continue
        place = place_at(view, context, match.end(), opening)
        if place is not None:
            found = place
    return found
