"""Scoring extraction on the seed documents against the hand-written seed gold.

``tests/gold/seeds.json`` lists, per seed document, the facts a reader finds there, each
with the sentence (and ``also`` other sentences) that states it, a ``tier`` (``core``: the
fact types of issue 4; ``events``: those of the life-events issue), and what may vary:
``optional`` facts need not be found, ``alt_values``/``alt_dates``/``alt_types``/
``alt_places`` are accepted too. ``not_facts`` name sentences with ``forbid`` patterns
that no prediction may match.

Two measures, over the fact types of the chosen tiers:

- recall: a required gold fact is found when a prediction about the same person, of its
  type, value, date and place (missing date or place allowed) cites a source containing
  its sentence or one of its ``also`` snippets;
- unsupported: every prediction of those types that matches no gold fact (the sentence
  not required), or that a ``not_facts`` pattern forbids, is listed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prosograph.errors import InputError
from prosograph.evaluate.converse import converse_supports, others_match, statements_match
from prosograph.evaluate.matching import (
    dates_agree,
    normalise_space,
    parties_match,
    persons_match,
    places_match,
    titles_match,
)
from prosograph.evaluate.predictions import Extractor, Prediction, predictions_of
from prosograph.evaluate.traps import TrapResult, check_traps
from prosograph.readers import read_path

#: Tiers of the gold, in the order issues switch them on.
TIERS = ("core", "events")
_NAMED_VALUES = frozenset({"position", "candidacy"})
_BODY_VALUES = frozenset({"membership", "expulsion", "readmission"})
#: Types whose facts link two people: the other person is part of the fact.
_LINKED = frozenset({"relation", "signing"})


@dataclass(frozen=True, slots=True)
class GoldFact:
    """One fact of the seed gold, with what it accepts."""

    document: str
    person: tuple[str, ...]
    types: tuple[str, ...]
    values: tuple[str, ...]
    dates: tuple[str | None, ...]
    places: tuple[str | None, ...]
    snippets: tuple[str, ...]
    optional: bool
    tier: str
    raw: dict[str, Any]

    @property
    def type(self) -> str:
        """The gold's own type (the first of ``types``)."""
        return self.types[0]


@dataclass(slots=True)
class SeedReport:
    """Recall per type with the right sentence, and the unsupported predictions."""

    types: tuple[str, ...]
    found: dict[str, int] = field(default_factory=dict)
    required: dict[str, int] = field(default_factory=dict)
    missed: list[GoldFact] = field(default_factory=list)
    unsupported: list[tuple[Prediction, str]] = field(default_factory=list)
    traps: list[TrapResult] = field(default_factory=list)
    tiers: tuple[str, ...] = ("core",)

    @property
    def recall(self) -> float | None:
        """Share of the required gold facts found with the right sentence."""
        total = sum(self.required.values())
        return sum(self.found.values()) / total if total else None

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data."""
        return {
            "types": list(self.types),
            "recall": self.recall,
            "found": sum(self.found.values()),
            "required": sum(self.required.values()),
            "per_type": {
                kind: {"found": self.found.get(kind, 0), "required": self.required.get(kind, 0)}
                for kind in self.types
            },
            "missed": [
                {
                    "document": g.document,
                    "person": g.person[0],
                    "type": g.type,
                    "value": g.values[0],
                    "sentence": g.snippets[0],
                }
                for g in self.missed
            ],
            "unsupported": [
                {
                    "document": p.document,
                    "person": p.person,
                    "type": p.type,
                    "value": p.value,
                    "date": p.date,
                    "place": p.place,
                    "text": p.text,
                    "why": why,
                }
                for p, why in self.unsupported
            ],
        }


def load_gold(path: Path) -> dict[str, Any]:
    """The seed gold file as data."""
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _gold_facts(data: dict[str, Any], tiers: Iterable[str]) -> list[GoldFact]:
    wanted = set(tiers)
    facts: list[GoldFact] = []
    for item in data["facts"]:
        if item.get("tier") not in wanted:
            continue
        persons = [item["person"]]
        if item.get("person_as_written"):
            persons.append(item["person_as_written"])
        facts.append(
            GoldFact(
                document=item["doc"],
                person=tuple(persons),
                types=(item["type"], *item.get("alt_types", [])),
                values=(item["value"], *item.get("alt_values", [])),
                dates=(item.get("date"), *item.get("alt_dates", [])),
                places=(item.get("place"), *item.get("alt_places", [])),
                snippets=(item["sentence"], *item.get("also", [])),
                optional=bool(item.get("optional")),
                tier=item["tier"],
                raw=item,
            )
        )
    return facts


def _values_match(kind: str, predicted: str, gold: Iterable[str]) -> bool:
    if kind == "birth":
        return True
    if kind in _NAMED_VALUES:
        return any(titles_match(predicted, value) for value in gold)
    if kind in _BODY_VALUES:
        return any(parties_match(predicted, value) for value in gold)
    if kind == "other":
        return any(statements_match(predicted, value) for value in gold)
    return any(predicted.casefold() == value.casefold() for value in gold)


def _dates_match(predicted: str | None, gold: tuple[str | None, ...]) -> bool:
    if predicted is None:
        return True
    return any(value is None or dates_agree(predicted, value) for value in gold)


def _places_match(predicted: str | None, gold: tuple[str | None, ...]) -> bool:
    if predicted is None:
        return True
    return any(value is None or places_match(predicted, value) for value in gold)


def supports(gold: GoldFact, prediction: Prediction) -> bool:
    """The prediction states the gold fact (whatever sentence it cites); a relation or a
    signing must name the gold's other person (issue 5)."""
    return (
        prediction.document == gold.document
        and prediction.type in gold.types
        and persons_match(list(prediction.forms), list(gold.person))
        and _values_match(prediction.type, _stated(prediction), gold.values)
        and _dates_match(prediction.date, gold.dates)
        and _places_match(prediction.place, gold.places)
        and (prediction.type not in _LINKED or others_match(prediction.other, gold.raw))
    )


