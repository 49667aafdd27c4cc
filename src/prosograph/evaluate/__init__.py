"""Evaluation of extraction: the development corpus against its infobox gold, and the seeds
against the hand-written seed gold. Functions return data; ``report`` turns it into text for
``prosograph eval`` and ``bench/eval_prose.py``.
"""

from __future__ import annotations

from pathlib import Path

from prosograph.evaluate.dev import DevReport, FieldScore, evaluate_dev
from prosograph.evaluate.predictions import Extractor, Prediction
from prosograph.evaluate.report import SEED_TARGET, TARGETS, format_dev, format_seeds
from prosograph.evaluate.seeds import SeedReport, evaluate_seeds

__all__ = [
    "SEED_TARGET",
    "TARGETS",
    "DevReport",
    "Extractor",
    "FieldScore",
    "Prediction",
    "SeedReport",
    "default_paths",
    "evaluate_dev",
    "evaluate_seeds",
    "format_dev",
    "format_seeds",
]


def default_paths() -> dict[str, Path]:
    """Where the evaluation data sit in a checkout: ``dev`` (the development corpus),
    ``seeds`` (the seed documents) and ``gold`` (the seed gold), next to the repository."""
    repository = Path(__file__).resolve().parents[3]
    shared = repository.parent / "shared"
    return {
        "dev": shared / "corpus" / "dev",
        "seeds": shared / "seeds",
        "gold": repository / "tests" / "gold" / "seeds.json",
    }
