"""One read-only KnowledgeBase per server thread.

Uvicorn runs our synchronous routes on a pool of worker threads. A SQLite connection must
not run two statements at once, and a KnowledgeBase caches its name index, so each thread
gets its own read-only KnowledgeBase: requests never wait on each other's locks, and
SQLite's WAL mode lets every connection read while an ingest writes elsewhere.
"""

from __future__ import annotations

import threading
from pathlib import Path

from prosograph.api import KnowledgeBase


class KnowledgeBasePool:
    """Hands each thread its own read-only KnowledgeBase over one file; closes them all."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[KnowledgeBase] = []

    def get(self) -> KnowledgeBase:
        """The calling thread's KnowledgeBase, opened read-only on first use.

        Call it in the thread that uses the result (inside the route, not in a dependency,
        which FastAPI may run on another thread).
        """
        kb: KnowledgeBase | None = getattr(self._local, "kb", None)
        if kb is None:
            kb = KnowledgeBase(self.path, read_only=True)
            self._local.kb = kb
            with self._lock:
                self._opened.append(kb)
        return kb

    def close(self) -> None:
        """Close every KnowledgeBase handed out; for server shutdown."""
        with self._lock:
            opened, self._opened = self._opened, []
        for kb in opened:
            kb.close()
        self._local = threading.local()
