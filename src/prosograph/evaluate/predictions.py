"""The facts an extraction predicts, flattened for scoring: who, what, when, where, and the
text of the source they cite."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from prosograph.extract import extract_document
from prosograph.models import Document, Extraction

#: What the scorers call to extract a document (``extract_document`` by default; a test
#: may pass a stub, the CLI a function bound to its pipeline).
Extractor = Callable[[Document], Extraction]


@dataclass(frozen=True, slots=True)
class Prediction:
    """One predicted fact with the name forms of the person it is about."""

    document: str
    type: str
    value: str
    date: str | None
    place: str | None
    person: str
    forms: tuple[str, ...]
    other: str | None
    text: str
    method: str
    subject: bool


def predictions_of(document: Document, extract: Extractor | None = None) -> list[Prediction]:
    """Every fact extracted from ``document``."""
    extraction = (extract or extract_document)(document)
    entities = {entity.key: entity for entity in extraction.entities}
    predictions: list[Prediction] = []
    for fact in extraction.facts:
        entity = entities.get(fact.subject)
        forms = (entity.name, *(text for text, _ in entity.names)) if entity else (fact.subject,)
        other = entities.get(fact.other) if fact.other else None
        predictions.append(
            Prediction(
                document=document.id,
                type=fact.type,
                value=fact.value,
                date=fact.date.edtf if fact.date else None,
                place=fact.place,
                person=entity.name if entity else fact.subject,
                forms=forms,
                other=other.name if other else None,
                text=fact.source.text,
                method=fact.source.method,
                subject=fact.subject == "subject",
            )
        )
    return predictions
