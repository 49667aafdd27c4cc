"""The library: one object over a knowledge-base file that ingests and answers questions.

The CLI, the HTTP API and the web pages call this module and nothing below it, so every
interface gives the same answers in the same shapes (../shared/CONTRACT.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from prosograph import cards, explore, graph, persons
from prosograph.conflicts import find_conflicts
from prosograph.errors import AmbiguousError, InputError, NotFoundError, ProsographError
from prosograph.models import Document
from prosograph.names import name_key
from prosograph.parallel import extract_all
from prosograph.readers import read_path
from prosograph.resolve import MentionRecord, explain
from prosograph.store import Store
from prosograph.store.browse import (
    document_facts,
    document_mentions,
    document_persons,
    document_sentences,
    list_documents,
)
from prosograph.store.search import SearchFilter, search_sentences, sentence_links

#: Name kinds that are not shown as aliases (a bare surname is a way of referring, not a name).
_HIDDEN_NAME_KINDS = frozenset({"surname"})


@dataclass(frozen=True, slots=True)
class IngestEvent:
    """One step of an ingest, for progress display: a document stored, skipped or failed."""

    status: str  # "stored", "unchanged" or "failed"
    document: str
    message: str = ""


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: counts per outcome and the one-line message of every failure."""

    stored: int = 0
    unchanged: int = 0
    failures: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no file or record failed."""
        return not self.failures


class KnowledgeBase:
    """A prosograph knowledge base stored in one SQLite file."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.store = Store(path, read_only=read_only)
        self.read_only = read_only
        self._name_index: list[tuple[str, str, frozenset[str]]] | None = None
        self._survey_cache: tuple[dict[str, int], list[dict[str, Any]]] | None = None

    def close(self) -> None:
        """Close the underlying store."""
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        format: str | None = None,
        subject: str | None = None,
        on_event: Callable[[IngestEvent], None] | None = None,
        workers: int = 1,
    ) -> IngestReport:
        """Read, extract and store every document under ``paths``, then re-resolve persons.

        A document whose content is unchanged since it was stored is skipped; a changed one
        replaces exactly what its old version contributed. A file that cannot be read is
        reported in ``IngestReport.failures`` and the others are still stored. With
        ``workers`` > 1 the extract step runs in that many processes (same result).
        """
        report = IngestReport()
        changed: set[str] = set()

        def emit(event: IngestEvent) -> None:
            if on_event is not None:
                on_event(event)

        def to_extract() -> Iterator[Document]:
            for path in paths:
                for item in read_path(Path(path), format=format, subject=subject):
                    if isinstance(item, InputError):
                        report.failures.append(str(item))
                        emit(IngestEvent("failed", item.path, str(item)))
                    elif self.store.document_sha256(item.id) == item.sha256:
                        report.unchanged += 1
                        emit(IngestEvent("unchanged", item.id))
                    else:
                        yield item

        for document, extraction in extract_all(to_extract(), workers=workers):
            if isinstance(extraction, ProsographError):
                message = f"{document.source_path}: {extraction}"
                report.failures.append(message)
                emit(IngestEvent("failed", document.id, message))
                continue
            self.store.write_extraction(extraction)
            changed.add(document.id)
            report.stored += 1
            emit(IngestEvent("stored", document.id))
        if changed:
            self.resolve(changed_documents=changed)
        report.counts = self.stats()
        return report

    def resolve(self, *, changed_documents: set[str] | None = None) -> None:
        """Resolve every stored per-document person record into persons.

        With ``changed_documents``, start from the saved last resolution and re-resolve only
        the blocks those documents touch; the result is the same as a full run.
        """
        records = persons.mention_records(self.store.entities())
        decisions = persons.decisions_from(self.store.decisions())
        previous = None
        if changed_documents is not None:
            previous = persons.load_resolution(self.store.resolution_state())
        resolution = persons.run(
            records, decisions, previous=previous, changed_documents=changed_documents
        )
        person_rows, mapping = persons.rows_of(resolution, records)
        self.store.write_resolution(person_rows, mapping, state=persons.dump_resolution(resolution))
        self._name_index = None
        self.rebuild_graph()

    def rebuild_graph(self) -> None:
        """Recompute the people graph's edges from the facts and the sentences."""
        edges = graph.edges_from_facts(self.store.all_facts())
        edges += graph.edges_from_sentences(self.store.sentence_persons())
        self.store.write_edges(edges)

    # -- curation (issue 6) ----------------------------------------------------------------

    def _records_for(self, query: str) -> list[MentionRecord]:
        """The mention records a query names: those carrying the name form, else the person's."""
        records = persons.mention_records(self.store.entities())
        key = name_key(query)
        named = [r for r in records if key in {name_key(n) for n, _kind in r.all_names()}]
        if named:
            return named
        pid = self.person_id(query)
        members = {
            persons.record_id(document, entity)
            for document, entity, person in self.store.person_map()
            if person == pid
        }
        return [r for r in records if r.id in members]

    def why(self, a: str, b: str) -> dict[str, Any]:
        """The evidence for and against ``a`` and ``b`` being one person, and the verdict."""
        left, right = self._records_for(a), self._records_for(b)
        if not left or not right:
            missing = a if not left else b
            raise NotFoundError(f"no person or name matches {missing!r}")
        decisions = persons.decisions_from(self.store.decisions())
        explanation = explain(left, right, decisions=decisions)
        assignment = dict((persons.record_id(d, k), p) for d, k, p in self.store.person_map())
        same = {assignment.get(r.id) for r in left} & {assignment.get(r.id) for r in right}
        return {
            "a": a,
            "b": b,
            "merged": bool(same - {None}),
            "verdict": explanation.verdict,
            "score": explanation.score if explanation.score != float("inf") else None,
            "supporting": [
                {"code": r.code, "weight": r.weight, "detail": r.detail}
                for r in explanation.supporting
            ],
            "opposing": [
                {"code": r.code, "weight": r.weight, "detail": r.detail}
                for r in explanation.opposing
            ],
            "decision": (
                {
                    "kind": explanation.decision.kind,
                    "a": explanation.decision.a,
                    "b": explanation.decision.b,
                }
                if explanation.decision
                else None
            ),
            "lines": explanation.lines(),
        }

    def merge(self, a: str, b: str) -> dict[str, Any]:
        """Record that ``a`` and ``b`` are one person, re-resolve, and return the person."""
        left, right = self._records_for(a), self._records_for(b)
        if not left or not right:
            raise NotFoundError(f"no person or name matches {a if not left else b!r}")
        self.store.add_decision("merge", left[0].id, right[0].id, note=f"merge {a} + {b}")
        self.resolve()
        return self._person_object(self._person_of_record(left[0]))

    def split(self, person: str, name: str) -> list[dict[str, Any]]:
        """Record that the records of ``person`` called ``name`` are someone else; re-resolve."""
        pid = self.person_id(person)
        members = {
            persons.record_id(document, entity)
            for document, entity, owner in self.store.person_map()
            if owner == pid
        }
        records = [r for r in persons.mention_records(self.store.entities()) if r.id in members]
        key = name_key(name)
        part = [r for r in records if key in {name_key(n) for n, _kind in r.all_names()}]
        rest = [r for r in records if r not in part]
        if not part or not rest:
            raise NotFoundError(
                f"{person!r} has no records named {name!r} beside others; nothing to split"
            )
        for left in part[:50]:
            for right in rest[:50]:
                self.store.add_decision("split", left.id, right.id, note=f"split {name}")
        self.resolve()
        ids = {self._person_of_record(part[0]), self._person_of_record(rest[0])}
        return [self._person_object(p) for p in sorted(ids)]

    def _person_of_record(self, record: MentionRecord) -> str:
        document, key = persons.entity_of(record)
        for doc, entity, person in self.store.person_map():
            if doc == document and entity == key:
                return person
        raise NotFoundError(f"record {record.id!r} is not resolved")

    # -- lookup ----------------------------------------------------------------------------

    def _names(self) -> list[tuple[str, str, frozenset[str]]]:
        """(person id, display name, keys of every name form) for every person, cached."""
        if self._name_index is None:
            forms: dict[str, set[str]] = defaultdict(set)
            for pid, text, _kind in self.store.person_names():
                forms[pid].add(name_key(text))
            self._name_index = [
                (pid, name, frozenset(forms[pid] | {name_key(name)}))
                for pid, name in self.store.persons()
            ]
        return self._name_index

    def find(self, query: str) -> list[tuple[str, str]]:
        """Persons matching a name, best first: exact id or name, all words, then fuzzy."""
        index = self._names()
        exact_id = [(pid, name) for pid, name, _ in index if pid == query]
        if exact_id:
            return exact_id
        key = name_key(query)
        if not key:
            return []
        exact = [(pid, name) for pid, name, keys in index if key in keys]
        if exact:
            return exact
        words = set(key.split())
        by_words = [
            (pid, name)
            for pid, name, keys in index
            if any(words <= set(form.split()) for form in keys)
        ]
        if by_words:
            return by_words
        choices = {pid: name_key(name) for pid, name, _ in index}
        hits = process.extract(key, choices, scorer=fuzz.WRatio, score_cutoff=85, limit=10)
        names = {pid: name for pid, name, _ in index}
        return [(pid, names[pid]) for _choice, _score, pid in hits]

    def person_id(self, query: str) -> str:
        """The id of the one person a query names; raises NotFoundError or AmbiguousError."""
        matches = self.find(query)
        if not matches:
            raise NotFoundError(f"no person matches {query!r}")
        if len(matches) > 1:
            raise AmbiguousError(query, matches)
        return matches[0][0]

    # -- answers ---------------------------------------------------------------------------

    def person(self, query: str) -> dict[str, Any]:
        """The person object of ../shared/CONTRACT.md for a name or id."""
        return self._person_object(self.person_id(query))

    def _person_object(self, person_id: str) -> dict[str, Any]:
        row = self.store.person_row(person_id)
        if row is None:
            raise NotFoundError(f"no person with id {person_id!r}")
        names = [
            text
            for _pid, text, kind in self.store.person_names(person_id)
            if kind not in _HIDDEN_NAME_KINDS
        ]
        card = cards.person_object(row[0], row[1], names, self.store.person_facts(person_id))
        cards.add_alias_facts(card, self.store.person_mentions(person_id))
        card["conflicts"] = find_conflicts(card["facts"])
        return card

    def timeline(self, query: str) -> list[dict[str, Any]]:
        """The person's dated facts in time order."""
        return cards.timeline(self.person(query))

    def people(self) -> list[dict[str, Any]]:
        """A summary row per person: id, name, birth and death (EDTF), number of facts."""
        result: list[dict[str, Any]] = [
            {"id": pid, "name": name, "birth": None, "death": None, "facts": 0}
            for pid, name in self.store.persons()
        ]
        by_id = {row["id"]: row for row in result}
        for pid, fact_type, date, count in self.store.fact_summary():
            row = by_id.get(pid)
            if row is None:
                continue
            row["facts"] += count
            if fact_type in ("birth", "death") and date and row[fact_type] is None:
                row[fact_type] = date
        return result

    def export(self) -> Iterator[dict[str, Any]]:
        """Every person object, ordered by name: the contract every evaluation reads."""
        for pid, _name in self.store.persons():
            yield self._person_object(pid)

    # -- exploration: people graph and conflicts (issue 6) ---------------------------------

    def related(
        self, query: str, *, type: str | None = None, loose: bool = False
    ) -> list[dict[str, Any]]:
        """Neighbours of a person: ``{"person", "relation", "kind", "date", "sources"}``.

        ``type`` keeps relations whose name contains it; ``loose`` adds persons merely
        named in the same sentence.
        """
        return explore.related(self.store, self.person_id(query), edge_type=type, loose=loose)

    def path(self, a: str, b: str, *, loose: bool = False) -> list[dict[str, Any]]:
        """Shortest chain of sourced relations: ``{"from", "to", "relation", "sources"}`` steps."""
        return explore.path(self.store, self.person_id(a), self.person_id(b), loose=loose)

    def graph(
        self,
        *,
        center: str | None = None,
        types: list[str] | None = None,
        start_year: int | None = None,
        end_year: int | None = None,
        loose: bool = False,
        limit: int = 300,
    ) -> dict[str, list[dict[str, Any]]]:
        """Nodes ``{"id", "name", "birth", "death"}`` and edges ``{"source", "target", "type",
        "kind", "sources"}`` of the people graph, or the neighbourhood of ``center``."""
        return explore.network(
            self.store,
            center=self.person_id(center) if center else None,
            types=types,
            start_year=start_year,
            end_year=end_year,
            loose=loose,
            limit=limit,
        )

    def who(self, position: str, on: str) -> list[dict[str, Any]]:
        """Who held a position (matched loosely) on a day given as ``YYYY[-MM[-DD]]``."""
        return explore.who(self.store, position, on)

    def events(
        self,
        type: str,
        *,
        year_from: int | None = None,
        year_to: int | None = None,
        place: str | None = None,
    ) -> list[dict[str, Any]]:
        """Facts of a type in a period and place, each with ``"person"``."""
        return explore.events(self.store, type, year_from=year_from, year_to=year_to, place=place)

    def conflicts(self, query: str | None = None) -> list[dict[str, Any]]:
        """Disagreements between sources (contract shape) with ``"person": {"id", "name"}``."""
        if query:
            card = self.person(query)
            return [
                {**conflict, "person": {"id": card["id"], "name": card["name"]}}
                for conflict in card["conflicts"]
            ]
        return self._survey()[1]

    def _survey(self) -> tuple[dict[str, int], list[dict[str, Any]]]:
        """One pass over every person: facts per type and every conflict.

        A read-only knowledge base cannot change under us, so the answer is kept.
        """
        if self._survey_cache is not None:
            return self._survey_cache
        per_type: dict[str, int] = defaultdict(int)
        conflicts: list[dict[str, Any]] = []
        for card in self.export():
            for fact in card["facts"]:
                per_type[fact["type"]] += 1
            conflicts.extend(
                {**conflict, "person": {"id": card["id"], "name": card["name"]}}
                for conflict in card["conflicts"]
            )
        survey = (dict(sorted(per_type.items())), conflicts)
        if self.read_only:
            self._survey_cache = survey
        return survey

    def stats(self) -> dict[str, Any]:
        """Counts of documents, sentences, persons, facts (merged) and facts per type."""
        counts: dict[str, Any] = dict(self.store.counts())
        per_type, conflicts = self._survey()
        counts["facts"] = sum(per_type.values())
        counts["facts_by_type"] = per_type
        counts["conflicts"] = len(conflicts)
        return counts

    # -- browsing (web) ----------------------------------------------------------------------
    # Reads for the web pages and the HTTP API (issue 7).

    def search(
        self,
        query: str | None = None,
        *,
        person: str | None = None,
        type: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Sentences matching the words of ``query``, best first, with what each links to.

        Each hit is ``{"document", "title", "sentence", "span", "text", "matches",
        "persons", "facts"}``: ``span`` is the sentence's ``[start, end)`` in the document,
        ``matches`` the ``[start, end)`` of each matched word inside ``text``, ``persons``
        ``{"id", "name"}`` of everyone it names or states a fact about, and ``facts`` the
        facts it states (``person``, ``type``, ``value``, ``date``, ``other_person``,
        ``span``). ``person`` (a name or id) keeps sentences that name the person or state a
        fact about them; ``type`` and the years keep sentences stating a fact of that type
        dated within the years. With no words, the filters alone select (in text order).
        Raises NotFoundError or AmbiguousError for a ``person`` that names no one or several.
        """
        where = SearchFilter(
            person_id=self.person_id(person) if person else None,
            fact_type=type,
            year_from=year_from,
            year_to=year_to,
        )
        hits = search_sentences(self.store, query, where, limit=max(1, min(limit, 500)))
        links = sentence_links(self.store, hits)
        return [
            {
                "document": hit.document_id,
                "title": hit.title,
                "sentence": hit.index,
                "span": [hit.start, hit.end],
                "text": hit.text,
                "matches": [list(match) for match in hit.matches],
                **links[(hit.document_id, hit.index)],
            }
            for hit in hits
        ]

    def documents(self) -> list[dict[str, Any]]:
        """Every stored document: ``{"id", "title", "subject", "format", "characters",
        "sentences", "facts", "persons"}`` (counts of what was found in it), ordered by id."""
        return list_documents(self.store)

    def document(self, document_id: str) -> dict[str, Any]:
        """A stored document with everything found in it, offsets into ``text``.

        ``{"id", "title", "subject", "format", "url", "source_path", "body_start", "text",
        "sentences": [{"index", "start", "end"}], "persons": [{"id", "name", "subject",
        "names": [{"text", "kind"}]}], "mentions": [{"sentence", "start", "end", "text",
        "label", "person"}], "facts": [one per (fact, source): the contract's fact fields
        with ``person``, ``span``, ``text`` and ``method`` instead of ``sources``]}``.
        Raises NotFoundError for an unknown id.
        """
        row = self.store.document(document_id)
        if row is None:
            raise NotFoundError(f"no document with id {document_id!r}")
        return {
            "id": row["id"],
            "title": row["title"],
            "subject": row["subject"],
            "format": row["format"],
            "url": row["url"],
            "source_path": row["source_path"],
            "body_start": row["body_start"],
            "text": row["text"],
            "sentences": document_sentences(self.store, document_id),
            "persons": document_persons(self.store, document_id),
            "mentions": document_mentions(self.store, document_id),
            "facts": document_facts(self.store, document_id),
        }


def open(path: str | Path, *, read_only: bool = False) -> KnowledgeBase:
    """Open (creating if needed) the knowledge base stored at ``path``."""
    return KnowledgeBase(path, read_only=read_only)
