"""Benchmark of cross-document person resolution on synthetic mentions.

    .venv/bin/python bench/resolve_bench.py            # 20,000 and 200,000 mentions
    .venv/bin/python bench/resolve_bench.py --n 50000  # 20,000 and 50,000

Each size runs in a fresh child process so that its peak memory (maximum resident set size)
is its own. For each size the script prints the resolve time, the memory of the generated
input alone and the peak with resolution, pairwise precision and recall against the
generator's truth, and the time of an incremental run that adds the last 1% of the
documents to a resolution of the rest (checked equal to the full result); then the time
ratio between the two sizes (about n2/n1 when cost is linear).
Pairwise scores come from the contingency table of (cluster, true person) counts, so
computing them is linear too. The mentions and their variations are described in
``bench/synth_names.py``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from synth_names import generate  # noqa: E402

from prosograph.resolve.engine import resolve, resolve_incremental  # noqa: E402


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def pairwise_scores(predicted: Sequence[str], truth: Sequence[int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering, from contingency counts."""
    together = sum(_pairs(n) for n in Counter(zip(predicted, truth, strict=True)).values())
    predicted_pairs = sum(_pairs(n) for n in Counter(predicted).values())
    true_pairs = sum(_pairs(n) for n in Counter(truth).values())
    precision = together / predicted_pairs if predicted_pairs else 1.0
    recall = together / true_pairs if true_pairs else 1.0
    return precision, recall


def measure(size: int, seed: int) -> dict[str, float]:
    """Generate, resolve and score one size in this process."""
    started = time.perf_counter()
    records, truth = generate(size, seed=seed)
    generated = time.perf_counter() - started
    input_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    resolution = resolve(records)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    predicted = [resolution.assignment[record.id] for record in records]
    precision, recall = pairwise_scores(predicted, truth)
    documents = sorted({record.document for record in records})
    late = set(documents[-max(1, len(documents) // 100) :])
    new = [record for record in records if record.document in late]
    previous = resolve([record for record in records if record.document not in late])
    started = time.perf_counter()
    updated = resolve_incremental(previous, records, new)
    incremental = time.perf_counter() - started
    if updated != resolution:
        raise AssertionError("the incremental resolution differs from the full one")
    return {
        "mentions": len(records),
        "persons": len(set(truth)),
        "clusters": len(resolution.clusters),
        "generate_s": generated,
        "resolve_s": elapsed,
        "incremental_s": incremental,
        "input_mb": input_mb,
        "peak_mb": peak_mb,
        "precision": precision,
        "recall": recall,
    }


def _child(size: int, seed: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--measure", str(size), "--seed", str(seed)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200_000, help="larger size (default 200000)")
    parser.add_argument("--small", type=int, default=20_000, help="smaller size (default 20000)")
    parser.add_argument("--seed", type=int, default=7, help="generator seed")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.seed)))
        return 0
    header = (
        f"{'mentions':>9} {'persons':>8} {'clusters':>8} {'resolve s':>9} {'input MB':>8} "
        f"{'peak MB':>8} {'precision':>9} {'recall':>7} {'+1% incr s':>10}"
    )
    print(header)
    results = []
    for size in (args.small, args.n):
        row = _child(size, args.seed)
        results.append(row)
        print(
            f"{row['mentions']:>9,.0f} {row['persons']:>8,.0f} {row['clusters']:>8,.0f} "
            f"{row['resolve_s']:>9.2f} {row['input_mb']:>8.0f} {row['peak_mb']:>8.0f} "
            f"{row['precision']:>9.4f} {row['recall']:>7.4f} {row['incremental_s']:>10.2f}"
        )
    small, large = results
    ratio = large["resolve_s"] / small["resolve_s"]
    print(
        f"time ratio {large['mentions']:,.0f}/{small['mentions']:,.0f}: {ratio:.1f} "
        f"(linear = {large['mentions'] / small['mentions']:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
