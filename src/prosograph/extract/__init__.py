"""The extract step: a pure function from a Document to everything it states.

No database, no files, no globals: the same function runs in this process or in a Dask
worker, and its output (plain dataclasses) is what the store writes.
"""

from __future__ import annotations

from prosograph.extract.infobox import extract_infobox
from prosograph.models import Document, Entity, Extraction
from prosograph.segment import segment

__all__ = ["extract_document"]


def extract_document(document: Document) -> Extraction:
    """Segment a document and extract its entities and factoids."""
    sentences = segment(document)
    entities, facts = extract_infobox(document)
    if document.subject and not any(e.key == "subject" for e in entities):
        entities.insert(
            0,
            Entity(key="subject", name=document.subject, is_subject=True),
        )
    return Extraction(document=document, sentences=sentences, entities=entities, facts=facts)
