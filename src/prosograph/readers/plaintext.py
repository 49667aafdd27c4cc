"""Plain text with no header: the subject comes from the caller or from the file name.

A Markdown file may open with a ``# Heading``; it is taken as the title and kept out of
the prose, because a heading is not a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from prosograph.readers.base import iter_lines

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(?P<title>.*)")
_WORD_BREAK = re.compile(r"[\s_-]+")


@dataclass(frozen=True, slots=True)
class TextParts:
    """Title, subject and where the prose starts."""

    title: str
    subject: str
    body_start: int


def subject_from_file_name(path: Path) -> str:
    """``mikhail-kedrov.txt`` -> ``Mikhail Kedrov``: the best guess when nothing else is known."""
    words = [word for word in _WORD_BREAK.split(path.stem) if word]
    return " ".join(word[0].upper() + word[1:] for word in words) or path.stem


def parse_text(text: str, path: Path, subject: str | None) -> TextParts:
    """Title, subject and prose offset of a plain text or Markdown file.

    ``subject`` (from the caller) wins over the file name; a Markdown ``# Heading`` on the
    first line becomes the title and the prose starts after it.
    """
    chosen = subject.strip() if subject and subject.strip() else subject_from_file_name(path)
    if path.suffix.lower() in _MARKDOWN_SUFFIXES:
        lines = iter_lines(text)
        first = next((line for line in lines if not line.blank), None)
        match = _HEADING.match(first.text) if first is not None else None
        title = _heading_title(match.group("title")) if match is not None else ""
        if first is not None and title:
            following = next((line for line in lines if not line.blank), None)
            body_start = len(text) if following is None else following.start
            return TextParts(title, chosen, body_start)
    return TextParts(chosen, chosen, 0)


def _heading_title(raw: str) -> str:
    """Heading text without an optional closing ``###`` sequence (``# Name #``)."""
    title = raw.strip()
    unclosed = title.rstrip("#")
    if unclosed != title and (not unclosed or unclosed[-1] in " \t"):
        title = unclosed.strip()
    return title
