"""Bytes to text: the checks that decide whether a file is readable text at all.

Offsets everywhere count code points of the decoded text, so decoding is strict (no
replacement characters that would hide a bad byte) and a UTF-8 BOM is dropped before
anything counts.
"""

from __future__ import annotations

import hashlib

from prosograph.readers.base import ParseProblem

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def sha256_hex(data: bytes) -> str:
    """The content hash that lets the store notice an unchanged re-ingest."""
    return hashlib.sha256(data).hexdigest()


def strip_bom(data: bytes) -> bytes:
    """Drop a leading UTF-8 byte order mark: it is encoding noise, not text."""
    return data[len(_BOM) :] if data.startswith(_BOM) else data


def check_binary(data: bytes) -> None:
    """Refuse bytes that are not text, before trying to decode them.

    A NUL byte never occurs in a text file; UTF-16 gets a message of its own because it is
    the one common "binary-looking" encoding a user can fix by re-saving the file.
    """
    if data.startswith(_UTF16_BOMS):
        raise ParseProblem("file is UTF-16 encoded; re-save it as UTF-8", 1)
    nul = data.find(b"\x00")
    if nul != -1:
        raise ParseProblem("binary file (NUL byte); expected UTF-8 text", _line_of(data, nul))


def decode_text(data: bytes) -> str:
    """Decode file bytes as strict UTF-8 without BOM, or raise :class:`ParseProblem`.

    An empty or whitespace-only file is refused here because it can hold no document, and
    the error is more useful than a silently empty result.
    """
    check_binary(data)
    body = strip_bom(data)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + (len(data) - len(body))
        raise ParseProblem(
            f"not UTF-8: byte 0x{data[offset]:02x} cannot be decoded; re-save the file as UTF-8",
            _line_of(data, offset),
        ) from None
    if not text.strip():
        raise ParseProblem("empty file" if not text else "empty file (only whitespace)")
    return text


def _line_of(data: bytes, offset: int) -> int:
    """1-based line number of a byte offset."""
    return data.count(b"\n", 0, offset) + 1
