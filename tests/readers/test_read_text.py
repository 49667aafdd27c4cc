"""Plain text and Markdown: subject from the argument or the file name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from prosograph.models import Document
from prosograph.readers import read_path

WriteFile = Callable[[str, str | bytes], Path]
PROSE = "He was born in Tver in 1880. He moved to Moscow.\n"


def read_one(path: Path, subject: str | None = None) -> Document:
    [result] = read_path(path, subject=subject)
    assert isinstance(result, Document), result
    return result


def test_text_subject_from_file_name(write_file: WriteFile) -> None:
    document = read_one(write_file("ivan_petrov-smith.txt", PROSE))
    assert document.format == "text"
    assert document.subject == "Ivan Petrov Smith"
    assert document.title == "Ivan Petrov Smith"
    assert document.body_start == 0


def test_text_subject_argument_wins(write_file: WriteFile) -> None:
    document = read_one(write_file("notes.txt", PROSE), subject="Ivan Petrov")
    assert (document.subject, document.title) == ("Ivan Petrov", "Ivan Petrov")


def test_text_subject_argument_ignored_for_articles(write_file: WriteFile) -> None:
    document = read_one(write_file("a.txt", "= Anna Ivanova =\n\nShe was a poet.\n"), "Other")
    assert document.subject == "Anna Ivanova"


def test_text_markdown_heading_is_title_not_prose(write_file: WriteFile) -> None:
    text = "# Ivan Petrov #\n\n" + PROSE
    document = read_one(write_file("petrov.md", text))
    assert document.format == "text"
    assert document.title == "Ivan Petrov"
    assert document.subject == "Petrov"
    assert document.body_start == text.index("He was born")


def test_text_markdown_without_heading_starts_at_zero(write_file: WriteFile) -> None:
    document = read_one(write_file("petrov.md", PROSE))
    assert document.body_start == 0
