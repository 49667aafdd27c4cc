"""read_path: files and directory trees, ids, order, and errors that do not stop the walk."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from prosograph.errors import InputError
from prosograph.models import Document
from prosograph.readers import FORMATS, read_path

WriteFile = Callable[[str, str | bytes], Path]
WalkEntry = tuple[str, list[str], list[str]]
ARTICLE = "= Anna Ivanova =\n\nAnna Ivanova\n- Born: 1900\n\nShe was a poet.\n"


def test_read_path_formats_constant() -> None:
    assert FORMATS == ("article", "sentences", "text", "jsonl")


def test_read_path_file_id_is_base_name(write_file: WriteFile) -> None:
    file = write_file("sub/anna.txt", ARTICLE)
    [document] = read_path(file)
    assert isinstance(document, Document)
    assert document.id == "anna.txt"
    assert document.source_path == str(file.resolve())
    assert document.sha256 == hashlib.sha256(file.read_bytes()).hexdigest()


def test_read_path_directory_is_recursive_sorted_and_relative(
    write_file: WriteFile, tmp_path: Path
) -> None:
    write_file("b.txt", ARTICLE)
    write_file("a/z.md", "Some prose here.\n")
    write_file("a/c.jsonl", '{"title": "X", "text": "y"}\n')
    write_file(".hidden.txt", ARTICLE)
    write_file(".git/config.txt", ARTICLE)
    write_file("image.png", b"\x89PNG\x00")
    ids = [d.id for d in read_path(tmp_path) if isinstance(d, Document)]
    assert ids == ["a/c.jsonl:1", "a/z.md", "b.txt"]


def test_read_path_logs_skipped_files(
    write_file: WriteFile, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_file("notes.csv", "a,b\n")
    with caplog.at_level(logging.INFO, logger="prosograph.readers.files"):
        assert list(read_path(tmp_path)) == []
    assert "notes.csv" in caplog.text


def test_read_path_bad_file_does_not_stop_the_walk(write_file: WriteFile, tmp_path: Path) -> None:
    write_file("1-empty.txt", "")
    write_file("2-good.txt", ARTICLE)
    results = list(read_path(tmp_path))
    assert [type(r).__name__ for r in results] == ["InputError", "Document"]


def test_read_path_file_named_directly_is_read_whatever_its_suffix(write_file: WriteFile) -> None:
    [document] = read_path(write_file("anna.bio", ARTICLE))
    assert isinstance(document, Document) and document.format == "article"


def test_read_path_missing_path_yields_error(tmp_path: Path) -> None:
    [error] = read_path(tmp_path / "nope.txt")
    assert isinstance(error, InputError)
    assert "no such file" in str(error)


def test_read_path_unknown_format_is_raised(write_file: WriteFile) -> None:
    with pytest.raises(InputError, match="unknown format 'xml'"):
        read_path(write_file("a.txt", ARTICLE), format="xml")


def test_read_path_forced_format_overrides_detection(write_file: WriteFile) -> None:
    [document] = read_path(write_file("a.txt", ARTICLE), format="text")
    assert isinstance(document, Document)
    assert document.format == "text" and document.body_start == 0


def test_read_path_unreadable_folder_is_reported(
    write_file: WriteFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_file("a.txt", ARTICLE)
    real_walk = os.walk

    def walk(top: Path, onerror: Callable[[OSError], None]) -> Iterator[WalkEntry]:
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top)

    monkeypatch.setattr("prosograph.readers.files.os.walk", walk)
    results = list(read_path(tmp_path))
    assert [type(r).__name__ for r in results] == ["Document", "InputError"]
    assert "cannot read folder: Permission denied" in str(results[1])
