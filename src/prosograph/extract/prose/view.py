"""A sentence prepared for the fact readers: clean text, words, named spans and dates.

Every reader of a fact family looks at the same view, so the model runs once per sentence
and the dates are found once, with the year the document's context gives them.
Offsets in a view are relative to the sentence (``sentence.start`` is added when a fact
cites the document).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from prosograph.dates import DateMatch, RelativeMatch
from prosograph.models import DateValue, Sentence

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*['’]?|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of a sentence (``PERSON``, ``GPE``, ``LOC``, ``ORG``…)."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Word:
    """One word or punctuation mark of a sentence."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class SentenceView:
    """One sentence as the readers see it; see the module docstring for offsets."""

    sentence: Sentence
    text: str
    spans: list[Span] = field(default_factory=list)
    dates: list[DateMatch] = field(default_factory=list)
    relatives: list[RelativeMatch] = field(default_factory=list)
    previous_date: DateValue | None = None
    list_header: Sentence | None = None
    _words: list[Word] | None = None

    @property
    def words(self) -> list[Word]:
        """The words and punctuation marks, computed on first use."""
        if self._words is None:
            self._words = [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text)]
        return self._words

    def persons(self) -> list[Span]:
        """The PERSON spans, in order."""
        return [span for span in self.spans if span.label == "PERSON"]

    def places(self) -> list[Span]:
        """The place spans (GPE, LOC, FAC), in order."""
        return [span for span in self.spans if span.label in ("GPE", "LOC", "FAC")]

    def person_at(self, start: int, end: int) -> Span | None:
        """The PERSON span overlapping ``[start, end)``, if any."""
        for span in self.spans:
            if span.label == "PERSON" and span.start < end and start < span.end:
                return span
        return None

    def date_at(self, offset: int) -> DateMatch | None:
        """The date expression covering ``offset``, if any."""
        for match in self.dates:
            if match.start <= offset < match.end:
                return match
        return None

    def in_date(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a date expression."""
        return any(m.start <= start and end <= m.end for m in self.dates)


def blank_markers(sentence: Sentence) -> str:
    """The sentence text with citation markers (``[3]``) replaced by spaces, same length."""
    if not sentence.markers:
        return sentence.text
    chars = list(sentence.text)
    for start, end in sentence.markers:
        for index in range(start - sentence.start, end - sentence.start):
            if 0 <= index < len(chars):
                chars[index] = " "
    return "".join(chars)
