"""The prose extractor on text its rules were not written against.

``tests/fixtures/generalisation`` holds ten biography openings written for this test (in the
development corpus's format, with an infobox gold read off their own infoboxes), about other
people of the kinds the held-out evaluation holds and worded the many ways Wikipedia leads
are: Old Style dates in brackets and as ``13 (25) February``, ``c. 1884``, "was shot",
"committed suicide … there", "executed the following day", "succeeded him as", "moved to the
post of", a party named with its acronym in brackets. The development corpus has only ten
documents; meeting the issue-4 targets here too is the check that the rules generalise.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from prosograph.evaluate import TARGETS, evaluate_dev
from prosograph.extract import extract_document

FIXTURES = Path(__file__).parents[1] / "fixtures" / "generalisation"


def test_generalisation_fixtures_are_complete() -> None:
    articles = sorted(p.name for p in FIXTURES.glob("*.txt"))
    prose = sorted(p.name for p in (FIXTURES / "prose").glob("*.txt"))
    with (FIXTURES / "gold.jsonl").open(encoding="utf-8") as handle:
        gold = sorted(json.loads(line)["file"] for line in handle if line.strip())
    assert len(articles) == 10
    assert articles == prose == gold


def test_generalisation_meets_the_issue_targets(nlp_model: Language) -> None:
    report = evaluate_dev(FIXTURES, extract=lambda d: extract_document(d, nlp=nlp_model))
    assert report.documents == 10
    for name, (recall, precision) in TARGETS.items():
        score = report.fields[name]
        assert score.gold > 0, name  # every targeted field is measured here
        assert score.recall is not None and score.recall >= recall, (name, score.misses)
        assert score.precision is not None and score.precision >= precision, (name, score.errors)
    parties = report.fields["memberships"]
    assert parties.recall is not None and parties.recall >= 0.85, parties.misses
    assert parties.errors == []
