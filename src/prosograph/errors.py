"""The exception tree: every error a user can cause names the file (and line) and what to do."""

from __future__ import annotations


class ProsographError(Exception):
    """Base class: anything prosograph raises on purpose."""


class InputError(ProsographError):
    """An input file cannot be read as a document.

    ``path`` and ``line`` (1-based, or None) say where; ``str(error)`` is a one-line message
    of the form ``path:line: what is wrong``.
    """

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class DateError(ProsographError):
    """A date expression that names an impossible day (``31 February 1920``)."""


class StoreError(ProsographError):
    """The knowledge base file cannot be opened or is of an unknown schema version."""


class NotFoundError(ProsographError):
    """No person (or document) matches the query."""


class AmbiguousError(ProsographError):
    """Several persons match the query; ``candidates`` lists (id, name) pairs."""

    def __init__(self, query: str, candidates: list[tuple[str, str]]) -> None:
        self.query = query
        self.candidates = candidates
        super().__init__(f"{len(candidates)} persons match {query!r}; be more specific")
