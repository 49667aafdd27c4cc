"""Run the pure extract step in worker processes, keeping the input order.

Reading and writing stay in the calling process (the store has one owner); only
``extract_document`` — pure, and the expensive part — runs in the workers, each with its
own spaCy pipeline loaded once. At most a few documents per worker are in flight, so
memory stays bounded however large the input.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from prosograph.errors import ProsographError
from prosograph.extract import extract_document
from prosograph.models import Document, Extraction
from prosograph.nlp import shared_pipeline

#: Documents queued per worker: enough to keep both cores busy, few enough to bound memory.
_IN_FLIGHT_PER_WORKER = 4


def _warm_up() -> None:
    shared_pipeline()


def _extract(document: Document) -> Extraction | ProsographError:
    try:
        return extract_document(document)
    except ProsographError as error:
        return error


def extract_all(
    documents: Iterable[Document], *, workers: int
) -> Iterator[tuple[Document, Extraction | ProsographError]]:
    """Each document with its extraction (or the error it raised), in input order."""
    if workers <= 1:
        for document in documents:
            yield document, _extract(document)
        return
    pending: deque[tuple[Document, Future[Extraction | ProsographError]]] = deque()
    with ProcessPoolExecutor(workers, initializer=_warm_up) as pool:
        for document in documents:
            pending.append((document, pool.submit(_extract, document)))
            if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
