"""`prosograph serve` binds to loopback by default and serves one file read-only."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from prosograph.cli import app as cli
from prosograph.errors import StoreError
from prosograph.web import create_app
from prosograph.web.pool import KnowledgeBasePool


def test_serve_defaults_to_loopback(monkeypatch: pytest.MonkeyPatch, corpus_db: Path) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.delenv("PROSOGRAPH_HOST", raising=False)
    monkeypatch.delenv("PROSOGRAPH_PORT", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    assert calls and calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8000
    assert "http://127.0.0.1:8000/" in result.output


def test_serve_host_and_port_options(monkeypatch: pytest.MonkeyPatch, corpus_db: Path) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    args = ["serve", "--db", str(corpus_db), "--host", "0.0.0.0", "--port", "8123"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert (calls[0]["host"], calls[0]["port"]) == ("0.0.0.0", 8123)


def test_serve_missing_database_fails_with_a_sentence(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "run `prosograph ingest` first" in result.output


def test_serve_create_app_rejects_a_file_that_is_no_knowledge_base(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all, just text " * 200)
    with pytest.raises(StoreError):
        create_app(junk)
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.db")


def test_serve_pool_gives_each_thread_its_own_read_only_kb(corpus_db: Path) -> None:
    pool = KnowledgeBasePool(corpus_db)
    seen: list[int] = []

    def grab() -> None:
        seen.append(id(pool.get()))

    threads = [threading.Thread(target=grab) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(seen)) == 3
    assert pool.get() is pool.get()
    with pytest.raises(Exception, match=r"readonly|read-only"):
        pool.get().store.add_decision("merge", "a", "b")
    pool.close()


def test_serve_app_never_writes(corpus_db: Path) -> None:
    from fastapi.testclient import TestClient

    before = corpus_db.stat().st_mtime_ns, corpus_db.stat().st_size
    with TestClient(create_app(corpus_db)) as client:
        for path in ("/", "/api/people", "/search?q=born", "/network"):
            assert client.get(path).status_code == 200
    assert (corpus_db.stat().st_mtime_ns, corpus_db.stat().st_size) == before
