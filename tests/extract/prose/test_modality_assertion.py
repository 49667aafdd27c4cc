"""Negated, hypothetical and quoted frames are not facts; hedged ones lose confidence."""

from __future__ import annotations

import pytest

from prosograph.extract.prose import modality


@pytest.mark.parametrize(
    ("text", "verb", "asserted"),
    [
        ("he was not produced in court", "produced", False),
        ("he would have become Chairman", "become", False),
        ("he was never appointed", "appointed", False),
        ("not posthumously rehabilitated or reinstated to the party", "reinstated", False),
        ("In May 1937 he was appointed", "appointed", True),
        ('Stalin wrote: "he was appointed', "appointed", False),
        ("he was elected, but did not serve", "elected", True),
    ],
)
def test_modality_asserted(text: str, verb: str, asserted: bool) -> None:
    assert modality.is_asserted(text, text.index(verb)) is asserted


def test_modality_hedge_lowers_confidence() -> None:
    text = "Recent scholarship suggests that he was born in Moscow"
    assert modality.confidence(text, text.index("born"), 0.85) < 0.85
    assert modality.confidence("He was born in Moscow", 7, 0.85) == 0.85


def test_modality_first_person() -> None:
    assert modality.speaks_in_first_person("I am an old Bolshevik, free of any stain")
    assert not modality.speaks_in_first_person("He was an old Bolshevik")
