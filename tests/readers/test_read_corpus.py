"""Every seed and development document reads, with spans that cite exactly what they say."""

from __future__ import annotations

import json
from pathlib import Path

from prosograph.errors import InputError
from prosograph.models import Document
from prosograph.readers import read_path
from prosograph.segment import segment


def documents(path: Path) -> list[Document]:
    results = list(read_path(path))
    assert all(isinstance(result, Document) for result in results), results
    return [result for result in results if isinstance(result, Document)]


def test_read_path_corpus_seed_formats(seed_dir: Path) -> None:
    found = {d.id: (d.format, d.subject) for d in documents(seed_dir)}
    assert found == {
        "000_ae8bd2c366e12413.txt": ("article", "Alexander Beloborodov"),
        "001_1b7c83c836cfee22.txt": ("sentences", "Alexander Beloborodov"),
        "002_2202ad7953724fd9.txt": ("sentences", "Georgy Safarov"),
        "003_df28fbbfc11c190a.txt": ("sentences", "Mikhail Kedrov"),
    }


def test_read_path_corpus_seed_article_matches_contract_spans(seed_dir: Path) -> None:
    [document] = read_path(seed_dir / "000_ae8bd2c366e12413.txt")
    assert isinstance(document, Document)
    fields = {field.key: field for field in document.infobox}
    # ../shared/CONTRACT.md cites Office1..Term End1 as [72, 181).
    assert (fields["Office1"].start, fields["Term End1"].end) == (72, 181)
    sentence = "Born in Alexandrovsk, in the Solikamsky Uyezd of the Perm Governorate"
    [cited] = [s for s in segment(document) if s.text.startswith(sentence)]
    assert (cited.start, cited.end) == (1094, 1248)


def test_read_path_corpus_dev_articles_agree_with_gold(dev_dir: Path) -> None:
    gold = {
        record["file"]: record
        for record in map(json.loads, (dev_dir / "gold.jsonl").read_text("utf-8").splitlines())
    }
    for file, record in gold.items():
        [document] = read_path(dev_dir / file)
        assert isinstance(document, Document), document
        assert document.format == "article"
        assert document.title == record["title"]
        assert document.name_line is not None
        if record["name"] is not None:
            assert document.name_line.value == record["name"]
        values = {field.key: field.value for field in document.infobox}
        for key, value in record["other"].items():
            assert values[key] == value, (file, key)
        prose = document.text[document.body_start :].strip()
        assert bool(prose) == record["has_prose"], file


def test_read_path_corpus_every_span_cites_its_text(seed_dir: Path, dev_dir: Path) -> None:
    for document in documents(seed_dir):
        check_spans(document)
    for path in sorted(dev_dir.glob("*.txt")):
        for result in read_path(path):
            assert isinstance(result, Document)
            check_spans(result)


def test_read_path_corpus_prose_variants_read_except_title_only(dev_dir: Path) -> None:
    results = list(read_path(dev_dir / "prose"))
    errors = [r for r in results if isinstance(r, InputError)]
    assert [Path(e.path).name for e in errors] == ["vladimir-antonov-ovseenko.txt"]
    for result in results:
        if isinstance(result, Document):
            assert result.infobox == () and result.name_line is None
            check_spans(result)


def test_read_path_corpus_examples_read_cleanly(examples_dir: Path) -> None:
    found = documents(examples_dir)
    assert len(found) == 14
    assert sum(1 for d in found if d.format == "article") == 11


def check_spans(document: Document) -> None:
    text = document.text
    for field in (*document.infobox, *([document.name_line] if document.name_line else [])):
        line = text[field.start : field.end]
        assert "\n" not in line and line.strip()
        assert text[field.value_start : field.value_start + len(field.value)] == field.value
        assert text.count("\n", 0, field.start) + 1 == field.line
    sentences = segment(document)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    previous_end = document.body_start
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= previous_end
        assert sentence.text == sentence.text.strip()
        for start, end in sentence.markers:
            assert sentence.start <= start < end <= sentence.end
            assert text[start] == "[" and text[end - 1] == "]"
        previous_end = sentence.end
