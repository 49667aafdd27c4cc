"""What counts as a party (membership) rather than a body (a position "member of")."""

from __future__ import annotations

import pytest

from prosograph.extract.prose.parties import is_party


@pytest.mark.parametrize(
    "name",
    [
        "Russian Social Democratic Labour Party",
        "Bolshevik faction of the Russian Social Democratic Labour Party",
        "Left Opposition",
        "Komsomol",
        "RCP (b)",
        "Bolsheviks' military organisation",
    ],
)
def test_parties_is_party(name: str) -> None:
    assert is_party(name)


@pytest.mark.parametrize(
    "name",
    [
        "Ural Regional Party Committee",
        "Central Committee of the Communist Party",
        "Turkburo of the Central Committee of the RCP (b)",
        "Soviet Red Army",
        "Presidium of the Ural Soviet",
        "OGPU",
    ],
)
def test_parties_is_not_party(name: str) -> None:
    assert not is_party(name)
