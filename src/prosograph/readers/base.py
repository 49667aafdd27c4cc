"""What every reader shares: the format names, the parse-problem signal and line splitting.

The parsers work on decoded text and know nothing about files, so the same article parser
serves a ``.txt`` file and the text of a JSONL record. They report a problem by raising
:class:`ParseProblem` with a line number relative to the text they were given; the file
layer turns it into an :class:`~prosograph.errors.InputError` that names the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

#: The input formats, in the order the CLI lists them.
FORMATS: tuple[str, ...] = ("article", "sentences", "text", "jsonl")


class ParseProblem(Exception):
    """A text cannot be read in its format; ``line`` is 1-based within that text."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class Line(NamedTuple):
    """One line of a text: 1-based ``number``, ``[start, end)`` without its line break.

    A named tuple rather than a frozen dataclass because it is built once per line of
    every input and is several times cheaper to create.
    """

    number: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        """True for an empty or whitespace-only line: a paragraph separator."""
        return not self.text.strip()


def iter_lines(text: str, start: int = 0) -> Iterator[Line]:
    """Split ``text`` at ``\\n`` (a preceding ``\\r`` belongs to the break), keeping offsets.

    ``str.splitlines`` is not used on purpose: it also breaks at form feeds, ``\\x85`` and
    U+2028, which would make line numbers disagree with what an editor shows.
    ``start`` must be the offset of a line start; numbering then counts from there.
    """
    number = text.count("\n", 0, start) + 1
    position = start
    length = len(text)
    while position < length:
        newline = text.find("\n", position)
        stop = length if newline == -1 else newline
        end = stop - 1 if stop > position and text[stop - 1] == "\r" else stop
        yield Line(number, position, end, text[position:end])
        number += 1
        position = stop + 1
