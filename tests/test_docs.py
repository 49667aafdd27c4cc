"""The docs keep up with the code: every command and setting is in the README (STYLE.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

import prosograph
from prosograph.cli import app
from prosograph.settings import SETTINGS, Setting

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command", [c.name or c.callback.__name__ for c in app.registered_commands]
)  # type: ignore[union-attr]
def test_docs_every_command_is_in_the_readme(command: str) -> None:
    assert f"prosograph {command}" in README


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_docs_every_setting_is_in_the_readme(setting: Setting) -> None:
    assert setting.env in README


def test_docs_public_names_exist() -> None:
    for name in prosograph.__all__:
        assert hasattr(prosograph, name)
