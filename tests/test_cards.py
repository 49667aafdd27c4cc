"""Person cards: one statement made in several places is one fact with several sources."""

from __future__ import annotations

from prosograph.cards import group_facts
from prosograph.store.rows import FactRow


def _row(
    value: str,
    date: str | None,
    start: str | None,
    end: str | None,
    doc: str,
    place: str | None = None,
    fact_type: str = "position",
) -> FactRow:
    return FactRow(
        person_id="p",
        type=fact_type,
        value=value,
        other_id=None,
        other_name=None,
        date=date,
        date_start=start,
        date_end=end,
        date_text=date,
        julian=None,
        place=place,
        confidence=0.9,
        document_id=doc,
        span_start=0,
        span_end=3,
        source_text=doc,
        method="pattern",
    )


def test_cards_restatement_with_less_detail_is_folded_into_one_fact() -> None:
    facts = group_facts(
        [
            _row(
                "People's Commissar for Internal Affairs",
                "1923-08-30/1927-12-03",
                "1923-08-30",
                "1927-12-03",
                "infobox",
            ),
            _row(
                "People's Commissar of Internal Affairs (NKVD)",
                "1923-08-30/",
                "1923-08-30",
                None,
                "prose",
            ),
            _row("birth", "1891", "1891-01-01", "1891-12-31", "a", "Perm", "birth"),
            _row("birth", "1891-10-26", "1891-10-26", "1891-10-26", "b", None, "birth"),
        ]
    )
    assert len(facts) == 2
    position = next(f for f in facts if f["type"] == "position")
    assert position["date"] == "1923-08-30/1927-12-03"
    assert {s["document"] for s in position["sources"]} == {"infobox", "prose"}
    birth = next(f for f in facts if f["type"] == "birth")
    assert (birth["date"], birth["place"]) == ("1891-10-26", "Perm")
    assert {s["document"] for s in birth["sources"]} == {"a", "b"}


def test_cards_different_offices_or_dates_stay_apart() -> None:
    facts = group_facts(
        [
            _row(
                "People's Commissar for Internal Affairs",
                "1923/1927",
                "1923-01-01",
                "1927-12-31",
                "a",
            ),
            _row(
                "Deputy People's Commissar for Internal Affairs", "1921/", "1921-01-01", None, "b"
            ),
            _row("Chairman", "1918/", "1918-01-01", None, "c"),
            _row("Chairman", "1930/", "1930-01-01", None, "d"),
        ]
    )
    assert len(facts) == 4
