"""The sentence-collection format: the subject's name on line 1, then blank-line separated units.

Units are sentences (or short runs of sentences, or a lead line with a numbered list) cut
out of longer texts, so they may begin mid-date or with a citation marker; the segmenter
deals with that. This module only finds the title and where the first unit starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from prosograph.readers.base import ParseProblem, iter_lines


@dataclass(frozen=True, slots=True)
class SentencesParts:
    """The subject line as written (disambiguator kept) and the offset of the first unit."""

    title: str
    body_start: int


def parse_sentences(text: str) -> SentencesParts:
    """Read the name line; raise :class:`ParseProblem` if there is no unit after it."""
    lines = iter_lines(text)
    first = next((line for line in lines if not line.blank), None)
    if first is None:
        raise ParseProblem("empty file")
    body = next((line for line in lines if not line.blank), None)
    if body is None:
        raise ParseProblem(
            "truncated sentence collection: a name line and no sentences after it",
            first.number,
        )
    indent = len(body.text) - len(body.text.lstrip())
    return SentencesParts(first.text.strip(), body.start + indent)
