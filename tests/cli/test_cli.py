"""The command line, run in-process: exit codes and parsed output (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prosograph.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base ingested once from the example corpus through the CLI."""
    path = tmp_path_factory.mktemp("cli") / "kb.db"
    corpus = Path(__file__).parents[2] / "examples" / "corpus"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "persons" in result.output
    return path


def test_cli_person_json_has_contract_shape(db: Path) -> None:
    result = runner.invoke(app, ["person", "beloborodov", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    card = json.loads(result.stdout)
    assert set(card) >= {"id", "name", "aliases", "facts", "conflicts"}
    fact = card["facts"][0]
    assert set(fact) >= {
        "type",
        "value",
        "date",
        "start",
        "end",
        "date_text",
        "julian",
        "place",
        "other_person",
        "confidence",
        "sources",
    }
    assert set(fact["sources"][0]) >= {"document", "text", "span", "method"}


def test_cli_ambiguous_person_lists_candidates_and_exits_2(db: Path) -> None:
    result = runner.invoke(app, ["person", "Adler", "--db", str(db)])
    assert result.exit_code == 2
    assert "Alfred Adler" in result.output


def test_cli_unknown_person_exits_1(db: Path) -> None:
    result = runner.invoke(app, ["person", "Nobody Atall", "--db", str(db)])
    assert result.exit_code == 1
    assert "no person matches" in result.output


def test_cli_export_writes_one_person_per_line(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "people.jsonl"
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    people = [json.loads(line) for line in lines]
    assert len(people) == len({p["id"] for p in people}) > 10
    assert any(p["name"] == "Alexander Beloborodov" for p in people)


def test_cli_timeline_and_stats_and_people(db: Path) -> None:
    for args in (["timeline", "Beloborodov"], ["stats"], ["people"]):
        result = runner.invoke(app, [*args, "--db", str(db)])
        assert result.exit_code == 0, result.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats["documents"] == 14 and stats["facts"] > 100


def test_cli_ingest_bad_file_names_it_and_keeps_the_others(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Ann Example\n\nShe was born in 1900.\n")
    (tmp_path / "in" / "bad.txt").write_bytes(b"Ann\n\n\xff\xfe broken")
    db = tmp_path / "kb.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert result.exit_code == 1
    assert "bad.txt" in result.output
    assert "Traceback" not in result.output
    people = runner.invoke(app, ["people", "--db", str(db)])
    assert "Ann Example" in people.output


def test_cli_missing_db_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["people", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no knowledge base here" in result.output


def test_cli_unknown_format_exits_2(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--format", "pdf"])
    assert result.exit_code == 2


def test_cli_who_held_the_office(db: Path) -> None:
    result = runner.invoke(
        app,
        ["who", "--position", "Internal Affairs", "--on", "1925-06-01", "--db", str(db), "--json"],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {row["person"]["name"] for row in rows} == {"Alexander Beloborodov"}
    assert any(row["position"] == "People's Commissar for Internal Affairs" for row in rows)


def test_cli_related_shows_succession_with_source(db: Path) -> None:
    result = runner.invoke(app, ["related", "Beloborodov", "--db", str(db), "--json"])
    rows = json.loads(result.stdout)
    succ = [r for r in rows if r["relation"] == "succeeded by"]
    assert succ and succ[0]["person"]["name"] == "Vladimir Tolmachyov"
    assert "Successor1" in succ[0]["sources"][0]["text"]
