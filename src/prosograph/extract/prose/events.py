"""The readers of issue 5, in the order they run on each sentence: family first (so that a
child named "Igor" is a known person when the next reader meets him), then repression
(arrest, exile, prison, sentence, rehabilitation), residence, education and burial,
occupations, signings, other relations, and brief statements (``other``).

Each reader is a function ``(view, context) -> list[Factoid]`` like the prose readers of
births, offices and parties, so the pipeline calls them all the same way; this tuple is
the one place that lists them. Executions are read with deaths (``vitals``).
"""

from __future__ import annotations

from collections.abc import Callable

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.events_legal import read_legal
from prosograph.extract.prose.events_life import read_life
from prosograph.extract.prose.kinship import read_kinship
from prosograph.extract.prose.occupations import read_occupations
from prosograph.extract.prose.relations import read_relations
from prosograph.extract.prose.signing import read_signings
from prosograph.extract.prose.statements import read_statements
from prosograph.extract.prose.view import SentenceView
from prosograph.models import Factoid

Reader = Callable[[SentenceView, DocumentContext], list[Factoid]]

#: The event and relation readers, run after the prose readers of issue 4.
EVENT_READERS: tuple[Reader, ...] = (
    read_kinship,
    read_legal,
    read_life,
    read_occupations,
    read_signings,
    read_relations,
    read_statements,
)

__all__ = ["EVENT_READERS", "Reader"]
