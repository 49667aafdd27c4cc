"""prosograph: biographical text in, a source-linked knowledge graph of people out.

Open a knowledge base with ``prosograph.open(path)``, feed it with ``kb.ingest([...])`` and
ask it ``kb.person(name)``, ``kb.timeline(name)`` or ``kb.people()``.
"""

from prosograph.api import IngestReport, KnowledgeBase, open
from prosograph.errors import (
    AmbiguousError,
    DateError,
    InputError,
    NotFoundError,
    ProsographError,
    StoreError,
)

__all__ = [
    "AmbiguousError",
    "DateError",
    "IngestReport",
    "InputError",
    "KnowledgeBase",
    "NotFoundError",
    "ProsographError",
    "StoreError",
    "open",
]
__version__ = "0.1.0"
