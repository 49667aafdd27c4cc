"""The seed texts disagree with themselves in places; those disagreements are surfaced (#6)."""

from __future__ import annotations

from pathlib import Path

import prosograph


def test_conflicts_seeds_yield_genuine_conflicts_with_both_sources(
    tmp_path: Path, examples_dir: Path
) -> None:
    kb = prosograph.open(tmp_path / "kb.db")
    kb.ingest(sorted(examples_dir.glob("*.txt")))  # the four seed documents only
    conflicts = kb.conflicts()
    assert len(conflicts) >= 2
    for conflict in conflicts:
        assert len(conflict["claims"]) >= 2
        texts = [c["sources"][0]["text"] for c in conflict["claims"]]
        assert len(set(texts)) == len(texts), "each claim cites its own source"
    slots = {c["slot"] for c in conflicts}
    assert any(slot.startswith("membership of") for slot in slots)
    assert any(slot.startswith("date of the event") for slot in slots)


def test_conflicts_appear_on_the_person_card(tmp_path: Path, examples_dir: Path) -> None:
    kb = prosograph.open(tmp_path / "kb.db")
    kb.ingest([examples_dir])
    card = kb.person("Martin Latsis")
    dates = {c["slot"] for c in card["conflicts"]}
    assert "date of death" in dates
    for conflict in card["conflicts"]:
        for claim in conflict["claims"]:
            assert card["facts"][claim["fact"]]["sources"][0]["text"] == claim["sources"][0]["text"]
