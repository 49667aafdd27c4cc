"""Latency of the person page and the search API under 8 concurrent clients (issue 7).

Starts `prosograph serve` on 127.0.0.1 in a child process over a knowledge base (by default
the example corpus, ingested into a temporary directory), then runs 8 client threads, each
with its own HTTP connection. The clients walk the same cycles at different offsets, so at
any moment they ask for different people and different queries; every person and every
query (at least 20) is asked for. The run is bounded in requests and in time. Prints p50,
p95 and max per kind; the target is p95 < 100 ms for both.

    .venv/bin/python bench/web_latency.py [--db FILE] [--rounds 3] [--time-limit-s 120]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from prosograph.api import KnowledgeBase

REPO = Path(__file__).resolve().parents[1]
CLIENTS = 8
TARGET_MS = 100.0

#: Search queries: words of the example corpus, names, phrases, prefixes, with filters.
QUERIES: list[dict[str, str]] = [
    {"q": word}
    for word in (
        "Ipatiev",
        "Orgburo",
        "executed",
        "born",
        "Cheka",
        "Trotsky",
        "Stalin",
        "commissar",
        "arrested",
        "Moscow",
        "Ural",
        "revolution",
        "Kedrov",
        "Safarov",
        "Beloborodov",
        "Declaration",
        "Lenin",
        "exile",
        "prison",
        "Petrograd",
        "Kiev",
        "Soviet",
        "Romanovs",
        '"Central Committee"',
        "Bolshev",
        "Ekaterinburg",
        "psycholog",
        "Narodnaya",
    )
] + [
    {"q": "", "type": "position", "year_from": "1917", "year_to": "1925"},
    {"q": "party", "type": "membership"},
    {"q": "", "type": "birth", "year_from": "1850", "year_to": "1900"},
    {"q": "", "person": "Beloborodov"},
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "prosograph", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(
                f"server exited: {server.stderr.read().decode() if server.stderr else ''}"
            )
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1.0)
            return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("server did not start within 30 s")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def _run_client(
    number: int,
    base: str,
    jobs: list[tuple[str, str]],
    rounds: int,
    stop_at: float,
    results: dict[str, list[float]],
    failures: list[str],
    lock: threading.Lock,
) -> None:
    offset = number * len(jobs) // CLIENTS
    mine: dict[str, list[float]] = {"person": [], "search": []}
    with httpx.Client(base_url=base, timeout=10.0) as client:
        client.get("/api/stats")  # warm-up: this connection and its server thread's KB
        for step in range(rounds * len(jobs)):
            if time.monotonic() > stop_at:
                break
            kind, url = jobs[(offset + step) % len(jobs)]
            started = time.perf_counter()
            response = client.get(url)
            elapsed_ms = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                failures.append(f"{response.status_code} {url}")
                continue
            mine[kind].append(elapsed_ms)
    with lock:
        for kind, values in mine.items():
            results[kind].extend(values)


def main() -> int:
    """Run the benchmark; exit status 1 when a p95 misses the target with --check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="knowledge base (default: ingest examples)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over every job per client")
    parser.add_argument("--time-limit-s", type=float, default=120.0, help="stop after this")
    parser.add_argument("--check", action="store_true", help="exit 1 if p95 >= 100 ms")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        db = options.db
        if db is None:
            db = Path(scratch) / "bench.db"
            with KnowledgeBase(db) as kb:
                kb.ingest([REPO / "examples" / "corpus"])
        with KnowledgeBase(db, read_only=True) as kb:
            people = [row["id"] for row in kb.people()]
        search_urls = [
            "/api/search?" + "&".join(f"{k}={quote(v)}" for k, v in query.items())
            for query in QUERIES
        ]
        # Interleave the two kinds so both are measured under the same load.
        persons = [("person", f"/person/{quote(pid)}") for pid in people]
        searches = [("search", url) for url in search_urls]
        longest = max(len(persons), len(searches))
        jobs = [
            job
            for index in range(longest)
            for job in (persons[index % len(persons)], searches[index % len(searches)])
        ]
        port = _free_port()
        server = _start_server(db, port)
        results: dict[str, list[float]] = {"person": [], "search": []}
        failures: list[str] = []
        lock = threading.Lock()
        started = time.monotonic()
        try:
            threads = [
                threading.Thread(
                    target=_run_client,
                    args=(
                        n,
                        f"http://127.0.0.1:{port}",
                        jobs,
                        options.rounds,
                        started + options.time_limit_s,
                        results,
                        failures,
                        lock,
                    ),
                )
                for n in range(CLIENTS)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            server.terminate()
            server.wait(timeout=10)
        wall = time.monotonic() - started

    print(
        f"{CLIENTS} clients, {len(people)} people, {len(QUERIES)} queries, "
        f"{sum(len(v) for v in results.values())} requests in {wall:.1f} s "
        f"(cpu count {os.cpu_count()})"
    )
    ok = True
    for kind, label in (
        ("person", "person page  /person/{id}"),
        ("search", "search API   /api/search"),
    ):
        values = results[kind]
        if not values:
            print(f"{label}: no successful request")
            ok = False
            continue
        p50, p95 = statistics.median(values), _percentile(values, 0.95)
        verdict = "ok" if p95 < TARGET_MS else f"over the {TARGET_MS:.0f} ms target"
        ok = ok and p95 < TARGET_MS
        print(
            f"{label}: n={len(values)} p50={p50:.1f} ms p95={p95:.1f} ms "
            f"max={max(values):.1f} ms  {verdict}"
        )
    if failures:
        print(f"{len(failures)} failed requests, e.g. {failures[:3]}")
        ok = False
    return 0 if ok or not options.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
