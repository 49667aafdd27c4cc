"""JSONL input: one document per line, one error per bad line, the rest still read."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from prosograph.errors import InputError
from prosograph.models import Document
from prosograph.readers import read_path

WriteFile = Callable[[str, str | bytes], Path]


def line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_jsonl_one_document_per_line(write_file: WriteFile) -> None:
    content = "\n".join(
        [
            line(id="a1", title="Ivan Petrov (chemist)", text="He was born.", url="http://x"),
            "",
            line(title="Anna Ivanova", text="She wrote."),
        ]
    )
    documents = list(read_path(write_file("batch.jsonl", content + "\n")))
    assert all(isinstance(d, Document) for d in documents)
    first, second = documents
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.title, first.subject, first.url) == (
        "a1",
        "Ivan Petrov (chemist)",
        "Ivan Petrov",
        "http://x",
    )
    assert first.format == "jsonl"
    assert first.text == "He was born."
    assert second.id == "batch.jsonl:3"
    assert second.sha256 == hashlib.sha256(content.split("\n")[2].encode()).hexdigest()


def test_jsonl_bad_lines_are_reported_and_skipped(write_file: WriteFile) -> None:
    content = "\n".join(
        [
            line(title="A", text="One."),
            '{"title": "B", "text": "cut in the mid',
            line(title="C"),
            line(title="", text="x"),
            "[1, 2]",
            line(title="D", text="Two.", id=["x"]),
            line(title="E", text="Three."),
        ]
    )
    results = list(read_path(write_file("b.jsonl", content)))
    kinds = [type(result).__name__ for result in results]
    assert kinds == ["Document", *["InputError"] * 5, "Document"]
    errors = [result for result in results if isinstance(result, InputError)]
    assert [error.line for error in errors] == [2, 3, 4, 5, 6]
    assert "malformed JSON" in str(errors[0])
    assert "'text'" in str(errors[1])
    assert all(str(error).startswith(f"{write_file('b.jsonl', content)}:") for error in errors)


def test_jsonl_non_utf8_line_only_fails_that_line(write_file: WriteFile) -> None:
    good = line(title="A", text="One.").encode()
    content = good + b"\n" + b'{"title": "B\xff", "text": "x"}\n' + good.replace(b"A", b"C")
    results = list(read_path(write_file("u.jsonl", content)))
    assert [type(r).__name__ for r in results] == ["Document", "InputError", "Document"]
    assert isinstance(results[1], InputError) and results[1].line == 2
    assert "not UTF-8" in str(results[1])


def test_jsonl_duplicate_id_is_reported(write_file: WriteFile) -> None:
    content = line(id=1, title="A", text="x") + "\n" + line(id="1", title="B", text="y")
    results = list(read_path(write_file("d.jsonl", content)))
    assert isinstance(results[1], InputError)
    assert results[1].line == 2 and "duplicate record id" in str(results[1])


def test_jsonl_record_text_may_be_an_article(write_file: WriteFile) -> None:
    text = "= Anna Ivanova =\n\nAnna Ivanova\n- Born: 1900\n\nShe was a poet.\n"
    [document] = read_path(write_file("a.jsonl", line(title="Anna Ivanova", text=text)))
    assert isinstance(document, Document)
    assert [field.key for field in document.infobox] == ["Born"]
    assert document.text[document.body_start :] == "She was a poet.\n"
    field = document.infobox[0]
    assert document.text[field.value_start : field.end] == "1900"


def test_jsonl_bad_article_in_record_names_the_jsonl_line(write_file: WriteFile) -> None:
    text = "= Anna =\n\nAnna\n- Born 1900\n"
    content = line(title="X", text="ok") + "\n" + line(title="Anna", text=text)
    results = list(read_path(write_file("a.jsonl", content)))
    error = results[1]
    assert isinstance(error, InputError)
    assert error.line == 2
    assert "malformed infobox line" in str(error) and "line 4 of the text" in str(error)


def test_jsonl_bom_and_crlf(write_file: WriteFile) -> None:
    content = b"\xef\xbb\xbf" + line(title="A", text="x").encode() + b"\r\n"
    [document] = read_path(write_file("bom.jsonl", content))
    assert isinstance(document, Document)
    assert document.title == "A"


def test_jsonl_empty_file(write_file: WriteFile) -> None:
    [error] = read_path(write_file("e.jsonl", "\n\n"))
    assert isinstance(error, InputError)
    assert "empty file" in str(error)


def test_jsonl_data_file_without_documents_gives_one_error(write_file: WriteFile) -> None:
    content = "\n".join(line(file=f"f{n}.txt", title=f"T{n}") for n in range(5))
    [error] = read_path(write_file("gold.jsonl", content))
    assert isinstance(error, InputError)
    assert error.line == 1
    assert "none of its 5 records" in str(error) and "'text'" in str(error)


def test_jsonl_missing_fields_reported_per_line_once_a_record_reads(
    write_file: WriteFile,
) -> None:
    content = "\n".join([line(title="A"), line(title="B", text="x"), line(title="C")])
    results = list(read_path(write_file("m.jsonl", content)))
    assert [type(r).__name__ for r in results] == ["InputError", "Document", "InputError"]
    assert [r.line for r in results if isinstance(r, InputError)] == [1, 3]