def _stated(prediction: Prediction) -> str:
    """The value compared with the gold: a free statement with its place ("sent" to
    "Turkestan" is the gold's "sent to Turkestan")."""
    if prediction.type == "other" and prediction.place:
        return f"{prediction.value} {prediction.place}"
    return prediction.value


def supports_converse(gold: GoldFact, prediction: Prediction) -> bool:
    """The prediction is a gold relation read from its other person's side ("father of"
    for a gold "son of"), which the extractor states too (issue 5)."""
    return (
        prediction.document == gold.document
        and prediction.type == "relation"
        and "relation" in gold.types
        and _dates_match(prediction.date, gold.dates)
        and any(
            converse_supports(
                list(prediction.forms),
                prediction.value,
                prediction.other,
                list(gold.person),
                value,
                gold.raw,
            )
            for value in gold.values
        )
    )


def cites(gold: GoldFact, prediction: Prediction) -> bool:
    """The prediction's source contains the gold sentence or one of its ``also`` snippets."""
    text = normalise_space(prediction.text)
    return any(normalise_space(snippet) in text for snippet in gold.snippets)


def _forbidden(prediction: Prediction, data: dict[str, Any], gold: list[GoldFact]) -> str | None:
    """The reason a ``not_facts`` pattern forbids the prediction, or None.

    ``"all"`` forbids every fact of a passage, except one the gold itself states from the
    same source: a sentence can quote a rhetorical question and still name "Nikolai
    Yezhov, head of the NKVD", and the source span is the whole sentence.
    """
    text = normalise_space(prediction.text)
    for item in data.get("not_facts", []):
        if item["doc"] != prediction.document or normalise_space(item["sentence"]) not in text:
            continue
        patterns = item["forbid"]
        if patterns == "all":
            if not any(supports(g, prediction) and cites(g, prediction) for g in gold):
                return f"not a fact: {item['why']}"
        elif any(_pattern_matches(p, prediction) for p in patterns):
            return f"not a fact: {item['why']}"
    return None


def _pattern_matches(pattern: dict[str, Any], prediction: Prediction) -> bool:
    checks: list[bool] = []
    if "person" in pattern:
        checks.append(persons_match(list(prediction.forms), [pattern["person"]]))
    if "type" in pattern:
        checks.append(prediction.type == pattern["type"])
    if "value" in pattern:
        checks.append(prediction.value.casefold() == pattern["value"].casefold())
    if "value_contains" in pattern:
        checks.append(pattern["value_contains"].casefold() in prediction.value.casefold())
    if "place" in pattern:
        checks.append(prediction.place is not None and pattern["place"] in prediction.place)
    if "other_person" in pattern:
        checks.append(
            prediction.other is not None
            and persons_match([prediction.other], [pattern["other_person"]])
        )
    if "date_not_in" in pattern:
        checks.append(prediction.date not in pattern["date_not_in"])
    return all(checks)


def evaluate_seeds(
    gold_path: Path,
    seed_dir: Path,
    *,
    tiers: Iterable[str] = ("core",),
    extract: Extractor | None = None,
) -> SeedReport:
    """Score the extraction of the seed documents in ``seed_dir`` against ``gold_path``."""
    data = load_gold(gold_path)
    gold = _gold_facts(data, tiers)
    types = tuple(dict.fromkeys(g.type for g in gold))
    every_tier = _gold_facts(data, TIERS)  # support may come from a fact of any tier
    documents = {g.document for g in gold}
    predictions: list[Prediction] = []
    for document in read_path(seed_dir):
        if isinstance(document, InputError) or document.id not in documents:
            continue
        predictions.extend(predictions_of(document, extract))
    report = SeedReport(types, tiers=tuple(tiers))
    for fact in gold:
        if fact.optional:
            continue
        report.required[fact.type] = report.required.get(fact.type, 0) + 1
        if any(supports(fact, p) and cites(fact, p) for p in predictions):
            report.found[fact.type] = report.found.get(fact.type, 0) + 1
        else:
            report.missed.append(fact)
    for prediction in predictions:
        if prediction.type not in types:
            continue
        reason = _forbidden(prediction, data, every_tier)
        if reason is None and not any(
            supports(g, prediction) or supports_converse(g, prediction) for g in every_tier
        ):
            reason = "no gold fact states it"
        if reason is not None:
            report.unsupported.append((prediction, reason))
    report.traps = check_traps(data.get("date_traps", []), predictions)
    return report
