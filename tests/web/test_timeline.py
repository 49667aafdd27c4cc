"""The timeline drawing: bars for states, points for events, uncertainty drawn as such."""

from __future__ import annotations

from typing import Any

from prosograph.web.timeline import layout


def _fact(kind: str, value: str, date: str | None, start: str | None, end: str | None) -> Any:
    return {
        "type": kind,
        "value": value,
        "date": date,
        "start": start,
        "end": end,
        "date_text": date,
        "julian": None,
        "place": None,
        "other_person": None,
        "confidence": 0.9,
        "sources": [],
    }


NKVD = _fact("position", "NKVD", "1923-08-30/1927-12-03", "1923-08-30", "1927-12-03")
BIRTH = _fact("birth", "birth", "1891-10-26", "1891-10-26", "1891-10-26")
DEATH = _fact("death", "execution", "1938-02-10", "1938-02-10", "1938-02-10")


def test_timeline_positions_are_bars_and_events_points() -> None:
    view = layout([BIRTH, NKVD, DEATH], ["#b", "#n", "#d"])
    assert [b.href for b in view.bars] == ["#n"]
    assert sorted(p.href for p in view.points) == ["#b", "#d"]
    bar = view.bars[0]
    birth, death = sorted(view.points, key=lambda p: p.x)
    assert birth.x < bar.x < bar.x + bar.width < death.x
    assert not bar.approximate and not bar.fade_end
    assert view.life is not None and view.ticks and not view.empty


def test_timeline_bar_spans_its_term_in_proportion() -> None:
    early = _fact("position", "A", "1900/1910", "1900-01-01", "1910-12-31")
    late = _fact("position", "B", "1920/1930", "1920-01-01", "1930-12-31")
    one, two = layout([early, late], ["#a", "#b"]).bars
    assert abs(one.width - two.width) < 1
    assert two.y > one.y


def test_timeline_unknown_end_fades_and_open_end_runs_to_the_edge() -> None:
    unknown = _fact("membership", "Party", "1918/", "1918-01-01", None)
    ongoing = _fact("residence", "residence", "1930/..", "1930-01-01", None)
    bars = {b.label: b for b in layout([unknown, ongoing], ["#u", "#o"]).bars}
    assert bars["Party"].fade_end and not bars["Party"].open_end
    assert bars["residence"].open_end
    assert bars["residence"].x + bars["residence"].width > bars["Party"].x + bars["Party"].width


def test_timeline_approximate_and_imprecise_dates_are_marked() -> None:
    about = _fact("arrest", "arrest", "1936~", "1936-01-01", "1936-12-31")
    window = _fact("signing", "Declaration", "[1907-10-26..1908-10-25]", "1907-10-26", "1908-10-25")
    exact = _fact("birth", "birth", "1891-10-26", "1891-10-26", "1891-10-26")
    points = {p.href: p for p in layout([about, window, exact], ["#a", "#w", "#e"]).points}
    assert points["#a"].approximate and points["#a"].imprecise
    assert points["#w"].approximate and points["#w"].band_width > 0
    assert not points["#e"].approximate and not points["#e"].imprecise


def test_timeline_relation_with_a_term_is_a_bar() -> None:
    relation = _fact("relation", "succeeded", "1923-08-30/1927-12-03", "1923-08-30", "1927-12-03")
    relation["other_person"] = {"id": "p-1", "name": "Felix Dzerzhinsky"}
    view = layout([relation], ["#r"])
    assert [b.label for b in view.bars] == ["succeeded Felix Dzerzhinsky"]


def test_timeline_points_with_close_labels_use_separate_lanes() -> None:
    one = _fact("arrest", "arrest", "1936-01-01", "1936-01-01", "1936-01-01")
    two = _fact("sentence", "death", "1936-02-01", "1936-02-01", "1936-02-01")
    first, second = layout([one, two], ["#1", "#2"]).points
    assert first.y != second.y


def test_timeline_without_dates_is_empty() -> None:
    alias = _fact("alias", "A. B.", None, None, None)
    attribute = _fact("attribute", "Premier: X", "1920", "1920-01-01", "1920-12-31")
    assert layout([alias, attribute], ["#a", "#b"]).empty
