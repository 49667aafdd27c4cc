"""The sentence-collection format: subject line, then blank-line separated units."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from prosograph.errors import InputError
from prosograph.models import Document
from prosograph.readers import read_path

WriteFile = Callable[[str, str | bytes], Path]


def test_sentences_subject_line_and_body_start(write_file: WriteFile) -> None:
    text = "Mikhail Kedrov (politician)\n\n12 February] 1878 – 1941) was a man.\n\nHe died.\n"
    [document] = read_path(write_file("k.txt", text))
    assert isinstance(document, Document)
    assert document.format == "sentences"
    assert document.title == "Mikhail Kedrov (politician)"
    assert document.subject == "Mikhail Kedrov"
    assert document.body_start == text.index("12 February]")
    assert document.infobox == () and document.name_line is None


def test_sentences_name_line_alone_is_truncated(write_file: WriteFile) -> None:
    [error] = read_path(write_file("k.txt", "Mikhail Kedrov\n\n"), format="sentences")
    assert isinstance(error, InputError)
    assert error.line == 1
    assert "truncated" in str(error)


def test_sentences_crlf(write_file: WriteFile) -> None:
    text = "Georgy Safarov\r\n\r\nHe was arrested.\r\n\r\nHe was shot.\r\n"
    [document] = read_path(write_file("s.txt", text))
    assert isinstance(document, Document)
    assert document.format == "sentences"
    assert document.title == "Georgy Safarov"
    assert document.body_start == text.index("He was arrested")
