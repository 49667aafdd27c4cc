"""The store: migrations, whole-document replacement, atomic writes, read-only mode."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from prosograph import persons as person_rows
from prosograph.errors import StoreError
from prosograph.models import DateValue, Document, Entity, Extraction, Factoid, Sentence, Source
from prosograph.store import Store
from prosograph.store.schema import SCHEMA_VERSION


def _extraction(doc_id: str, text: str, sha: str, fact_value: str = "electrician") -> Extraction:
    document = Document(
        id=doc_id,
        source_path=doc_id,
        format="text",
        title="Ann Example",
        text=text,
        sha256=sha,
        subject="Ann Example",
    )
    source = Source(document=doc_id, start=0, end=len(text), text=text, method="pattern")
    return Extraction(
        document=document,
        sentences=[Sentence(index=0, start=0, end=len(text), text=text)],
        entities=[Entity(key="subject", name="Ann Example", is_subject=True)],
        facts=[
            Factoid(
                type="occupation",
                value=fact_value,
                subject="subject",
                source=source,
                date=DateValue("1907", "1907-01-01", "1907-12-31", "1907"),
            )
        ],
    )


def test_db_migrates_new_file_to_current_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db")
    conn = sqlite3.connect(tmp_path / "kb.db")
    assert conn.execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_db_rejects_newer_schema(tmp_path: Path) -> None:
    Store(tmp_path / "kb.db").close()
    conn = sqlite3.connect(tmp_path / "kb.db")
    conn.execute("UPDATE meta SET value = '999'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer prosograph"):
        Store(tmp_path / "kb.db")


def test_db_rejects_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a prosograph knowledge base"):
        Store(path)


def test_db_write_replaces_old_version_of_document(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db")
    store.write_extraction(_extraction("a.txt", "He was an electrician.", "1"))
    store.write_extraction(_extraction("b.txt", "She was a miner.", "2", "miner"))
    store.write_extraction(_extraction("a.txt", "He was a welder.", "3", "welder"))
    records = person_rows.mention_records(store.entities())
    resolution = person_rows.run(records, [])
    people, mapping = person_rows.rows_of(resolution, records)
    store.write_resolution(people, mapping)
    ((pid, _name),) = store.persons()
    values = sorted(row.value for row in store.person_facts(pid))
    assert values == ["miner", "welder"]
    assert store.document_sha256("a.txt") == "3"
    assert store.counts()["sentences"] == 2


def test_db_failed_write_leaves_store_unchanged(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db")
    store.write_extraction(_extraction("a.txt", "He was an electrician.", "1"))
    before = store.dump()
    broken = _extraction("a.txt", "He was a welder.", "2")
    broken.entities.append(Entity(key="subject", name="Duplicate key", is_subject=False))
    with pytest.raises(sqlite3.IntegrityError):
        store.write_extraction(broken)
    assert store.dump() == before


def test_db_read_only_refuses_writes(tmp_path: Path) -> None:
    Store(tmp_path / "kb.db").close()
    store = Store(tmp_path / "kb.db", read_only=True)
    with pytest.raises(sqlite3.OperationalError):
        store.write_extraction(_extraction("a.txt", "x", "1"))
