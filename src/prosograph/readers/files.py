"""Paths to documents: walk a directory, read each file, report what cannot be read.

Reading never stops at a bad file: the caller gets an :class:`~prosograph.errors.InputError`
in the stream, in place of that file's documents, and the walk goes on. Only a wrong
``format`` argument (a usage error, the same for every file) is raised.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

from prosograph.errors import InputError
from prosograph.models import Document
from prosograph.readers.base import FORMATS, ParseProblem
from prosograph.readers.build import build_document
from prosograph.readers.decode import decode_text, sha256_hex
from prosograph.readers.detect import detect_format, is_jsonl_path
from prosograph.readers.jsonl import read_jsonl

logger = logging.getLogger(__name__)

#: Suffixes a directory walk reads; a file named directly is read whatever its suffix.
READ_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".jsonl"})


def read_path(
    path: Path, *, format: str | None = None, subject: str | None = None
) -> Iterator[Document | InputError]:
    """Yield the documents of a file or a directory tree, and an InputError per bad input.

    A directory is walked recursively in sorted order, skipping hidden files and folders
    and files whose suffix is not in :data:`READ_SUFFIXES` (logged, not silent). A
    document's id is its path relative to ``path`` (the base name when ``path`` is the
    file); a JSONL record's id is its ``id`` field or ``file:line``. ``format`` forces one
    format for every file instead of detecting it; ``subject`` names the person of plain
    text files.
    """
    path = Path(path)
    if format is not None and format not in FORMATS:
        raise InputError(
            str(path), f"unknown format {format!r}; choose one of {', '.join(FORMATS)}"
        )
    return _read_path(path, format, subject)


def _read_path(
    path: Path, format: str | None, subject: str | None
) -> Iterator[Document | InputError]:
    if path.is_dir():
        for entry in _walk(path):
            if isinstance(entry, InputError):
                yield entry
                continue
            file, doc_id = entry
            yield from read_file(file, doc_id=doc_id, format=format, subject=subject)
    elif path.exists():
        yield from read_file(path, doc_id=path.name, format=format, subject=subject)
    else:
        yield InputError(str(path), "no such file or directory")


def _walk(root: Path) -> Iterator[tuple[Path, str] | InputError]:
    """Files under ``root`` with their ids in sorted order, then folders that cannot be listed.

    ``os.walk`` drops unreadable folders silently by default; here each one becomes an
    InputError so that a partial ingest says what it missed.
    """
    found: list[tuple[str, Path]] = []
    unreadable: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            file = Path(folder, name)
            if file.suffix.lower() not in READ_SUFFIXES:
                logger.info("skipping %s: not a %s file", file, "/".join(sorted(READ_SUFFIXES)))
                continue
            found.append((file.relative_to(root).as_posix(), file))
    for doc_id, file in sorted(found):
        yield file, doc_id
    for error in unreadable:
        where = str(error.filename) if error.filename else str(root)
        yield InputError(where, f"cannot read folder: {error.strerror or error}")


def read_file(
    file: Path, *, doc_id: str, format: str | None = None, subject: str | None = None
) -> Iterator[Document | InputError]:
    """Yield the document(s) of one file, or one InputError saying why it cannot be read."""
    display = str(file)
    try:
        data = file.read_bytes()
    except OSError as error:
        yield InputError(display, f"cannot read file: {error.strerror or error}")
        return
    source_path = str(file.resolve())
    if format == "jsonl" or (format is None and is_jsonl_path(file)):
        yield from read_jsonl(data, display=display, file_id=doc_id, source_path=source_path)
        return
    try:
        text = decode_text(data)
        chosen = format or detect_format(file, text)
        if chosen == "jsonl":
            yield from read_jsonl(data, display=display, file_id=doc_id, source_path=source_path)
            return
        yield build_document(
            text,
            chosen,
            doc_id=doc_id,
            source_path=source_path,
            sha256=sha256_hex(data),
            path=file,
            subject=subject,
        )
    except ParseProblem as problem:
        yield InputError(display, problem.message, problem.line)
