"""The article format: ``= Title =``, a name line, a flattened infobox, then prose.

Layout (blank lines between the parts are optional)::

    = Title =

    Name line
    - Key: Value
    - Key: Value

    Prose …

The infobox is every ``-`` line directly under the name line. Each of them becomes a fact
downstream, so a line there that is not ``- Key: Value``, or a key given twice, fails the
document instead of being dropped. ``- item`` lines after the prose has started are a list
in the prose and are left to the segmenter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from prosograph.models import InfoboxField
from prosograph.readers.base import Line, ParseProblem, iter_lines
from prosograph.readers.detect import looks_like_name

_TITLE = re.compile(r"^=(?!=)[ \t]*(?P<title>.*?)[ \t]*(?<!=)=[ \t]*$")
#: Greedy groups only (trimmed afterwards): a lazy group before ``\s*$`` goes quadratic
#: on a long run of spaces.
_FIELD = re.compile(r"-(?P<key>[^:\n]*):(?P<value>.*)")
_MAX_KEY_LENGTH = 80


@dataclass(frozen=True, slots=True)
class ArticleParts:
    """What the article header says; ``body_start`` is where the prose begins."""

    title: str
    name_line: InfoboxField | None
    infobox: tuple[InfoboxField, ...]
    body_start: int


def parse_article(text: str) -> ArticleParts:
    """Split an article into title, name line, infobox fields and the prose offset.

    Raises :class:`ParseProblem` for a missing or unclosed title line, an article that
    stops after its title, and any malformed or repeated infobox line.
    """
    lines = _Lookahead(iter_lines(text))
    title_line = lines.next_nonblank()
    if title_line is None:
        raise ParseProblem("empty article")
    match = _TITLE.match(title_line.text)
    if match is None or not match.group("title"):
        raise ParseProblem(
            "malformed or truncated title line; expected '= Title ='", title_line.number
        )
    title = match.group("title")

    first = lines.next_nonblank()
    if first is None:
        raise ParseProblem(
            "truncated article: nothing after the title line (no name line, infobox or prose)",
            title_line.number,
        )
    name_line: InfoboxField | None = None
    if not first.text.lstrip().startswith("-"):
        following = lines.peek()
        if _is_name_line(first, following):
            name_line = _name_field(first)
            first = lines.next_nonblank()
    infobox: list[InfoboxField] = []
    if first is not None and first.text.lstrip().startswith("-"):
        infobox = _read_infobox(first, lines)
        first = lines.next_nonblank()
    body_start = len(text) if first is None else first.start + _indent(first.text)
    return ArticleParts(title, name_line, tuple(infobox), body_start)


def _is_name_line(line: Line, following: Line | None) -> bool:
    """The line under the title is the name line if the infobox follows it or it reads as a name.

    Files whose infobox was removed go straight from the title to prose; a prose paragraph
    is long and ends in punctuation, which a name line never does.
    """
    if following is not None and following.text.lstrip().startswith("-"):
        return True
    return looks_like_name(line.text)


def _name_field(line: Line) -> InfoboxField:
    """The name line as a pseudo infobox field with key ``Name``."""
    value = line.text.strip()
    value_start = line.start + _indent(line.text)
    return InfoboxField("Name", value, line.number, line.start, line.end, value_start)


def _read_infobox(first: Line, lines: _Lookahead) -> list[InfoboxField]:
    """Read the ``- Key: Value`` block that starts at ``first``, up to a blank line."""
    fields: list[InfoboxField] = []
    seen: dict[str, int] = {}
    line: Line | None = first
    while line is not None and not line.blank:
        if not line.text.lstrip().startswith("-"):
            raise ParseProblem(
                f"expected '- Key: Value' or a blank line after the infobox, got {_quote(line)}",
                line.number,
            )
        field = _parse_field(line)
        folded = field.key.casefold()
        if folded in seen:
            raise ParseProblem(
                f"duplicate infobox key {field.key!r} (first given on line {seen[folded]})",
                line.number,
            )
        seen[folded] = line.number
        fields.append(field)
        line = lines.next()
    return fields


def _parse_field(line: Line) -> InfoboxField:
    """One ``- Key: Value`` line; the value is kept as written, only trimmed."""
    match = _FIELD.match(line.text, _indent(line.text))
    key = match.group("key").strip() if match else ""
    if match is None or not key or len(key) > _MAX_KEY_LENGTH or not _has_letter(key):
        raise ParseProblem(
            f"malformed infobox line {_quote(line)}; expected '- Key: Value'", line.number
        )
    raw_value = match.group("value")
    value = raw_value.strip()
    if value:
        value_start = line.start + match.start("value") + _indent(raw_value)
    else:
        value_start = line.start + len(line.text.rstrip())
    return InfoboxField(key, value, line.number, line.start, line.end, value_start)


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _quote(line: Line) -> str:
    """A short quotation of a line for an error message (one line, bounded length)."""
    text = line.text.strip()
    return repr(text if len(text) <= 60 else text[:57] + "...")


class _Lookahead:
    """An iterator of lines with one line of lookahead."""

    def __init__(self, lines: Iterator[Line]) -> None:
        self._lines = lines
        self._peeked: Line | None = None

    def next(self) -> Line | None:
        if self._peeked is not None:
            line, self._peeked = self._peeked, None
            return line
        return next(self._lines, None)

    def peek(self) -> Line | None:
        if self._peeked is None:
            self._peeked = next(self._lines, None)
        return self._peeked

    def next_nonblank(self) -> Line | None:
        line = self.next()
        while line is not None and line.blank:
            line = self.next()
        return line
