"""``explain`` reports the resolver's own evidence, for ``prosograph why``."""

from __future__ import annotations

from collections.abc import Callable

from prosograph.resolve import Decision, MentionRecord, explain

MentionFactory = Callable[..., MentionRecord]


def test_explain_initials_match_with_reasons(mention: MentionFactory) -> None:
    full = mention(
        "a#subject",
        "Alexander Beloborodov",
        names=(("Алекса́ндр Гео́ргиевич Белоборо́дов", "native"),),
        is_subject=True,
    )
    explanation = explain(mention("b#p1", "A. G. Beloborodov"), full)
    assert explanation.verdict == "same"
    codes = [reason.code for reason in explanation.supporting]
    assert codes == ["surname", "given-name", "patronymic"]
    assert any("G. / Георгиевич" in line for line in explanation.lines())


def test_explain_contradiction_is_listed_against(mention: MentionFactory) -> None:
    explanation = explain(
        mention("a#p1", "N. G. Tolmachyov"), mention("b#p1", "Vladimir Tolmachyov")
    )
    assert explanation.verdict == "different"
    assert [reason.code for reason in explanation.opposing] == ["given-name"]


def test_explain_a_cluster_against_a_record(mention: MentionFactory) -> None:
    cluster = [
        mention("a#subject", "Mikhail Kedrov", is_subject=True, birth_year=1878),
        mention("b#p1", "M. S. Kedrov"),
    ]
    explanation = explain(cluster, mention("c#p1", "Mikhail Sergeyevich Kedrov", birth_year=1908))
    assert explanation.verdict == "different"
    assert any(reason.code == "birth-year" for reason in explanation.opposing)


def test_explain_weak_evidence_is_uncertain(mention: MentionFactory) -> None:
    explanation = explain(mention("a#p1", "Kedrov"), mention("b#p1", "Mikhail Kedrov"))
    assert explanation.verdict == "uncertain"


def test_explain_a_decision_settles_the_verdict(mention: MentionFactory) -> None:
    left, right = mention("a#p1", "Vladimir Lenin"), mention("b#p1", "Vladimir Ulyanov")
    assert explain(left, right).verdict == "different"
    explanation = explain(left, right, decisions=[Decision("merge", "Vladimir Ulyanov", "a#p1")])
    assert explanation.verdict == "same"
    assert explanation.supporting[0].code == "curation"
    assert explanation.decision is not None
