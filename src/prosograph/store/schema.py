"""The SQLite schema as a list of named migrations, applied in order, each in a transaction.

Raw per-document records (documents, sentences, entities, facts, mentions) are written once
per document; the person tables are derived from them by resolution and can be rebuilt at
any time. That split is what makes re-ingesting idempotent and replacing a document exact:
everything a document contributed is found by its id.
"""

from __future__ import annotations

SCHEMA_VERSION_KEY = "schema_version"

#: (name, SQL script). Never edit a shipped migration: append a new one.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            source_path TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT NOT NULL,
            subject TEXT,
            url TEXT,
            text TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            body_start INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sentences (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (document_id, idx)
        );
        CREATE VIRTUAL TABLE sentence_fts USING fts5(
            text, document_id UNINDEXED, idx UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE entities (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            is_subject INTEGER NOT NULL,
            names TEXT NOT NULL,
            hints TEXT NOT NULL,
            PRIMARY KEY (document_id, key)
        );
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            subject_key TEXT NOT NULL,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            other_key TEXT,
            date TEXT,
            date_start TEXT,
            date_end TEXT,
            date_text TEXT,
            julian TEXT,
            place TEXT,
            confidence REAL NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            source_text TEXT NOT NULL,
            method TEXT NOT NULL
        );
        CREATE INDEX facts_document ON facts(document_id, subject_key);
        CREATE INDEX facts_type_date ON facts(type, date_start);
        CREATE TABLE mentions (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            entity_key TEXT
        );
        CREATE INDEX mentions_document ON mentions(document_id, sentence);
        CREATE TABLE persons (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL
        );
        CREATE TABLE person_map (
            document_id TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            person_id TEXT NOT NULL REFERENCES persons(id),
            reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (document_id, entity_key)
        );
        CREATE INDEX person_map_person ON person_map(person_id);
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        """,
    ),
    (
        "0002_edges",
        """
        CREATE TABLE edges (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            type TEXT NOT NULL,
            kind TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            document_id TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            source_text TEXT NOT NULL
        );
        CREATE INDEX edges_source ON edges(source);
        CREATE INDEX edges_target ON edges(target)
        """,
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)
