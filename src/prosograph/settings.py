"""Every setting in one (name, default, help) table: the CLI help, the docs and a test read it.

A setting's value comes from, in order: the command-line option, the environment variable
``PROSOGRAPH_<NAME>`` (upper case), the default here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    """One configurable value with its default and a sentence of help."""

    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        """The environment variable that overrides the default."""
        return "PROSOGRAPH_" + self.name.upper()

    def value(self) -> str:
        """The environment's value if set, else the default."""
        return os.environ.get(self.env, self.default)


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "prosograph.db", "Knowledge-base file (SQLite) that commands read and write."),
    Setting("workers", "1", "Processes that run extraction during `ingest` (2 uses both cores)."),
    Setting("host", "127.0.0.1", "Address `serve` binds to; only loopback unless you say so."),
    Setting("port", "8000", "TCP port `serve` listens on."),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


def get(name: str) -> str:
    """The current value of a named setting."""
    return _BY_NAME[name].value()
