"""Shared fixtures: where the input files of the project live.

The seeds and the development corpus sit next to the repository (``../shared``); the
example corpus that ``make demo`` ingests is inside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def seed_dir() -> Path:
    """The four seed documents (one article, three sentence collections)."""
    return SHARED / "seeds"


@pytest.fixture
def dev_dir() -> Path:
    """The ten development articles, with ``prose/`` variants and ``gold.jsonl``."""
    return SHARED / "corpus" / "dev"


@pytest.fixture
def examples_dir() -> Path:
    """The example corpus shipped in the repository."""
    return REPO / "examples" / "corpus"


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under ``tmp_path`` (text as UTF-8, bytes as given) and return its path."""

    def write(name: str, content: str | bytes) -> Path:
        file = tmp_path / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return file

    return write


# -- spaCy (issue 4) -------------------------------------------------------------------------
# ``prosograph.nlp`` is imported before spaCy anywhere in a test: it silences a deprecation
# warning spaCy's import raises under click 8.2, which warnings-as-errors would turn fatal.

import typing  # noqa: E402

import prosograph.nlp  # noqa: E402, F401  (imports spaCy with the warning silenced)

if typing.TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="session")
def nlp_model() -> Language:
    """The extraction pipeline with the trained model, loaded once per test session.

    Tests using it are marked ``model``.
    """
    from prosograph.nlp import shared_pipeline

    return shared_pipeline()


@pytest.fixture
def nlp_blank() -> Language:
    """A blank English pipeline (tokenizer only) with the known-persons component."""
    from prosograph.nlp import blank_pipeline

    return blank_pipeline()
