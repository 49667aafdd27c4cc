"""Print the prose-extraction evaluation of issue 4: the development corpus per field (recall
and precision with n) and the seed gold (recall with the right sentence, unsupported facts).

Usage: .venv/bin/python bench/eval_prose.py [--brief] [--events] [--dev-dir DIR]

``--dev-dir`` scores another directory of the development corpus's shape (``gold.jsonl`` and
a ``prose/`` folder), such as the generalisation fixtures of ``tests/fixtures``, so that rules
can be checked on text they were not written against.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from prosograph.evaluate import (
    default_paths,
    evaluate_dev,
    evaluate_seeds,
    format_dev,
    format_seeds,
)


def main() -> None:
    """Run both evaluations and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brief", action="store_true", help="figures only, no item lists")
    parser.add_argument("--events", action="store_true", help="also score the events tier")
    parser.add_argument(
        "--dev-dir",
        type=Path,
        help="a directory with gold.jsonl and prose/ to score instead of the dev corpus",
    )
    options = parser.parse_args()
    paths = default_paths()
    started = time.perf_counter()
    dev = evaluate_dev(options.dev_dir or paths["dev"])
    tiers = ("core", "events") if options.events else ("core",)
    seeds = evaluate_seeds(paths["gold"], paths["seeds"], tiers=tiers)
    print(f"prose evaluation, {time.strftime('%Y-%m-%d')}")
    print(format_dev(dev, details=not options.brief))
    print()
    print(format_seeds(seeds, details=not options.brief))
    print(f"\n({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
