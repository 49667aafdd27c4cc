"""Who is who over the example corpus, against identity decisions written from the texts.

tests/gold/persons.json was written by reading the seeds and the dev articles (not from the
output): every merge lists the name forms of one real person across documents, every
non-merge two people a naive system would confuse. Single-word forms (a bare surname) are
left out here: they only identify someone inside one document.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import prosograph
from prosograph.api import KnowledgeBase
from prosograph.names import name_key

GOLD: dict[str, Any] = json.loads(
    (Path(__file__).parent / "gold" / "persons.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    corpus = Path(__file__).parents[1] / "examples" / "corpus"
    base = prosograph.open(tmp_path_factory.mktemp("identity") / "kb.db")
    base.ingest([corpus])
    yield base
    base.close()


def _persons_named(kb: KnowledgeBase, name: str) -> set[str]:
    key = name_key(name)
    return {pid for pid, _display, keys in kb._names() if key in keys}


def _multiword(names: list[str]) -> list[str]:
    return [n for n in names if len(name_key(n).split()) > 1]


@pytest.mark.parametrize("group", GOLD["merges"], ids=lambda g: g["canonical"])
def test_identity_expected_merges(kb: KnowledgeBase, group: dict[str, Any]) -> None:
    found = {n: _persons_named(kb, n) for n in _multiword(group["names"])}
    found = {n: ids for n, ids in found.items() if ids}
    if not found:
        pytest.skip("none of the full name forms is extracted")
    ids = set().union(*found.values())
    assert len(ids) == 1, f"{group['canonical']}: split across {found}"


@pytest.mark.parametrize("pair", GOLD["non_merges"], ids=lambda p: f"{p['a']} / {p['b']}")
def test_identity_expected_non_merges(kb: KnowledgeBase, pair: dict[str, Any]) -> None:
    a, b = _persons_named(kb, pair["a"]), _persons_named(kb, pair["b"])
    if not a or not b:
        pytest.skip("one of the two is not extracted as a name")
    assert not a & b, f"{pair['a']} and {pair['b']} merged: {pair['why']}"


def test_identity_kedrov_father_and_son_are_two_people(kb: KnowledgeBase) -> None:
    assert _persons_named(kb, "Mikhail Kedrov") != _persons_named(kb, "Igor Kedrov")


def test_identity_incremental_equals_full(tmp_path: Path, examples_dir: Path) -> None:
    """Ingesting one more document re-resolves incrementally, with the full run's result."""
    staged = prosograph.open(tmp_path / "staged.db")
    staged.ingest([examples_dir / "dev"])
    staged.ingest(sorted(examples_dir.glob("*.txt")))
    full = prosograph.open(tmp_path / "full.db")
    full.ingest([examples_dir / "dev"])
    full.ingest(sorted(examples_dir.glob("*.txt")))
    full.resolve()
    assert staged.store.dump()["person_map"] == full.store.dump()["person_map"]
    assert staged.people() == full.people()


def test_identity_why_explains_both_ways(kb: KnowledgeBase) -> None:
    apart = kb.why("N. G. Tolmachyov", "Vladimir Tolmachyov")
    assert not apart["merged"] and apart["verdict"] == "different"
    assert apart["opposing"]
    together = kb.why("Alexander Beloborodov", "Beloborodov")
    assert together["merged"] and together["supporting"]


def test_identity_curation_survives_reingest(tmp_path: Path, examples_dir: Path) -> None:
    base = prosograph.open(tmp_path / "kb.db")
    base.ingest([examples_dir])
    assert not base.why("N. G. Tolmachyov", "Vladimir Tolmachyov")["merged"]
    base.merge("N. G. Tolmachyov", "Vladimir Tolmachyov")
    assert base.why("N. G. Tolmachyov", "Vladimir Tolmachyov")["merged"]
    # a changed document triggers re-resolution; the decision still holds
    base.store.write_extraction(_touch(base, "000_ae8bd2c366e12413.txt"))
    base.resolve()
    assert base.why("N. G. Tolmachyov", "Vladimir Tolmachyov")["merged"]
    parts = base.split("Vladimir Tolmachyov", "N. G. Tolmachyov")
    assert len(parts) == 2
    base.resolve()
    assert not base.why("N. G. Tolmachyov", "Vladimir Tolmachyov")["merged"]


def _touch(kb: KnowledgeBase, document_id: str) -> Any:
    """Re-extract a stored document (as a re-ingest of an edited file would)."""
    from prosograph.extract import extract_document
    from prosograph.readers import read_path

    stored = kb.store.document(document_id)
    assert stored is not None
    (item,) = list(read_path(Path(stored["source_path"])))
    assert not isinstance(item, Exception)
    return extract_document(item)
