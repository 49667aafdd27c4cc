"""Full-text search: user words become safe FTS5 queries; filters narrow by person, type, years."""

from __future__ import annotations

import pytest

from prosograph.api import KnowledgeBase
from prosograph.store.search import fts_expression


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("Ipatiev", '"Ipatiev"*'),
        ("Ipatiev house", '"Ipatiev"* "house"*'),
        ('"Ural Soviet" decision', '"Ural Soviet" "decision"*'),
        ("Белоборо́дов", '"Белобородов"*'),
        ("NEAR(a b) OR c:*", '"NEAR"* "a"* "b"* "OR"* "c"*'),
        ('"unclosed phrase', '"unclosed phrase"'),
        ("--- ** ()", None),
        ("", None),
    ],
)
def test_search_fts_expression_is_quoted(typed: str, expression: str | None) -> None:
    assert fts_expression(typed) == expression


@pytest.mark.parametrize("typed", ['"', "AND", "a OR", "*", "col:val", "(", "NOT x", "^a", "'"])
def test_search_any_input_is_a_valid_query(corpus_kb: KnowledgeBase, typed: str) -> None:
    assert isinstance(corpus_kb.search(typed), list)


def test_search_finds_prefixes_and_reports_matches(corpus_kb: KnowledgeBase) -> None:
    hits = corpus_kb.search("Ipati")
    assert hits and all(h["text"][h["matches"][0][0] :].startswith("Ipati") for h in hits)


def test_search_person_filter_keeps_sentences_about_the_person(
    corpus_kb: KnowledgeBase,
) -> None:
    everyone = corpus_kb.search("born")
    pid = corpus_kb.person_id("Beloborodov")
    his = corpus_kb.search("born", person=pid)
    assert len(his) <= len(everyone)
    for hit in his:
        linked = {p["id"] for p in hit["persons"]}
        linked |= {f["person"]["id"] for f in hit["facts"]}
        linked |= {f["other_person"]["id"] for f in hit["facts"] if f["other_person"]}
        assert pid in linked


def test_search_type_and_years_select_without_words(corpus_kb: KnowledgeBase) -> None:
    hits = corpus_kb.search(None, type="birth", year_from=1850, year_to=1900)
    for hit in hits:
        births = [f for f in hit["facts"] if f["type"] == "birth"]
        assert births
    assert corpus_kb.search(None) == []


def test_search_years_exclude_facts_outside(corpus_kb: KnowledgeBase) -> None:
    assert corpus_kb.search(None, type="birth", year_from=2500, year_to=2600) == []
