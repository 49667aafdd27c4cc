"""Fixtures for the web tests: knowledge bases to serve and clients that talk to them.

``corpus_db`` is the example corpus as `make demo` ingests it. ``hostile_db`` is built by
hand from one document whose text, names and values are HTML and script, to prove that
everything is shown as text (issue 7).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from prosograph.api import KnowledgeBase
from prosograph.models import (
    DateValue,
    Document,
    Entity,
    Extraction,
    Factoid,
    Mention,
    Sentence,
    Source,
)
from prosograph.store import Store
from prosograph.web import create_app

REPO = Path(__file__).parents[2]

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"
HOSTILE_ID = "hostile/evil <b>doc</b>.txt"


def hostile_extraction() -> Extraction:
    """One document in which every shown string tries to be markup."""
    title = f"Ivan {SCRIPT}"
    first = f"Ivan {SCRIPT} was born in {IMAGE} in 1900."
    second = f'In 1920 Ivan {SCRIPT} became Chairman of the "Club" & <i>Society</i> {IMAGE}.'
    text = f"{title}\n\n{first} {second}\n"
    start1 = text.index(first)
    start2 = text.index(second)
    document = Document(
        id=HOSTILE_ID,
        source_path=HOSTILE_ID,
        format="sentences",
        title=title,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        subject=title,
        body_start=start1,
        url="javascript:alert(1)",
    )
    sentences = [
        Sentence(0, start1, start1 + len(first), first),
        Sentence(1, start2, start2 + len(second), second),
    ]
    subject = Entity("subject", title, ((title, "name"), ("Ivan", "name")), is_subject=True)
    other = Entity("e1", f"Pyotr {IMAGE}", ((f"Pyotr {IMAGE}", "name"),))
    facts = [
        Factoid(
            "birth",
            "birth",
            "subject",
            Source(HOSTILE_ID, start1, start1 + len(first), first, "manual"),
            date=DateValue("1900", "1900-01-01", "1900-12-31", "1900"),
            place=IMAGE,
        ),
        Factoid(
            "position",
            f'Chairman of the "Club" & <i>Society</i> {IMAGE}',
            "subject",
            Source(HOSTILE_ID, start2, start2 + len(second), second, "manual"),
            date=DateValue("1920/", "1920-01-01", None, "1920"),
        ),
        Factoid(
            "relation",
            "ally of",
            "subject",
            Source(HOSTILE_ID, start2, start2 + len(second), second, "manual"),
            other="e1",
        ),
    ]
    place_at = first.index(IMAGE) + start1
    mentions = [
        Mention(0, start1, start1 + len("Ivan"), "Ivan", "person", "subject"),
        Mention(0, place_at, place_at + len(IMAGE), IMAGE, "place"),
    ]
    return Extraction(document, sentences, [subject, other], facts, mentions)


def _ingest_examples(path: Path) -> None:
    with KnowledgeBase(path) as kb:
        report = kb.ingest([REPO / "examples" / "corpus"])
    assert report.ok, report.failures


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus, ingested once for the whole session."""
    path = tmp_path_factory.mktemp("web") / "corpus.db"
    _ingest_examples(path)
    return path


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding only the hostile document, resolved."""
    path = tmp_path_factory.mktemp("web") / "hostile.db"
    store = Store(path)
    store.write_extraction(hostile_extraction())
    store.close()
    with KnowledgeBase(path) as kb:
        kb.resolve()
    return path


@pytest.fixture(scope="session")
def hostile() -> dict[str, str]:
    """The hostile strings: ``script``, ``image`` and the document's ``id``."""
    return {"script": SCRIPT, "image": IMAGE, "id": HOSTILE_ID}


@pytest.fixture(scope="module")
def corpus_app(corpus_db: Path) -> FastAPI:
    """The web app over the example corpus."""
    return create_app(corpus_db)


@pytest.fixture(scope="module")
def client(corpus_app: FastAPI) -> Iterator[TestClient]:
    """An in-process client of the example-corpus app (server errors become 500s)."""
    with TestClient(corpus_app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def hostile_client(hostile_db: Path) -> Iterator[TestClient]:
    """An in-process client of the app over the hostile document."""
    with TestClient(create_app(hostile_db), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def corpus_kb(corpus_db: Path) -> Iterator[KnowledgeBase]:
    """The library over the same file, to compare the API with."""
    with KnowledgeBase(corpus_db, read_only=True) as kb:
        yield kb
