"""Who a frame is about: he/his, names, coordination, "who", other referents."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.coreference import find_agent
from prosograph.extract.prose.view import SentenceView

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]


def _agent(make_view: MakeView, text: str, verb: str, persons: list[str]) -> str | None:
    view, context = make_view(text, persons=persons)
    key = find_agent(view, context, text.index(verb))
    return None if key is None else context.registry.records[key].name


@pytest.mark.parametrize(
    ("text", "verb", "persons", "agent"),
    [
        (
            "In January 1918, he was appointed Chairman.",
            "was appointed",
            [],
            "Alexander Beloborodov",
        ),
        (
            "On 29 November 1921, Beloborodov was appointed deputy.",
            "was appointed",
            ["Beloborodov"],
            "Alexander Beloborodov",
        ),
        (
            "Yakov Yurovsky was appointed as commandant.",
            "was appointed",
            ["Yakov Yurovsky"],
            "Yakov Yurovsky",
        ),
        (
            "He moved to Yaroslavl, where he studied law, joined the party in 1901.",
            "joined",
            [],
            "Alexander Beloborodov",
        ),
        (
            "His father played a part in the revolution, and was elected Chairman.",
            "was elected",
            [],
            None,
        ),
        (
            "Almost every other member of the group was executed during the Purge.",
            "was executed",
            [],
            None,
        ),
        (
            "Safarov was an ally of Grigory Zinoviev, who was Chairman of Comintern.",
            "was Chairman",
            ["Safarov", "Grigory Zinoviev"],
            "Grigory Zinoviev",
        ),
        ("Born in Perm, he joined the party.", "Born", [], "Alexander Beloborodov"),
        ("After Trotsky was evicted, he lodged in a flat.", "lodged", ["Trotsky"], None),
        (
            "In 1906, Tenis Smilga was caught and killed.",
            "killed",
            ["Tenis Smilga"],
            "Tenis Smilga",
        ),
    ],
)
def test_coreference_agent_of_a_frame(
    make_view: MakeView, text: str, verb: str, persons: list[str], agent: str | None
) -> None:
    assert _agent(make_view, text, verb, persons) == agent


def test_coreference_bare_given_name_of_the_subject(make_view: MakeView) -> None:
    view, context = make_view("Ivar was born in Aloja.", subject="Ivar Smilga")
    assert find_agent(view, context, view.text.index("was born")) == "subject"


def test_coreference_initials_name_the_subject(make_view: MakeView) -> None:
    view, context = make_view("A. G. Beloborodov was elected.", persons=["A. G. Beloborodov"])
    assert find_agent(view, context, view.text.index("was elected")) == "subject"
    assert ("A. G. Beloborodov", "initials") in context.registry.records["subject"].names
