"""Scoring prose extraction on the development corpus against its infobox gold.

The gold (``corpus/dev/gold.jsonl``) is read from the infoboxes, and the documents scored
are the prose-only variants (``corpus/dev/prose/``), so every fact found there comes from
the prose. The prose does not state every infobox value, and sometimes states another one
(the other calendar, a disagreeing source), so (issue 4):

- a gold value is counted (its ``n``) only where the prose states it;
- a prediction is judged only where the prose states the gold value it would be compared
  with; predictions with nothing to be judged against are listed, not counted.

Fields: birth date and place, death date and place, positions (title matched loosely,
start year exact) and party memberships (name matched loosely or by acronym; start year
exact where both give one).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prosograph.dates import find_dates, interval_sides
from prosograph.errors import InputError
from prosograph.evaluate.matching import (
    content_words,
    parties_match,
    place_head,
    places_match,
    titles_match,
    year_of,
)
from prosograph.evaluate.predictions import Extractor, Prediction, predictions_of
from prosograph.names import strip_marks
from prosograph.readers import read_path

FIELDS = (
    "birth_date",
    "birth_place",
    "death_date",
    "death_place",
    "positions",
    "memberships",
)


@dataclass(slots=True)
class FieldScore:
    """Counts for one field: gold values stated in the prose, found, judged, correct."""

    gold: int = 0
    found: int = 0
    judged: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unjudged: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        """Found / gold, or None with no gold value stated."""
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        """Correct / judged, or None with nothing judged."""
        return self.correct / self.judged if self.judged else None


@dataclass(slots=True)
class DevReport:
    """Scores per field over the development documents."""

    fields: dict[str, FieldScore]
    documents: int

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data (recall, precision and counts per field)."""
        return {
            "documents": self.documents,
            "fields": {
                name: {
                    "recall": score.recall,
                    "precision": score.precision,
                    "gold": score.gold,
                    "found": score.found,
                    "judged": score.judged,
                    "correct": score.correct,
                }
                for name, score in self.fields.items()
            },
        }


def evaluate_dev(dev_dir: Path, *, extract: Extractor | None = None) -> DevReport:
    """Extract the prose variants of ``dev_dir`` and score them against ``gold.jsonl``."""
    gold = _read_gold(dev_dir / "gold.jsonl")
    scores = {name: FieldScore() for name in FIELDS}
    documents = 0
    for document in read_path(dev_dir / "prose"):
        if isinstance(document, InputError):
            continue  # a document with no prose (the corpus has one) states nothing
        record = gold.get(Path(document.id).name)
        if record is None:
            continue
        documents += 1
        prose = document.text[document.body_start :]
        facts = [p for p in predictions_of(document, extract) if p.subject]
        _score_date(scores["birth_date"], record["birth"], facts, "birth", prose, document.id)
        _score_date(scores["death_date"], record["death"], facts, "death", prose, document.id)
        _score_place(scores["birth_place"], record["birth"], facts, "birth", prose, document.id)
        _score_place(scores["death_place"], record["death"], facts, "death", prose, document.id)
        _score_positions(scores["positions"], record["positions"], facts, prose, document.id)
        _score_parties(scores["memberships"], record["party"], facts, prose, document.id)
    return DevReport(scores, documents)


