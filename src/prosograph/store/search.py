"""Full-text search over stored sentences (SQLite FTS5), narrowed by person, fact type and years.

Read-only queries for the web pages and the HTTP API. A user's words are never passed to
FTS5 as a query expression: they are cut into words and quoted here, so no input can raise
an FTS5 syntax error or reach a column filter. Matches come back as ``[start, end)`` offsets
into the sentence text instead of marked-up text, so whoever shows them escapes the text
itself (issue 7).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from prosograph.store.db import Store

#: Marks FTS5's highlight() puts around a match; control characters never occur in our text.
_OPEN, _CLOSE = "\x02", "\x03"
_PHRASE_OR_WORD = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class SearchFilter:
    """What narrows a search besides its words; every field is optional.

    ``person_id``: the sentence names the person or states a fact about them. ``fact_type``
    and the years: the sentence states a fact of that type, dated within the years (about
    the person, when one is given too).
    """

    person_id: str | None = None
    fact_type: str | None = None
    year_from: int | None = None
    year_to: int | None = None

    @property
    def about_facts(self) -> bool:
        """True when the filter can only be met by a fact stated in the sentence."""
        return self.fact_type is not None or self.year_from is not None or self.year_to is not None


@dataclass(slots=True)
class SentenceHit:
    """One matching sentence with where the query's words matched in it."""

    document_id: str
    title: str
    index: int
    start: int
    end: int
    text: str
    matches: list[tuple[int, int]] = field(default_factory=list)


