"""A sentence prepared for the fact readers: clean text, words, named spans and dates.

Every reader of a fact family looks at the same view, so the model runs once per sentence
and the dates are found once, with the year the document's context gives them.
Offsets in a view are relative to the sentence (``sentence.start`` is added when a fact
cites the document).
"""

from __future__ import annotations

import bisect
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
    _word_ends: list[int] | None = None
    _starts: list[int] | None = None

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
        """The date expression covering ``offset``, if any (dates are in order, disjoint)."""
        index = bisect.bisect_right(self._date_starts(), offset) - 1
        if index >= 0 and offset < self.dates[index].end:
            return self.dates[index]
        return None

    def in_date(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a date expression."""
        match = self.date_at(start)
        return match is not None and end <= match.end

    def _date_starts(self) -> list[int]:
        if self._starts is None or len(self._starts) != len(self.dates):
            self._starts = [match.start for match in self.dates]
        return self._starts

    def word_count_before(self, offset: int) -> int:
        """How many words end at or before ``offset``."""
        if self._word_ends is None:
            self._word_ends = [word.end for word in self.words]
        return bisect.bisect_right(self._word_ends, offset)

    def words_before(self, offset: int, limit: int) -> list[Word]:
        """The last ``limit`` words that end at or before ``offset``, in order."""
        count = self.word_count_before(offset)
        return self.words[max(0, count - limit) : count]


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