def _read_gold(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return {record["file"]: record for record in records}


def _prose_dates(prose: str) -> set[str]:
    """Every date the prose writes, as EDTF (both sides of a range)."""
    found: set[str] = set()
    for match in find_dates(prose):
        value = match.value
        for side in interval_sides(value):
            if side is not None and side.edtf:
                found.add(side.edtf)
        if value.edtf:
            found.add(value.edtf)
    return found


def _agrees_at(predicted: str, gold: str) -> bool:
    """The predicted date says the gold date at the coarser of the two precisions."""
    shorter = min(len(predicted), len(gold))
    return predicted[:shorter] == gold[:shorter] and predicted[:4].isdigit()


def _score_date(
    score: FieldScore,
    gold: dict[str, Any] | None,
    facts: list[Prediction],
    kind: str,
    prose: str,
    document: str,
) -> None:
    iso = ((gold or {}).get("date") or {}).get("iso")
    predicted = [p for p in facts if p.type == kind and p.date]
    if not iso or iso not in _prose_dates(prose):
        score.unjudged.extend(f"{document}: {kind} {p.date}" for p in predicted)
        return
    score.gold += 1
    if any(p.date == iso or (p.date or "").startswith(iso) for p in predicted):
        score.found += 1
    else:
        score.misses.append(f"{document}: {kind} {iso}")
    for prediction in predicted:
        date = prediction.date or ""
        score.judged += 1
        if _agrees_at(date.split("/")[0], iso):
            score.correct += 1
        else:
            score.errors.append(f"{document}: {kind} {date} (gold {iso}) <- {prediction.text!r}")


def _score_place(
    score: FieldScore,
    gold: dict[str, Any] | None,
    facts: list[Prediction],
    kind: str,
    prose: str,
    document: str,
) -> None:
    place = (gold or {}).get("place")
    predicted = [p for p in facts if p.type == kind and p.place]
    head = place_head(place) if place else ""
    written = re.compile(rf"\b(?:in|at|near)\s+(?:the\s+)?{re.escape(head)}\b", re.IGNORECASE)
    if not head or not any(
        written.search(strip_marks(sentence)) and _VITAL_WORDS[kind].search(sentence)
        for sentence in _sentences(prose)
    ):
        score.unjudged.extend(f"{document}: {kind} place {p.place}" for p in predicted)
        return
    score.gold += 1
    assert place is not None
    if any(places_match(p.place or "", place) for p in predicted):
        score.found += 1
    else:
        score.misses.append(f"{document}: {kind} place {place}")
    for prediction in predicted:
        score.judged += 1
        if places_match(prediction.place or "", place):
            score.correct += 1
        else:
            score.errors.append(f"{document}: {kind} place {prediction.place!r} (gold {place!r})")


#: Words of a sentence that speaks of a birth or a death: a place head word counts as
#: stated only in such a sentence (the head word of a death place, "Moscow", is in many
#: sentences that say nothing of the death).
_VITAL_WORDS = {
    "birth": re.compile(r"\b(?:born|birth)\b", re.IGNORECASE),
    "death": re.compile(
        r"\b(?:died|death|executed|shot|killed|murdered|buried|suicide)\b", re.IGNORECASE
    ),
}


def _sentences(prose: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", prose)


def _title_stated(title: str, start: int, prose: str) -> bool:
    """A sentence gives the start year and most of the title's words (the prose may word
    the title differently: a prefix of five letters is enough)."""
    words = content_words(title)
    if not words:
        return False
    for sentence in _sentences(prose):
        if not re.search(rf"\b{start}\b", sentence):
            continue
        present = {p[:5] for p in content_words(sentence)}
        if sum(1 for w in words if w[:5] in present) / len(words) >= 0.6:
            return True
    return False


def _score_positions(
    score: FieldScore,
    gold: list[dict[str, Any]],
    facts: list[Prediction],
    prose: str,
    document: str,
) -> None:
    predicted = [p for p in facts if p.type == "position"]
    stated: list[tuple[str, int | None]] = []
    for position in gold:
        title = position.get("title")
        start = year_of((position.get("start") or {}).get("iso"))
        if not title or start is None:
            continue
        if _title_stated(title, start, prose):
            stated.append((title, start))
    _score_items(score, stated, predicted, titles_match, document, "position")


def _score_parties(
    score: FieldScore,
    gold: list[dict[str, Any]],
    facts: list[Prediction],
    prose: str,
    document: str,
) -> None:
    predicted = [p for p in facts if p.type == "membership"]
    stated: list[tuple[str, int | None]] = []
    for party in gold:
        name = party.get("name") or party.get("raw") or ""
        if not name or not _party_stated(name, prose):
            continue
        periods = party.get("periods") or []
        start = year_of((periods[0].get("start") or {}).get("iso")) if periods else None
        if start is not None and not re.search(rf"\b{start}\b", prose):
            start = None  # the prose does not give the year: only the name is judged
        stated.append((name, start))
    _score_items(score, stated, predicted, parties_match, document, "membership")


def _party_stated(name: str, prose: str) -> bool:
    """The prose names the party, in words or by acronym."""
    sentences = re.split(r"(?<=[.;])\s+", prose)
    return any(
        parties_match(name, sentence) and _names_party(name, sentence) for sentence in sentences
    )


def _names_party(name: str, sentence: str) -> bool:
    """A sentence names ``name`` if a capitalised run of it matches the name."""
    runs = re.findall(
        r"[A-Z][\w'’()-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z(][\w'’()-]*)*", sentence
    )
    return any(parties_match(name, run) for run in runs)


def _score_items(
    score: FieldScore,
    stated: list[tuple[str, int | None]],
    predicted: list[Prediction],
    same: Callable[[str, str], bool],
    document: str,
    kind: str,
) -> None:
    """Recall over stated gold items; precision over predictions that name a stated item."""
    for name, start in stated:
        score.gold += 1
        if any(same(p.value, name) and _start_ok(p, start) for p in predicted):
            score.found += 1
        else:
            score.misses.append(f"{document}: {kind} {name!r} from {start}")
    for prediction in predicted:
        matches = [(name, start) for name, start in stated if same(prediction.value, name)]
        if not matches:
            score.unjudged.append(f"{document}: {kind} {prediction.value!r} {prediction.date}")
            continue
        score.judged += 1
        if any(_start_ok(prediction, start) for _, start in matches):
            score.correct += 1
        else:
            score.errors.append(
                f"{document}: {kind} {prediction.value!r} {prediction.date} "
                f"(gold {[m for m in matches]}) <- {prediction.text!r}"
            )


def _start_ok(prediction: Prediction, start: int | None) -> bool:
    """The start years agree, where the gold gives one the prose states."""
    if start is None:
        return True
    return year_of(prediction.date) == start
