"""Bad bytes and odd encodings: one clear InputError, or correct offsets."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from prosograph.errors import InputError
from prosograph.models import Document
from prosograph.readers import read_path
from prosograph.segment import segment

WriteFile = Callable[[str, str | bytes], Path]


def read_error(path: Path) -> InputError:
    [result] = read_path(path)
    assert isinstance(result, InputError), result
    assert "\n" not in str(result)
    return result


def test_decode_empty_file(write_file: WriteFile) -> None:
    error = read_error(write_file("e.txt", b""))
    assert str(error) == f"{write_file('e.txt', b'')}: empty file"


def test_decode_whitespace_only_file(write_file: WriteFile) -> None:
    assert "empty file" in str(read_error(write_file("w.txt", " \n\n\t\n")))


def test_decode_binary_file_names_line_of_nul(write_file: WriteFile) -> None:
    error = read_error(write_file("b.txt", b"line one\nline\x00two\n"))
    assert error.line == 2
    assert "binary file" in str(error)


def test_decode_utf16_file(write_file: WriteFile) -> None:
    error = read_error(write_file("u.txt", "Ivan Petrov\n".encode("utf-16")))
    assert "UTF-16" in str(error)


def test_decode_non_utf8_names_line_of_first_bad_byte(write_file: WriteFile) -> None:
    data = b"= Anna =\n\nAnna\n- Born: 1900\n- Place: Tver\xe9\n"
    error = read_error(write_file("latin.txt", data))
    assert error.line == 5
    assert "not UTF-8" in str(error) and "0xe9" in str(error)


def test_decode_bom_is_stripped_and_not_counted(write_file: WriteFile) -> None:
    text = "= Anna =\n\nAnna\n- Born: 1900\n\nShe was a poet.\n"
    file = write_file("bom.txt", b"\xef\xbb\xbf" + text.encode())
    [document] = read_path(file)
    assert isinstance(document, Document)
    assert document.text == text
    assert document.format == "article"
    assert document.infobox[0].start == text.index("- Born")


def test_read_path_huge_single_line_is_read_in_linear_time(write_file: WriteFile) -> None:
    words = "Ivan went to Moscow in 1920 and met A. B. Smith there. "
    content = "Ivan Petrov\n\n" + words * (10_000_000 // len(words))
    file = write_file("huge.txt", content)
    started = time.perf_counter()
    [document] = read_path(file)
    assert isinstance(document, Document)
    sentences = segment(document)
    assert time.perf_counter() - started < 30
    assert len(sentences) > 100_000
    assert sentences[1].text == words.strip()


def test_read_path_huge_line_without_boundaries_is_capped(write_file: WriteFile) -> None:
    content = "word " * 2_000_000
    [document] = read_path(write_file("flat.txt", content))
    assert isinstance(document, Document)
    started = time.perf_counter()
    sentences = segment(document)
    assert time.perf_counter() - started < 30
    assert max(len(s.text) for s in sentences) <= 5000
    assert all(document.text[s.start : s.end] == s.text for s in sentences)
