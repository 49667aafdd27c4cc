"""The knowledge-base file: one owner for the SQLite connection and every write.

Writes come in two shapes only: a whole document's extraction (replacing whatever an older
version of the same document contributed, in one transaction) and a whole resolution
(persons and the map from document entities to persons, also in one transaction). A crash
or a bad file therefore never leaves half a document or half a resolution behind.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prosograph.errors import StoreError
from prosograph.models import Extraction
from prosograph.store.rows import Edge, EntityRow, FactRow
from prosograph.store.schema import MIGRATIONS, SCHEMA_VERSION, SCHEMA_VERSION_KEY

__all__ = ["Edge", "EntityRow", "FactRow", "Store"]


_FACT_SELECT = """
    SELECT pm.person_id, f.type, f.value, om.person_id, op.name, f.date, f.date_start,
           f.date_end, f.date_text, f.julian, f.place, f.confidence, f.document_id,
           f.span_start, f.span_end, f.source_text, f.method
    FROM facts f
    JOIN person_map pm ON pm.document_id = f.document_id AND pm.entity_key = f.subject_key
    LEFT JOIN person_map om ON om.document_id = f.document_id AND om.entity_key = f.other_key
    LEFT JOIN persons op ON op.id = om.person_id
"""


class Store:
    """A prosograph knowledge base in one SQLite file (WAL mode, versioned schema)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            if read_only:
                uri = f"file:{self.path}?mode=ro"
                self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                self._conn = sqlite3.connect(self.path, check_same_thread=False)
            self._conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a prosograph knowledge base ({error})") from error
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open the knowledge base: {error}") from error
        self._conn.isolation_level = None  # explicit transactions only
        if read_only:
            self._check_version()
        else:
            self._migrate()

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block atomically: everything in it is written, or nothing is."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _version(self) -> int:
        exists = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if not exists:
            return 0
        row = self._conn.execute(
            "SELECT value FROM meta WHERE key = ?", (SCHEMA_VERSION_KEY,)
        ).fetchone()
        return int(row[0]) if row else 0

    def _check_version(self) -> None:
        try:
            version = self._version()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a prosograph knowledge base ({error})") from error
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version}, expected {SCHEMA_VERSION}; "
                "open it once without read-only mode to migrate it"
            )

    def _migrate(self) -> None:
        try:
            version = self._version()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a prosograph knowledge base ({error})") from error
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer prosograph (schema {version}, this one knows "
                f"{SCHEMA_VERSION}); upgrade prosograph"
            )
        for number, (_name, script) in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            with self.transaction() as conn:
                conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
                for statement in _split_script(script):
                    conn.execute(statement)
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    (SCHEMA_VERSION_KEY, str(number)),
                )

    # -- documents -------------------------------------------------------------------------

    def document_sha256(self, document_id: str) -> str | None:
        """The content hash stored for a document id, or None if it is not stored."""
        row = self._conn.execute(
            "SELECT sha256 FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def write_extraction(self, extraction: Extraction) -> None:
        """Store one document's extraction, replacing everything its old version gave."""
        document = extraction.document
        with self.transaction() as conn:
            _delete_document(conn, document.id)
            conn.execute(
                "INSERT INTO documents (id, source_path, format, title, subject, url, text, "
                "sha256, body_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.id,
                    document.source_path,
                    document.format,
                    document.title,
                    document.subject,
                    document.url,
                    document.text,
                    document.sha256,
                    document.body_start,
                ),
            )
            conn.executemany(
                'INSERT INTO sentences (document_id, idx, start, "end", text) '
                "VALUES (?, ?, ?, ?, ?)",
                [(document.id, s.index, s.start, s.end, s.text) for s in extraction.sentences],
            )
            conn.executemany(
                "INSERT INTO sentence_fts (text, document_id, idx) VALUES (?, ?, ?)",
                [(s.text, document.id, s.index) for s in extraction.sentences],
            )
            conn.executemany(
                "INSERT INTO entities (document_id, key, name, is_subject, names, hints) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        document.id,
                        e.key,
                        e.name,
                        int(e.is_subject),
                        json.dumps(e.names, ensure_ascii=False),
                        json.dumps(e.hints, ensure_ascii=False),
                    )
                    for e in extraction.entities
                ],
            )
            conn.executemany(
                "INSERT INTO facts (document_id, subject_key, type, value, other_key, date, "
                "date_start, date_end, date_text, julian, place, confidence, span_start, "
                "span_end, source_text, method) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        document.id,
                        f.subject,
                        f.type,
                        f.value,
                        f.other,
                        f.date.edtf if f.date else None,
                        f.date.start if f.date else None,
                        f.date.end if f.date else None,
                        f.date.text if f.date else None,
                        f.date.julian if f.date else None,
                        f.place,
                        f.confidence,
                        f.source.start,
                        f.source.end,
                        f.source.text,
                        f.source.method,
                    )
                    for f in extraction.facts
                ],
            )
            conn.executemany(
                'INSERT INTO mentions (document_id, sentence, start, "end", text, label, '
                "entity_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (document.id, m.sentence, m.start, m.end, m.text, m.label, m.entity)
                    for m in extraction.mentions
                ],
            )

    # -- resolution ------------------------------------------------------------------------

    def entities(self) -> list[EntityRow]:
        """Every per-document person record, in a stable order."""
        rows = self._conn.execute(
            "SELECT document_id, key, name, is_subject, names, hints FROM entities "
            "ORDER BY document_id, key"
        ).fetchall()
        return [
            EntityRow(
                document_id=r[0],
                key=r[1],
                name=r[2],
                is_subject=bool(r[3]),
                names=tuple((str(a), str(b)) for a, b in json.loads(r[4])),
                hints=tuple((str(a), str(b)) for a, b in json.loads(r[5])),
            )
            for r in rows
        ]

    def write_resolution(
        self,
        persons: list[tuple[str, str]],
        mapping: list[tuple[str, str, str, str]],
        *,
        state: str | None = None,
    ) -> None:
        """Replace persons and the entity->person map in one transaction.

        ``persons`` are (id, display name); ``mapping`` rows are
        (document id, entity key, person id, reason); ``state`` is the resolver's saved
        form of this resolution, which the next incremental run starts from.
        """
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('resolution', ?)", (state or "",)
            )
            conn.execute("DELETE FROM person_map")
            conn.execute("DELETE FROM persons")
            conn.executemany("INSERT INTO persons (id, name) VALUES (?, ?)", persons)
            conn.executemany(
                "INSERT INTO person_map (document_id, entity_key, person_id, reason) "
                "VALUES (?, ?, ?, ?)",
                mapping,
            )

    def person_mentions(self, person_id: str) -> list[tuple[str, str, int, int, str]]:
        """(document, mention text, sentence start, sentence end, sentence text) of every
        person mention resolved to this person, in document order."""
        rows = self._conn.execute(
            'SELECT m.document_id, m.text, s.start, s."end", s.text FROM mentions m '
            "JOIN person_map pm ON pm.document_id = m.document_id AND pm.entity_key = m.entity_key "
            "JOIN sentences s ON s.document_id = m.document_id AND s.idx = m.sentence "
            "WHERE pm.person_id = ? AND m.label = 'PERSON' ORDER BY m.document_id, m.start",
            (person_id,),
        ).fetchall()
        return [(str(d), str(t), int(a), int(b), str(x)) for d, t, a, b, x in rows]

    def person_map(self) -> list[tuple[str, str, str]]:
        """(document id, entity key, person id) for every resolved entity."""
        rows = self._conn.execute(
            "SELECT document_id, entity_key, person_id FROM person_map "
            "ORDER BY document_id, entity_key"
        ).fetchall()
        return [(str(d), str(k), str(p)) for d, k, p in rows]

    def resolution_state(self) -> str | None:
        """The resolver state saved with the last resolution, if any."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'resolution'").fetchone()
        return str(row[0]) if row and row[0] else None

    def decisions(self) -> list[tuple[str, str, str]]:
        """Curation decisions (kind, a, b) in the order they were made."""
        rows = self._conn.execute("SELECT kind, a, b FROM decisions ORDER BY id").fetchall()
        return [(str(k), str(a), str(b)) for k, a, b in rows]

    def add_decision(self, kind: str, a: str, b: str, note: str = "") -> None:
        """Record a manual merge or split; it outlives re-ingesting and re-resolving."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO decisions (kind, a, b, note) VALUES (?, ?, ?, ?)", (kind, a, b, note)
            )

    # -- reads -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts a summary shows: documents, sentences, persons, facts, mentions."""
        result: dict[str, int] = {}
        for name, sql in (
            ("documents", "SELECT count(*) FROM documents"),
            ("sentences", "SELECT count(*) FROM sentences"),
            ("persons", "SELECT count(*) FROM persons"),
            ("fact_sources", "SELECT count(*) FROM facts"),
            ("mentions", "SELECT count(*) FROM mentions"),
        ):
            result[name] = int(self._conn.execute(sql).fetchone()[0])
        return result

    def persons(self) -> list[tuple[str, str]]:
        """Every person as (id, display name), ordered by name."""
        rows = self._conn.execute("SELECT id, name FROM persons ORDER BY name, id").fetchall()
        return [(str(i), str(n)) for i, n in rows]

    def person_row(self, person_id: str) -> tuple[str, str] | None:
        """(id, name) of one person, or None."""
        row = self._conn.execute(
            "SELECT id, name FROM persons WHERE id = ?", (person_id,)
        ).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def person_names(self, person_id: str | None = None) -> list[tuple[str, str, str]]:
        """(person id, name form, kind) for every stored name of one person or of all."""
        sql = (
            "SELECT pm.person_id, e.name, e.names FROM entities e JOIN person_map pm "
            "ON pm.document_id = e.document_id AND pm.entity_key = e.key"
        )
        params: tuple[Any, ...] = ()
        if person_id is not None:
            sql += " WHERE pm.person_id = ?"
            params = (person_id,)
        sql += " ORDER BY e.document_id, e.key"
        result: list[tuple[str, str, str]] = []
        for pid, name, names in self._conn.execute(sql, params):
            result.append((str(pid), str(name), "name"))
            result.extend((str(pid), str(text), str(kind)) for text, kind in json.loads(names))
        return result

    def person_facts(self, person_id: str) -> list[FactRow]:
        """Every (fact, source) row whose subject is the person."""
        rows = self._conn.execute(
            _FACT_SELECT + " WHERE pm.person_id = ? ORDER BY f.document_id, f.span_start, f.id",
            (person_id,),
        ).fetchall()
        return [FactRow(*r) for r in rows]

    def fact_summary(self) -> list[tuple[str, str, str | None, int]]:
        """(person id, fact type, earliest EDTF date, number of source rows) per person/type."""
        rows = self._conn.execute(
            "SELECT pm.person_id, f.type, min(f.date), count(*) FROM facts f "
            "JOIN person_map pm ON pm.document_id = f.document_id "
            "AND pm.entity_key = f.subject_key GROUP BY pm.person_id, f.type"
        ).fetchall()
        return [(str(p), str(t), d, int(c)) for p, t, d, c in rows]

    def all_facts(self) -> Iterator[FactRow]:
        """Every (fact, source) row of the store, grouped by person."""
        for row in self._conn.execute(
            _FACT_SELECT + " ORDER BY pm.person_id, f.document_id, f.span_start, f.id"
        ):
            yield FactRow(*row)

    def document(self, document_id: str) -> dict[str, Any] | None:
        """A stored document's fields, or None."""
        cursor = self._conn.execute(
            "SELECT id, source_path, format, title, subject, url, text, sha256, body_start "
            "FROM documents WHERE id = ?",
            (document_id,),
        )
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def document_ids(self) -> list[str]:
        """Every stored document id, sorted."""
        return [str(r[0]) for r in self._conn.execute("SELECT id FROM documents ORDER BY id")]

    def facts_of_type(
        self, fact_type: str, *, start: str | None = None, end: str | None = None
    ) -> list[FactRow]:
        """Rows of one fact type whose possible days overlap ``[start, end]`` (ISO days).

        A row with no date never matches a date filter; an unknown side of an interval is
        taken as open on that side.
        """
        sql = _FACT_SELECT + " WHERE f.type = ?"
        params: list[Any] = [fact_type]
        if start is not None or end is not None:
            sql += " AND (f.date_start IS NOT NULL OR f.date_end IS NOT NULL)"
        if end is not None:
            sql += " AND (f.date_start IS NULL OR f.date_start <= ?)"
            params.append(end)
        if start is not None:
            sql += " AND (f.date_end IS NULL OR f.date_end >= ?)"
            params.append(start)
        sql += " ORDER BY f.date_start, pm.person_id, f.document_id, f.span_start"
        return [FactRow(*row) for row in self._conn.execute(sql, params)]

    def sentence_persons(self) -> list[tuple[str, int, int, str, list[str]]]:
        """(document, start, end, text, person ids) of every sentence naming two or more."""
        rows = self._conn.execute(
            'SELECT s.document_id, s.start, s."end", s.text, pm.person_id FROM mentions m '
            "JOIN person_map pm ON pm.document_id = m.document_id AND pm.entity_key = m.entity_key "
            "JOIN sentences s ON s.document_id = m.document_id AND s.idx = m.sentence "
            "WHERE m.entity_key IS NOT NULL ORDER BY s.document_id, s.idx"
        ).fetchall()
        groups: dict[tuple[str, int], tuple[str, int, int, str, list[str]]] = {}
        for document, start, end, text, person in rows:
            group = groups.setdefault((document, start), (document, start, end, text, []))
            if person not in group[4]:
                group[4].append(person)
        return [g for g in groups.values() if len(g[4]) > 1]

    def write_edges(self, edges: list[Edge]) -> None:
        """Replace the materialised people graph in one transaction."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM edges")
            conn.executemany(
                "INSERT INTO edges (source, target, type, kind, date_start, date_end, "
                "document_id, span_start, span_end, source_text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.source,
                        e.target,
                        e.type,
                        e.kind,
                        e.date_start,
                        e.date_end,
                        e.document,
                        e.span_start,
                        e.span_end,
                        e.text,
                    )
                    for e in edges
                ],
            )

    def edges_of(self, person_id: str) -> list[Edge]:
        """Every edge leaving a person, strongest kind first."""
        rows = self._conn.execute(
            "SELECT source, target, type, kind, date_start, date_end, document_id, span_start, "
            "span_end, source_text FROM edges WHERE source = ? "
            "ORDER BY CASE kind WHEN 'stated' THEN 0 WHEN 'shared' THEN 1 ELSE 2 END, "
            "target, type, document_id, span_start",
            (person_id,),
        ).fetchall()
        return [Edge(*row) for row in rows]

    def all_edges(self, kinds: tuple[str, ...]) -> list[Edge]:
        """Every edge of the given kinds (for drawing the whole network)."""
        marks = ", ".join("?" for _ in kinds)
        rows = self._conn.execute(
            "SELECT source, target, type, kind, date_start, date_end, document_id, span_start, "
            f"span_end, source_text FROM edges WHERE kind IN ({marks}) ORDER BY id",
            kinds,
        ).fetchall()
        return [Edge(*row) for row in rows]

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run a read query for the store's own query modules (store/*.py) only."""
        cursor = self._conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return list(cursor.fetchall())

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every content table, sorted: for comparing two stores in tests."""
        tables = ["documents", "sentences", "entities", "mentions", "persons", "person_map"]
        result = {
            t: sorted(self._conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables
        }
        result["facts"] = sorted(
            (r[1:] for r in self._conn.execute("SELECT * FROM facts")), key=repr
        )
        return result


def _delete_document(conn: sqlite3.Connection, document_id: str) -> None:
    for table in ("facts", "mentions", "entities", "sentences"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
    conn.execute("DELETE FROM sentence_fts WHERE document_id = ?", (document_id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))


def _split_script(script: str) -> list[str]:
    """Split a migration into statements (no statement of ours contains a semicolon)."""
    return [part.strip() for part in script.split(";") if part.strip()]
