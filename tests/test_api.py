"""The library API over the example corpus: the foundation's acceptance checks (issue 3)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import prosograph
from prosograph.api import KnowledgeBase
from prosograph.errors import AmbiguousError, NotFoundError

SEED_ARTICLE = "000_ae8bd2c366e12413.txt"


@pytest.fixture(scope="module")
def example_kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    """A knowledge base built once from the shipped example corpus."""
    corpus = Path(__file__).parents[1] / "examples" / "corpus"
    kb = prosograph.open(tmp_path_factory.mktemp("kb") / "kb.db")
    report = kb.ingest([corpus])
    assert report.ok, report.failures
    yield kb
    kb.close()


def _facts(card: dict[str, Any], fact_type: str) -> list[dict[str, Any]]:
    return [f for f in card["facts"] if f["type"] == fact_type]


def _cites(fact: dict[str, Any], text: str) -> bool:
    return any(text in source["text"] for source in fact["sources"])


def test_api_beloborodov_infobox_facts_with_sources(example_kb: KnowledgeBase) -> None:
    card = example_kb.person("Beloborodov")
    assert card["name"] == "Alexander Beloborodov"
    births = [f for f in _facts(card, "birth") if f["date"] == "1891-10-26"]
    assert births and births[0]["place"].startswith("Alexandrovsk, Solikamsky Uyezd")
    assert _cites(births[0], "Birth Date: 1891-10-26")
    deaths = [f for f in _facts(card, "death") if f["date"] == "1938-02-10"]
    assert any(f["value"] == "execution" and f["place"].startswith("Kommunarka") for f in deaths)
    burial = _facts(card, "burial")
    assert any(f["place"] == "Kommunarka Cemetery" for f in burial)
    nkvd = [
        f
        for f in _facts(card, "position")
        if f["value"] == "People's Commissar for Internal Affairs"
        and f["date"] == "1923-08-30/1927-12-03"
    ]
    assert nkvd and _cites(nkvd[0], "Term Start1: 30 August 1923")
    relations = {
        (f["value"], f["other_person"]["name"])
        for f in _facts(card, "relation")
        if f["other_person"]
    }
    assert ("succeeded", "Felix Dzerzhinsky") in relations
    assert ("succeeded by", "Vladimir Tolmachyov") in relations
    orgburo = {f["date"] for f in _facts(card, "position") if "Orgburo" in f["value"]}
    assert {"1919-03-25/1919-10-11", "1920-04-05/1921-03-16"} <= orgburo
    parties = {(f["value"], f["date"]) for f in _facts(card, "membership")}
    assert ("RSDLP (Bolsheviks)", "1907/1918") in parties
    assert ("Russian Communist Party", "1918/1936") in parties
    assert any(f["value"] == "Native Name Lang: ru" for f in _facts(card, "attribute"))


def test_api_every_source_text_is_the_cited_span(example_kb: KnowledgeBase) -> None:
    for card in example_kb.export():
        for fact in card["facts"]:
            for source in fact["sources"]:
                document = example_kb.store.document(source["document"])
                assert document is not None
                start, end = source["span"]
                assert document["text"][start:end] == source["text"]


def test_api_subjects_of_sentence_collections_are_persons(example_kb: KnowledgeBase) -> None:
    assert example_kb.person("Georgy Safarov")["name"] == "Georgy Safarov"
    assert example_kb.person("Mikhail Kedrov")["name"] == "Mikhail Kedrov"


def test_api_same_name_in_two_documents_is_one_person(example_kb: KnowledgeBase) -> None:
    card = example_kb.person("Alexander Beloborodov")
    documents = {s["document"] for f in card["facts"] for s in f["sources"]}
    assert SEED_ARTICLE in documents
    assert example_kb.find("beloborodov")[0][0] == card["id"]


@pytest.mark.parametrize("query", ["Beloborodov", "beloborodov", "Alexander Beloborodov"])
def test_api_person_lookup_is_forgiving(example_kb: KnowledgeBase, query: str) -> None:
    assert example_kb.person(query)["name"] == "Alexander Beloborodov"


def test_api_unknown_person_raises_not_found(example_kb: KnowledgeBase) -> None:
    with pytest.raises(NotFoundError):
        example_kb.person("Nobody Atall")


def test_api_ambiguous_query_lists_candidates(example_kb: KnowledgeBase) -> None:
    with pytest.raises(AmbiguousError) as caught:
        example_kb.person("Adler")
    names = {name for _pid, name in caught.value.candidates}
    assert {"Alfred Adler", "Alexandra Adler"} <= names


def test_api_timeline_is_in_time_order(example_kb: KnowledgeBase) -> None:
    starts = [f["start"] or f["end"] for f in example_kb.timeline("Beloborodov")]
    assert starts == sorted(starts)
    assert starts


def test_api_person_ids_are_stable_across_builds(tmp_path: Path, examples_dir: Path) -> None:
    first = prosograph.open(tmp_path / "a.db")
    first.ingest([examples_dir])
    second = prosograph.open(tmp_path / "b.db")
    second.ingest([examples_dir])
    assert first.people() == second.people()


def test_api_reingest_changes_nothing(tmp_path: Path, examples_dir: Path) -> None:
    kb = prosograph.open(tmp_path / "kb.db")
    kb.ingest([examples_dir])
    before = kb.store.dump()
    report = kb.ingest([examples_dir])
    assert report.stored == 0 and report.unchanged == 14
    assert kb.store.dump() == before


def test_api_edited_document_replaces_only_its_facts(tmp_path: Path, examples_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(examples_dir, corpus)
    kb = prosograph.open(tmp_path / "kb.db")
    kb.ingest([corpus])
    before = {c["id"]: c for c in kb.export()}
    adler = corpus / "dev" / "alfred-adler.txt"
    adler.write_text(
        adler.read_text(encoding="utf-8").replace("- Death Place: Aberdeen, Scotland\n", ""),
        encoding="utf-8",
    )
    report = kb.ingest([corpus])
    assert report.stored == 1
    after = {c["id"]: c for c in kb.export()}
    card = kb.person("Alfred Adler")
    assert not any(f["place"] == "Aberdeen, Scotland" for f in card["facts"])
    assert any(f["type"] == "death" for f in card["facts"])
    changed = {pid for pid in before if before[pid] != after.get(pid)}
    assert card["id"] in changed
    edited = "dev/alfred-adler.txt"
    for pid in changed:
        documents = {s["document"] for f in before[pid]["facts"] for s in f["sources"]}
        assert edited in documents, f"{pid} changed but has no fact from the edited document"


def test_api_every_relation_names_its_other_person(example_kb: KnowledgeBase) -> None:
    """Regression: entity keys containing '#' (``infobox:Children#2``) must still resolve."""
    cards = list(example_kb.export())
    relations = [f for c in cards for f in c["facts"] if f["type"] in ("relation", "signing")]
    assert relations
    missing = [f["value"] for f in relations if f["type"] == "relation" and not f["other_person"]]
    assert missing == []
    adler = example_kb.person("Alfred Adler")
    children = {f["other_person"]["name"] for f in adler["facts"] if f["value"] == "parent of"}
    assert {"Alexandra Adler", "Kurt Alfred Adler"} <= children


def test_api_aliases_carry_alias_facts_with_sources(example_kb: KnowledgeBase) -> None:
    card = example_kb.person("Beloborodov")
    alias_facts = {f["value"]: f for f in card["facts"] if f["type"] == "alias"}
    assert "A. G. Beloborodov" in card["aliases"]
    initials = alias_facts["A. G. Beloborodov"]
    assert initials["sources"][0]["document"] == "001_1b7c83c836cfee22.txt"
    assert "A. G. Beloborodov" in initials["sources"][0]["text"]
    for alias in card["aliases"]:
        assert alias in alias_facts, alias


def test_api_parallel_ingest_gives_the_same_store(tmp_path: Path, examples_dir: Path) -> None:
    serial = prosograph.open(tmp_path / "serial.db")
    serial.ingest([examples_dir])
    parallel = prosograph.open(tmp_path / "parallel.db")
    report = parallel.ingest([examples_dir], workers=2)
    assert report.ok and report.stored == 14
    assert parallel.store.dump() == serial.store.dump()
