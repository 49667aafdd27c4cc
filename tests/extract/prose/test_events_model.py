"""The event and relation readers inside the whole extract step, with the trained model:
the seed gold of every type, and bad input that must neither crash nor grow memory."""

from __future__ import annotations

import hashlib
import time
import tracemalloc
from pathlib import Path

import pytest
from spacy.language import Language

from prosograph.evaluate import default_paths, evaluate_seeds
from prosograph.extract import extract_document
from prosograph.models import Document, Extraction

pytestmark = pytest.mark.model

#: Seed target of issue 5: share of the gold (all tiers) found with the right sentence.
EVENTS_TARGET = 0.80
#: Largest Python heap (MB) one bad document may take while it is extracted.
HEAP_LIMIT_MB = 150


def _document(body: str, subject: str = "Alexander Beloborodov") -> Document:
    head = f"= {subject} =\n\n"
    text = head + body + "\n"
    return Document(
        id="bad.txt",
        source_path="bad.txt",
        format="article",
        title=subject,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        subject=subject,
        body_start=len(head),
    )


def _extract_bounded(nlp: Language, document: Document) -> tuple[Extraction, float, float]:
    """The extraction, its time in seconds and the peak Python heap in MB."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        extraction = extract_document(document, nlp=nlp)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return extraction, time.perf_counter() - started, peak / 2**20


def test_events_model_seed_gold_every_type(nlp_model: Language) -> None:
    paths = default_paths()
    report = evaluate_seeds(
        paths["gold"],
        paths["seeds"],
        tiers=("core", "events"),
        extract=lambda document: extract_document(document, nlp=nlp_model),
    )
    assert report.recall is not None and report.recall >= EVENTS_TARGET
    assert [(p.person, p.type, p.value, why) for p, why in report.unsupported] == []
    for kind in (
        "arrest",
        "exile",
        "imprisonment",
        "sentence",
        "execution",
        "rehabilitation",
        "signing",
        "education",
        "residence",
        "occupation",
        "relation",
        "other",
    ):
        assert report.found.get(kind, 0) > 0, kind


def test_events_model_kedrov_son_and_signing(nlp_model: Language, seed_dir: Path) -> None:
    from prosograph.readers import read_path

    document = next(d for d in read_path(seed_dir / "003_df28fbbfc11c190a.txt"))
    assert isinstance(document, Document)
    extraction = extract_document(document, nlp=nlp_model)
    names = {e.key: e.name for e in extraction.entities}
    rows = {(f.type, names[f.subject], f.value, names.get(f.other or "")) for f in extraction.facts}
    assert ("relation", "Igor Kedrov", "son of", "Mikhail Kedrov") in rows
    assert ("occupation", "Igor Kedrov", "Chekist", None) in rows
    assert ("signing", "Mikhail Kedrov", "letter to Stalin", "Igor Kedrov") in rows
    assert ("signing", "Igor Kedrov", "letter to Stalin", "Mikhail Kedrov") in rows
    assert ("relation", "Igor Kedrov", "denounced", "Lavrentiy Beria") in rows
    # the flattened letter speaks in the first person: nothing about its writer
    letter = "I am an old Bolshevik"
    assert not [f for f in extraction.facts if letter in f.source.text]


@pytest.mark.parametrize(
    "body",
    [
        # a "sentence" of 5,000 tokens, full of trigger words
        " ".join(["he was arrested and exiled to Siberia and signed it"] * 500),
        # a document that is one long list
        "Members of the Presidium:\n" + "\n".join(f"- N. G. Tolmachyov {i}" for i in range(2000)),
        # Cyrillic only
        "Алекса́ндр Гео́ргиевич Белоборо́дов был арестован в 1936 году. " * 300,
        # mixed scripts in one sentence
        "He was arrested in Москва in 1936 and exiled to Сибирь, signed by Сталин, "
        "Molotov, and 斯大林. " * 300,
    ],
    ids=["long-sentence", "long-list", "cyrillic", "mixed-scripts"],
)
def test_events_model_bad_input_is_bounded(nlp_model: Language, body: str) -> None:
    extraction, seconds, heap_mb = _extract_bounded(nlp_model, _document(body))
    assert extraction.sentences
    assert seconds < 60
    assert heap_mb < HEAP_LIMIT_MB
    for fact in extraction.facts:
        assert extraction.document.text[fact.source.start : fact.source.end] == fact.source.text
