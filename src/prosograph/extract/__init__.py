"""The extract step: a pure function from a Document to everything it states.

No database, no files: the same function runs in this process or in a Dask worker, and its
output (plain dataclasses) is what the store writes. The one piece of state is the spaCy
pipeline, which a caller may pass in; otherwise the process loads it once, on first use
(``nlp.shared_pipeline``), since loading it per document would cost more than reading it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prosograph.extract.infobox import extract_infobox
from prosograph.models import Document, Entity, Extraction
from prosograph.segment import segment

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extract_document"]


def extract_document(document: Document, *, nlp: Language | None = None) -> Extraction:
    """Segment a document and extract its entities, factoids and mentions.

    The infobox is read first; its subject, people and dates are what the prose readers
    start from (``extract.prose``). ``nlp`` is the pipeline of ``nlp.load_pipeline``; by
    default the process's shared one.
    """
    sentences = segment(document)
    entities, facts = extract_infobox(document)
    if document.subject and not any(e.key == "subject" for e in entities):
        entities.insert(
            0,
            Entity(key="subject", name=document.subject, is_subject=True),
        )
    if not sentences:
        return Extraction(document=document, sentences=sentences, entities=entities, facts=facts)
    from prosograph.extract.prose import extract_prose
    from prosograph.nlp import shared_pipeline

    prose = extract_prose(document, sentences, entities, facts, nlp or shared_pipeline())
    return Extraction(
        document=document,
        sentences=sentences,
        entities=prose.entities,
        facts=facts + prose.facts,
        mentions=prose.mentions,
    )
