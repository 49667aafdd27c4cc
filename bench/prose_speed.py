"""Words per second of the whole extract step against bare ``nlp.pipe`` with the full
English pipeline, on the seeds and the development corpus (issue 4; the target of the next
issue is extraction at >= 1.2x the bare pipeline).

Usage: .venv/bin/python bench/prose_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable

from prosograph.errors import InputError
from prosograph.evaluate import default_paths
from prosograph.extract import extract_document
from prosograph.models import Document
from prosograph.nlp import MODEL_NAME, shared_pipeline
from prosograph.readers import read_path


def _documents() -> list[Document]:
    paths = default_paths()
    found: list[Document] = []
    for folder in (paths["seeds"], paths["dev"]):
        for item in read_path(folder):
            if not isinstance(item, InputError):
                found.append(item)
    return found


def _best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    """Time both and print words per second and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each; the best counts")
    options = parser.parse_args()
    documents = _documents()
    texts = [document.text for document in documents]
    words = sum(len(text.split()) for text in texts)
    full = importlib.import_module(MODEL_NAME).load()
    ours = shared_pipeline()
    list(full.pipe(texts[:2]))  # warm both up
    for document in documents[:2]:
        extract_document(document, nlp=ours)
    bare = _best(lambda: list(full.pipe(texts)), options.repeat)
    extraction = _best(
        lambda: [extract_document(document, nlp=ours) for document in documents], options.repeat
    )
    print(
        f"{len(documents)} documents, {words} words (whitespace-separated), best of "
        f"{options.repeat}"
    )
    print(f"  bare nlp.pipe, full pipeline {full.pipe_names}: {words / bare:,.0f} words/s")
    print(f"  extract_document (pipeline {ours.pipe_names}): {words / extraction:,.0f} words/s")
    print(f"  ratio: {bare / extraction:.2f}x")


if __name__ == "__main__":
    main()
