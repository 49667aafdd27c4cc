"""Format detection from the suffix and the layout of the first lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from prosograph.readers import detect_format
from prosograph.readers.detect import looks_like_name


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.jsonl", "= Looks like an article =\n", "jsonl"),
        ("a.txt", '{"title": "A", "text": "b"}\n', "jsonl"),
        ("a.txt", "= Anna Ivanova =\n\nAnna\n", "article"),
        ("a.txt", "=Anna=\n", "article"),
        ("a.txt", "Anna Ivanova\n\nShe was a poet.\n", "sentences"),
        ("a.txt", "Mikhail Kedrov (politician)\n\n12 February] 1878 – 1941) was.\n", "sentences"),
        ("a.txt", "Anna Ivanova\nShe was a poet.\n", "text"),
        ("a.txt", "Anna Ivanova\n\n", "text"),
        ("a.txt", "She was a poet.\n\nShe died.\n", "text"),
        ("a.txt", "== Early life ==\n\nShe was born.\n", "text"),
        ("a.md", "# Anna Ivanova\n\nShe was a poet.\n", "text"),
    ],
)
def test_detect_format_cases(name: str, text: str, expected: str) -> None:
    assert detect_format(Path(name), text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Alexander Beloborodov",
        "Mikhail Kedrov (politician)",
        "Georgy Safarov, Георгий Сафаров",
        "M. S. Kedrov",
        "Ludwig van Beethoven",
        "毛泽东",
    ],
)
def test_detect_format_name_lines(line: str) -> None:
    assert looks_like_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "He was born in 1891.",
        "Members of the Presidium:",
        "In 1923 Beloborodov was arrested",
        "",
        "- Born: 1900",
        "x" * 200,
    ],
)
def test_detect_format_not_name_lines(line: str) -> None:
    assert not looks_like_name(line)
