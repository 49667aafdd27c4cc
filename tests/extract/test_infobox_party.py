"""Party lists: names and membership periods, as gold.jsonl reads them."""

from __future__ import annotations

import pytest

from prosograph.extract.party import read_parties


def _summary(value: str) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    return [
        (party.name, [(period.start, period.end) for period in party.periods])
        for party in read_parties(value)
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "RSDLP (Bolsheviks), (1907–1918) , Russian Communist Party (1918–1936)",
            [
                ("RSDLP (Bolsheviks)", [("1907", "1918")]),
                ("Russian Communist Party", [("1918", "1936")]),
            ],
        ),
        ("CPSU (1918–53)", [("CPSU", [("1918", "1953")])]),
        (
            "Russian Communist Party (Bolsheviks) (1917–1927), (1928–1938)",
            [("Russian Communist Party (Bolsheviks)", [("1917", "1927"), ("1928", "1938")])],
        ),
        (
            "RSDLP (Bolsheviks) , Russian Communist Party (1918–1939)",
            [("RSDLP (Bolsheviks)", []), ("Russian Communist Party", [("1918", "1939")])],
        ),
        ("RCP(b) (1918–1927)", [("RCP(b)", [("1918", "1927")])]),
        (", , Left Opposition (1925–1929) ,", [("Left Opposition", [("1925", "1929")])]),
        ("Independent (1990–present)", [("Independent", [("1990", None)])]),
    ],
)
def test_infobox_party_lists(
    value: str, expected: list[tuple[str, list[tuple[str | None, str | None]]]]
) -> None:
    assert _summary(value) == expected


def test_infobox_party_period_split_off_is_joined_back() -> None:
    (party,) = read_parties("RSDLP (Bolsheviks), (1903–1918)")
    assert party.raw == "RSDLP (Bolsheviks) (1903–1918)"
