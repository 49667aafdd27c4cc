"""The article format: title, name line, infobox fields with exact spans, prose start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from prosograph.errors import InputError
from prosograph.models import Document
from prosograph.readers import read_path

ARTICLE = (
    "= Ivan Petrov (chemist) =\n"
    "\n"
    "Ivan Petrov, Иван Петров\n"
    "- Birth Date: 12 (24) March 1880\n"
    "- Birth Place: Tver,\n"
    "- Party: RSDLP , , (1903–1917) | x\n"
    "- Empty:\n"
    "\n"
    "Ivan Petrov was a chemist. He lived in Tver.\n"
)


WriteFile = Callable[[str, str | bytes], Path]


def read_one(write_file: WriteFile, content: str | bytes, name: str = "doc.txt") -> Document:
    [result] = read_path(write_file(name, content))
    assert isinstance(result, Document), result
    return result


def read_error(write_file: WriteFile, content: str | bytes, name: str = "doc.txt") -> InputError:
    [result] = read_path(write_file(name, content))
    assert isinstance(result, InputError), result
    return result


def test_article_title_subject_and_format(write_file: WriteFile) -> None:
    document = read_one(write_file, ARTICLE)
    assert document.format == "article"
    assert document.title == "Ivan Petrov (chemist)"
    assert document.subject == "Ivan Petrov"
    assert document.id == "doc.txt"


def test_article_name_line_is_a_name_field(write_file: WriteFile) -> None:
    document = read_one(write_file, ARTICLE)
    name = document.name_line
    assert name is not None
    assert (name.key, name.value, name.line) == ("Name", "Ivan Petrov, Иван Петров", 3)
    assert document.text[name.start : name.end] == "Ivan Petrov, Иван Петров"
    assert name.value_start == name.start


def test_article_infobox_fields_keep_values_as_written(write_file: WriteFile) -> None:
    document = read_one(write_file, ARTICLE)
    fields = {field.key: field for field in document.infobox}
    assert list(fields) == ["Birth Date", "Birth Place", "Party", "Empty"]
    assert fields["Birth Place"].value == "Tver,"
    assert fields["Party"].value == "RSDLP , , (1903–1917) | x"
    assert fields["Empty"].value == ""
    assert [field.line for field in document.infobox] == [4, 5, 6, 7]


def test_article_infobox_spans_cover_line_and_value(write_file: WriteFile) -> None:
    document = read_one(write_file, ARTICLE)
    for field in document.infobox:
        line = document.text[field.start : field.end]
        assert line.startswith(f"- {field.key}:")
        assert "\n" not in line
        assert document.text[field.value_start : field.end] == field.value


def test_article_body_starts_at_prose(write_file: WriteFile) -> None:
    document = read_one(write_file, ARTICLE)
    assert document.text[document.body_start :].startswith("Ivan Petrov was a chemist.")


def test_article_without_prose_has_body_at_end(write_file: WriteFile) -> None:
    document = read_one(write_file, "= A B =\n\nA B\n- Born: 1900\n")
    assert len(document.infobox) == 1
    assert document.body_start == len(document.text)


def test_article_without_infobox_goes_from_title_to_prose(write_file: WriteFile) -> None:
    text = "= A B =\n\nA B (1900 – 1950) was a poet. She wrote.\n"
    document = read_one(write_file, text)
    assert document.name_line is None
    assert document.infobox == ()
    assert document.body_start == text.index("A B (")


def test_article_name_line_without_infobox(write_file: WriteFile) -> None:
    text = "= A B =\n\nA B, А Б\n\nA B was a poet.\n"
    document = read_one(write_file, text)
    assert document.name_line is not None and document.name_line.value == "A B, А Б"
    assert document.body_start == text.index("A B was")


def test_article_infobox_without_name_line(write_file: WriteFile) -> None:
    document = read_one(write_file, "= A B =\n\n- Born: 1900\n\nProse.\n")
    assert document.name_line is None
    assert [field.key for field in document.infobox] == ["Born"]


def test_article_prose_list_is_not_infobox(write_file: WriteFile) -> None:
    text = "= A B =\n\nA B\n- Born: 1900\n\nThe office included:\n\n- Department: one\n"
    document = read_one(write_file, text)
    assert [field.key for field in document.infobox] == ["Born"]


def test_article_value_with_colon_splits_at_first_colon(write_file: WriteFile) -> None:
    document = read_one(write_file, "= A =\n\nA\n- Website: https://example.org\n")
    assert (document.infobox[0].key, document.infobox[0].value) == (
        "Website",
        "https://example.org",
    )


def test_article_windows_line_endings(write_file: WriteFile) -> None:
    document = read_one(write_file, ARTICLE.replace("\n", "\r\n"))
    assert document.title == "Ivan Petrov (chemist)"
    for field in document.infobox:
        assert "\r" not in document.text[field.start : field.end]
        assert document.text[field.value_start : field.end] == field.value
    assert document.text[document.body_start :].startswith("Ivan Petrov was")


@pytest.mark.parametrize(
    ("bad_line", "line"),
    [("- KeyWithoutColon", 5), ("- : value", 5), ("-", 5), ("- 1920: x", 5)],
)
def test_article_malformed_infobox_line_fails_document(
    write_file: WriteFile, bad_line: str, line: int
) -> None:
    text = f"= A B =\n\nA B\n- Born: 1900\n{bad_line}\n- Died: 1950\n\nProse.\n"
    error = read_error(write_file, text)
    assert error.line == line
    assert "malformed infobox line" in str(error)
    assert str(error).startswith(f"{write_file('doc.txt', text)}:{line}: ")
    assert "\n" not in str(error)


def test_article_non_dash_line_inside_infobox_fails(write_file: WriteFile) -> None:
    error = read_error(write_file, "= A =\n\nA\n- Born: 1900\ncontinued value\n\nProse.\n")
    assert error.line == 5
    assert "blank line after the infobox" in str(error)


def test_article_duplicate_key_names_second_line(write_file: WriteFile) -> None:
    text = "= A =\n\nA\n- Born: 1900\n- Party: X\n- born: 1901\n"
    error = read_error(write_file, text)
    assert error.line == 6
    assert "duplicate infobox key 'born'" in str(error)
    assert "line 4" in str(error)


def test_article_title_only_is_truncated(write_file: WriteFile) -> None:
    error = read_error(write_file, "= Ivan Petrov =\n")
    assert error.line == 1
    assert "truncated" in str(error)


def test_article_unclosed_title_is_an_error(write_file: WriteFile) -> None:
    error = read_error(write_file, "= Ivan Pet", name="cut.txt")
    assert error.line == 1
    assert "title line" in str(error)


def test_article_forced_format_needs_a_title(write_file: WriteFile) -> None:
    file = write_file("plain.txt", "Just prose. Nothing else.\n")
    [error] = list(read_path(file, format="article"))
    assert isinstance(error, InputError)
    assert error.line == 1
