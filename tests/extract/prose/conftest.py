"""Fixtures for the prose readers: sentence views built by hand, without the model.

``make_view`` gives the readers what the model would: PERSON and place spans are the
substrings named, so each test states exactly what the recogniser "saw".
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

import pytest

from prosograph.dates import find_dates, find_relative
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.view import SentenceView, Span, blank_markers
from prosograph.models import Document, Entity
from prosograph.segment import segment

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]


def _spans(text: str, names: Iterable[str], label: str) -> list[Span]:
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(Span(start, start + len(name), name, label))
    return spans


@pytest.fixture
def make_view() -> MakeView:
    """``make_view(text, persons=(), places=(), subject=..., year=None)`` -> (view, context).

    ``text`` is one sentence of a document about ``subject``.
    """

    def make(
        text: str,
        *,
        persons: Iterable[str] = (),
        places: Iterable[str] = (),
        subject: str = "Alexander Beloborodov",
        year: int | None = None,
    ) -> tuple[SentenceView, DocumentContext]:
        head = f"= {subject} =\n\n"
        full = head + text + "\n"
        document = Document(
            id="doc.txt",
            source_path="doc.txt",
            format="article",
            title=subject,
            text=full,
            sha256=hashlib.sha256(full.encode()).hexdigest(),
            subject=subject,
            body_start=len(head),
        )
        sentence = segment(document)[0]
        context = DocumentContext.build(document, [Entity("subject", subject, is_subject=True)], [])
        view = SentenceView(sentence, blank_markers(sentence))
        view.dates = find_dates(view.text, year=year)
        view.relatives = find_relative(view.text)
        view.spans = sorted(
            _spans(view.text, persons, "PERSON") + _spans(view.text, places, "GPE"),
            key=lambda span: span.start,
        )
        return view, context

    return make