def fts_expression(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query, or None when it holds no word.

    Quoted runs stay phrases; every other word matches as a prefix (``Belobor`` finds
    ``Beloborodov``), and all parts must match. Stress marks and other diacritics are dropped
    as the index drops them (``Белоборо́дов`` finds ``Белобородов``).
    """
    plain = "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )
    parts: list[str] = []
    for phrase, bare in _PHRASE_OR_WORD.findall(plain):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{word}"*' for word in _WORD.findall(bare))
    return " ".join(parts) or None


def search_sentences(
    store: Store, text: str | None, where: SearchFilter, *, limit: int = 50
) -> list[SentenceHit]:
    """Sentences matching ``text`` (best first) and the filter; with no words, in text order."""
    expression = fts_expression(text) if text else None
    conditions, params = _filter_sql(where)
    if expression is None:
        if not conditions:
            return []
        sql = (
            'SELECT s.document_id, d.title, s.idx, s.start, s."end", s.text AS marked '
            "FROM sentences s JOIN documents d ON d.id = s.document_id "
            f"WHERE {' AND '.join(conditions)} ORDER BY s.document_id, s.idx LIMIT :limit"
        )
    else:
        params["match"] = expression
        sql = (
            'SELECT s.document_id, d.title, s.idx, s.start, s."end", '
            f"highlight(sentence_fts, 0, '{_OPEN}', '{_CLOSE}') AS marked "
            "FROM sentence_fts "
            "JOIN sentences s ON s.document_id = sentence_fts.document_id "
            "AND s.idx = sentence_fts.idx "
            "JOIN documents d ON d.id = s.document_id "
            "WHERE sentence_fts MATCH :match "
            + "".join(f"AND {c} " for c in conditions)
            + "ORDER BY rank, s.document_id, s.idx LIMIT :limit"
        )
    params["limit"] = limit
    hits = []
    for row in store.query(sql, params):
        plain, matches = _unmark(str(row["marked"]))
        hits.append(
            SentenceHit(
                document_id=str(row["document_id"]),
                title=str(row["title"]),
                index=int(row["idx"]),
                start=int(row["start"]),
                end=int(row["end"]),
                text=plain,
                matches=matches,
            )
        )
    return hits


def sentence_links(
    store: Store, hits: list[SentenceHit]
) -> dict[tuple[str, int], dict[str, list[dict[str, Any]]]]:
    """The persons named in, and the facts stated by, each hit sentence.

    Keyed by (document id, sentence index); two queries per document, not per sentence.
    """
    by_document: dict[str, list[SentenceHit]] = defaultdict(list)
    for hit in hits:
        by_document[hit.document_id].append(hit)
    links: dict[tuple[str, int], dict[str, list[dict[str, Any]]]] = {
        (hit.document_id, hit.index): {"persons": [], "facts": []} for hit in hits
    }
    for document_id, document_hits in by_document.items():
        indexes = sorted({hit.index for hit in document_hits})
        marks = ",".join("?" * len(indexes))
        for row in store.query(
            "SELECT DISTINCT m.sentence, p.id, p.name FROM mentions m "
            "JOIN person_map pm ON pm.document_id = m.document_id AND pm.entity_key = m.entity_key "
            "JOIN persons p ON p.id = pm.person_id "
            f"WHERE m.document_id = ? AND m.sentence IN ({marks}) ORDER BY p.name",
            (document_id, *indexes),
        ):
            links[(document_id, int(row["sentence"]))]["persons"].append(
                {"id": str(row["id"]), "name": str(row["name"])}
            )
        low = min(hit.start for hit in document_hits)
        high = max(hit.end for hit in document_hits)
        facts = store.query(
            "SELECT f.type, f.value, f.date, f.span_start, f.span_end, p.id, p.name, "
            "op.id AS other_id, op.name AS other_name FROM facts f "
            "JOIN person_map pm ON pm.document_id = f.document_id "
            "AND pm.entity_key = f.subject_key "
            "JOIN persons p ON p.id = pm.person_id "
            "LEFT JOIN person_map om ON om.document_id = f.document_id "
            "AND om.entity_key = f.other_key "
            "LEFT JOIN persons op ON op.id = om.person_id "
            "WHERE f.document_id = ? AND f.span_start < ? AND f.span_end > ? "
            "ORDER BY f.span_start, f.id",
            (document_id, high, low),
        )
        for hit in document_hits:
            entry = links[(document_id, hit.index)]
            for row in facts:
                if row["span_start"] >= hit.end or row["span_end"] <= hit.start:
                    continue
                entry["facts"].append(
                    {
                        "person": {"id": str(row["id"]), "name": str(row["name"])},
                        "type": str(row["type"]),
                        "value": str(row["value"]),
                        "date": row["date"],
                        "other_person": (
                            {"id": str(row["other_id"]), "name": str(row["other_name"])}
                            if row["other_id"]
                            else None
                        ),
                        "span": [int(row["span_start"]), int(row["span_end"])],
                    }
                )
                person = entry["facts"][-1]["person"]
                if person not in entry["persons"]:
                    entry["persons"].append(person)
    return links


def _filter_sql(where: SearchFilter) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions on the sentence ``s`` for a filter, with their named parameters."""
    params: dict[str, Any] = {}
    fact_conditions: list[str] = []
    if where.fact_type is not None:
        fact_conditions.append("f.type = :fact_type")
        params["fact_type"] = where.fact_type
    if where.year_from is not None:
        # The fact's latest possible day is on or after 1 January of the first year.
        fact_conditions.append("coalesce(f.date_end, f.date_start) >= :day_from")
        params["day_from"] = f"{where.year_from:04d}-01-01"
    if where.year_to is not None:
        fact_conditions.append("coalesce(f.date_start, f.date_end) <= :day_to")
        params["day_to"] = f"{where.year_to:04d}-12-31"
    if where.person_id is not None:
        params["person_id"] = where.person_id
        fact_conditions.append("(pm.person_id = :person_id OR om.person_id = :person_id)")
    conditions: list[str] = []
    states_fact = (
        "EXISTS (SELECT 1 FROM facts f "
        "JOIN person_map pm ON pm.document_id = f.document_id AND pm.entity_key = f.subject_key "
        "LEFT JOIN person_map om ON om.document_id = f.document_id "
        "AND om.entity_key = f.other_key "
        'WHERE f.document_id = s.document_id AND f.span_start < s."end" '
        "AND f.span_end > s.start AND " + " AND ".join(fact_conditions) + ")"
    )
    if where.about_facts:
        conditions.append(states_fact)
    elif where.person_id is not None:
        names_person = (
            "EXISTS (SELECT 1 FROM mentions m JOIN person_map mp "
            "ON mp.document_id = m.document_id AND mp.entity_key = m.entity_key "
            "WHERE m.document_id = s.document_id AND m.sentence = s.idx "
            "AND mp.person_id = :person_id)"
        )
        conditions.append(f"({names_person} OR {states_fact})")
    return conditions, params


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove highlight marks, returning the plain text and the marked spans in it."""
    plain: list[str] = []
    matches: list[tuple[int, int]] = []
    position = 0
    opened: int | None = None
    for ch in marked:
        if ch == _OPEN:
            opened = position
        elif ch == _CLOSE:
            if opened is not None and opened < position:
                matches.append((opened, position))
            opened = None
        else:
            plain.append(ch)
            position += 1
    return "".join(plain), matches
