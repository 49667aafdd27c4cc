"""JSONL input: one ``{"title", "text"[, "id", "url"]}`` object per line.

Each line is decoded and parsed on its own, so one bad line (cut mid-object, bad bytes,
a missing field) yields an :class:`~prosograph.errors.InputError` for that line and the
other records are still read. A record's text may itself be an article (``= Title =``,
infobox) or a sentence collection; its header is then parsed the same way as in a file,
with offsets relative to the record's text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from prosograph.errors import InputError
from prosograph.models import Document
from prosograph.names import strip_disambiguator
from prosograph.readers.base import ParseProblem
from prosograph.readers.build import build_document
from prosograph.readers.decode import check_binary, sha256_hex, strip_bom
from prosograph.readers.detect import detect_format

_NO_SUFFIX = Path("record")


def read_jsonl(
    data: bytes, *, display: str, file_id: str, source_path: str
) -> Iterator[Document | InputError]:
    """Yield a Document or an InputError for every non-blank line of a JSONL file.

    ``display`` names the file in errors; ``file_id`` is the file's document id, used as
    ``file_id:line`` for records without an ``id``.
    """
    try:
        check_binary(data)
    except ParseProblem as problem:
        yield InputError(display, problem.message, problem.line)
        return
    seen: dict[str, int] = {}
    found = False
    # Missing-field errors are held back while they are all the file has produced: a file
    # where no record has the fields is a data file (a gold standard, an export), and one
    # error says that better than one per line.
    held: list[InputError] | None = []
    for number, raw in enumerate(strip_bom(data).split(b"\n"), start=1):
        raw = raw.removesuffix(b"\r")
        if not raw.strip():
            continue
        found = True
        document: Document | InputError
        try:
            document = _record(raw, number, file_id=file_id, source_path=source_path)
        except _MissingField as problem:
            error = InputError(display, problem.message, number)
            if held is None:
                yield error
            else:
                held.append(error)
            continue
        except ParseProblem as problem:
            document = InputError(display, problem.message, number)
        if held is not None:
            yield from held
            held = None
        if isinstance(document, InputError):
            yield document
            continue
        if document.id in seen:
            message = f"duplicate record id {document.id!r} (first on line {seen[document.id]})"
            yield InputError(display, message, number)
            continue
        seen[document.id] = number
        yield document
    if not found:
        yield InputError(display, "empty file")
    elif held is not None and len(held) == 1:
        yield held[0]
    elif held:
        yield InputError(
            display,
            f"none of its {len(held)} records has both 'title' and 'text' (line "
            f"{held[0].line}: {held[0].message}); is it a data file rather than input?",
            held[0].line,
        )


class _MissingField(ParseProblem):
    """A record lacks ``title`` or ``text``: the file may not be meant as input at all."""


def _record(raw: bytes, number: int, *, file_id: str, source_path: str) -> Document:
    """One JSONL line -> Document; raises ParseProblem (line number added by the caller)."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ParseProblem(
            f"not UTF-8: byte 0x{raw[error.start]:02x} cannot be decoded; re-save the file as UTF-8"
        ) from None
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as error:
        raise ParseProblem(
            f"malformed JSON (truncated line?): {error.msg} at column {error.colno}"
        ) from None
    except RecursionError:
        raise ParseProblem("malformed JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise ParseProblem("expected a JSON object with 'title' and 'text'")
    title = _required(record, "title")
    text = _required(record, "text")
    url = _optional(record, "url")
    record_id = record.get("id")
    if record_id is None:
        doc_id = f"{file_id}:{number}"
    elif isinstance(record_id, str | int) and not isinstance(record_id, bool):
        doc_id = str(record_id).strip() or f"{file_id}:{number}"
    else:
        raise ParseProblem("field 'id' must be a string or an integer")
    return _document(title, text, url, doc_id=doc_id, source_path=source_path, raw=raw)


def _required(record: dict[str, Any], key: str) -> str:
    """A string field that must be present and not blank."""
    value = _optional(record, key)
    if value is None:
        raise _MissingField(f"record has no {key!r} field")
    if not value.strip():
        raise ParseProblem(f"field {key!r} is empty")
    return value


def _optional(record: dict[str, Any], key: str) -> str | None:
    """A string field that may be absent (or null)."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ParseProblem(f"field {key!r} must be a string, not {type(value).__name__}")


def _document(
    title: str, text: str, url: str | None, *, doc_id: str, source_path: str, raw: bytes
) -> Document:
    """Build the record's Document, reading an article or sentence header in its text."""
    text = text.removeprefix("\ufeff")
    inner = detect_format(_NO_SUFFIX, text)
    if inner not in ("article", "sentences"):
        inner = "text"
    try:
        parsed = build_document(
            text, inner, doc_id=doc_id, source_path=source_path, sha256="", path=_NO_SUFFIX
        )
    except ParseProblem as problem:
        where = f" (line {problem.line} of the text)" if problem.line is not None else ""
        raise ParseProblem(f"record text: {problem.message}{where}") from None
    title = title.strip()
    return Document(
        id=doc_id,
        source_path=source_path,
        format="jsonl",
        title=title,
        text=text,
        sha256=sha256_hex(raw),
        subject=strip_disambiguator(title) or title,
        name_line=parsed.name_line,
        infobox=parsed.infobox,
        body_start=parsed.body_start,
        url=url,
    )
