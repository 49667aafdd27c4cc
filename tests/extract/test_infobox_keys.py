"""The key table: spelling variants and number suffixes find their role."""

from __future__ import annotations

import pytest

from prosograph.extract.infobox_keys import KeyInfo, canonical_key, classify_key


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("Office", KeyInfo("office", "office", None)),
        ("Office1", KeyInfo("office", "office", 1)),
        ("Order3", KeyInfo("order", "order", 3)),
        ("Term Start1", KeyInfo("term_start", "termstart", 1)),
        ("Termstart2", KeyInfo("term_start", "termstart", 2)),
        ("Term_End12", KeyInfo("term_end", "termend", 12)),
        ("Termend", KeyInfo("term_end", "termend", None)),
        ("Preceded By4", KeyInfo("predecessor", "precededby", 4)),
        ("Successor", KeyInfo("successor", "successor", None)),
        ("Primeminister1", KeyInfo("extra", "primeminister", 1)),
        ("Premier", KeyInfo("extra", "premier", None)),
        ("Constituency4", KeyInfo("extra", "constituency", 4)),
        ("Birth Date", KeyInfo("birth_date", "birthdate", None)),
        ("Born", KeyInfo("birth_date", "born", None)),
        ("Birthplace", KeyInfo("birth_place", "birthplace", None)),
        ("Died", KeyInfo("death_date", "died", None)),
        ("Death Cause", KeyInfo("death_cause", "deathcause", None)),
        ("Restingplace", KeyInfo("burial", "restingplace", None)),
        ("Birthname", KeyInfo("birth_name", "birthname", None)),
        ("Native Name", KeyInfo("native_name", "nativename", None)),
        ("Native Name Lang", KeyInfo("attribute", "nativenamelang", None)),
        ("Spouse(s)", KeyInfo("spouse", "spouses", None)),
        ("Otherparty", KeyInfo("party", "otherparty", None)),
        ("Alma Mater", KeyInfo("education", "almamater", None)),
        ("Field", KeyInfo("occupation", "field", None)),
        ("Signature Alt", KeyInfo("attribute", "signaturealt", None)),
        ("Alongside2x", KeyInfo("attribute", "alongside2x", None)),
        ("Image2", KeyInfo("attribute", "image", 2)),
    ],
)
def test_infobox_keys_classify_variants(key: str, expected: KeyInfo) -> None:
    assert classify_key(key) == expected


def test_infobox_keys_canonical_form_ignores_case_and_punctuation() -> None:
    assert canonical_key("Term_Start 1") == canonical_key("termstart1") == "termstart1"
