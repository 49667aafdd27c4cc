"""Citing infobox lines: one factoid per contiguous run of the lines a fact comes from.

A fact read from several lines (an office with its term lines, a birth from its date and
place lines) cites them in one span when they are adjacent; when they are not, the same
fact is emitted once per run, each with its own source, and the store merges equal facts
into one fact with several sources. ``Source.text`` is always ``document.text[start:end]``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from prosograph.models import DateValue, Document, Factoid, InfoboxField, Source

METHOD = "infobox"


def line_runs(document: Document, fields: Iterable[InfoboxField]) -> list[tuple[int, int]]:
    """``[start, end)`` spans covering ``fields``, merging lines that follow each other."""
    ordered = sorted({(item.start, item.end, item.line) for item in fields})
    runs: list[tuple[int, int, int]] = []
    for start, end, line in ordered:
        if runs:
            run_start, run_end, run_line = runs[-1]
            between = document.text[run_end:start]
            if line <= run_line + 1 and not between.strip():
                runs[-1] = (run_start, max(run_end, end), max(run_line, line))
                continue
        runs.append((start, end, line))
    return [(start, end) for start, end, _ in runs]


@dataclass(slots=True)
class FactSink:
    """Collects the factoids of one document; ``add`` cites the given lines.

    State lives only for one ``extract_infobox`` call, so the extract step stays pure.
    """

    document: Document
    facts: list[Factoid] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    def add(
        self,
        type_: str,
        value: str,
        fields: Iterable[InfoboxField],
        *,
        date: DateValue | None = None,
        place: str | None = None,
        other: str | None = None,
        confidence: float = 0.97,
    ) -> None:
        """Emit the fact once per contiguous run of ``fields`` (nothing if ``fields`` is empty)."""
        cited = list(fields)
        for start, end in line_runs(self.document, cited):
            source = Source(
                document=self.document.id,
                start=start,
                end=end,
                text=self.document.text[start:end],
                method=METHOD,
            )
            self.facts.append(
                Factoid(
                    type=type_,
                    value=value,
                    subject="subject",
                    source=source,
                    date=date,
                    place=place,
                    other=other,
                    confidence=confidence,
                )
            )
        self.used.update(item.start for item in cited)

    def attribute(
        self,
        item: InfoboxField,
        value: str | None = None,
        *,
        date: DateValue | None = None,
        other: str | None = None,
        confidence: float = 0.98,
    ) -> None:
        """An ``attribute`` fact ``Key: value`` (the line's own value unless one is given)."""
        text = item.value.strip() if value is None else value
        self.add(
            "attribute",
            f"{item.key}: {text}".rstrip(),
            [item],
            date=date,
            other=other,
            confidence=confidence,
        )
