"""Words per second of the whole extract step against bare ``nlp.pipe`` of the full English
pipeline, over at least 200,000 words, with the peak memory of each (issue 5).

The corpus is the seeds and the development corpus, copied until it holds ``--words``
words; every copy is varied (the subject's names swapped for others, every year shifted by
a multiple of four so that leap days stay valid) and written to a temporary folder, so no
copy repeats an earlier text and no cache of earlier results could help. Our run is
everything but the database write: reading the files, segmentation, the model, dates,
events and relations (``extract_document``), over ``--processes`` worker processes (each
loads its pipeline once). The bare run is ``nlp.pipe`` of every component of
``en_core_web_sm`` over the same texts, in this process, as spaCy runs by default.

Target: ours >= 1.2 x bare. Prints words/s of each, the ratio, the peak resident memory of
this process and of the workers (``ru_maxrss``) and the peak Python heap of one document's
extraction (``tracemalloc``, measured apart from the timed runs, since tracing slows them).

Usage: .venv/bin/python bench/extract_speed.py [--words N] [--processes N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import importlib
import re
import resource
import tempfile
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from prosograph.errors import InputError
from prosograph.evaluate import default_paths
from prosograph.extract import extract_document
from prosograph.models import Document
from prosograph.nlp import MODEL_NAME, load_pipeline
from prosograph.readers import read_path

#: Target of issue 5: our words per second over bare spaCy's.
TARGET_RATIO = 1.2
_GIVEN = [
    "Ivan",
    "Pyotr",
    "Nikolai",
    "Sergei",
    "Andrei",
    "Dmitri",
    "Fyodor",
    "Grigory",
    "Vasily",
    "Yakov",
    "Boris",
    "Lev",
    "Mikhail",
    "Pavel",
    "Semyon",
    "Timofei",
    "Kliment",
    "Anatoly",
    "Viktor",
    "Oleg",
]
_ENDINGS = ("", "in", "sky", "enko", "ich", "yan", "adze", "ov", "ski", "ovich", "ev", "uk")
_YEAR = re.compile(r"(?<!\d)(1[7-9]\d\d)(?!\d)")
_WORD = re.compile(r"\S+")

_worker_nlp = None


def _sources() -> list[tuple[str, str, str | None]]:
    """(file name, text, subject) of every seed and development document."""
    paths = default_paths()
    found: list[tuple[str, str, str | None]] = []
    for folder in (paths["seeds"], paths["dev"], paths["dev"] / "prose"):
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            documents = [d for d in read_path(path) if not isinstance(d, InputError)]
            subject = documents[0].subject if documents else None
            subject = subject or text.split("\n", 1)[0].strip("= ").strip() or None
            found.append((f"{folder.name}-{path.name}", text, subject))
    return found


def vary(text: str, subject: str | None, copy: int) -> str:
    """Copy ``copy`` of a text: the subject's given name and surname replaced, years shifted.

    The same replacement runs through the whole text, so the copy stays one coherent
    biography (the title, the infobox and the prose still name one person).
    """
    if copy == 0:
        return text
    varied = text
    if subject:
        words = re.sub(r"\s*\([^()]*\)$", "", subject).split()
        if len(words) >= 2:
            given, surname = words[0], words[-1].split("-")[0]
            new_given = _GIVEN[copy % len(_GIVEN)]
            new_surname = surname + _ENDINGS[copy % len(_ENDINGS)] + "abcdefghij"[copy // 120 % 10]
            varied = re.sub(rf"\b{re.escape(surname)}\b", new_surname, varied)
            varied = re.sub(rf"\b{re.escape(given)}\b", new_given, varied)
    shift = 4 * (copy % 25 + 1)
    return _YEAR.sub(lambda m: str(int(m.group(1)) + shift), varied)


def build_corpus(folder: Path, words: int) -> tuple[list[Path], int]:
    """Write varied copies under ``folder`` until they hold ``words`` words."""
    sources = _sources()
    paths: list[Path] = []
    total = 0
    copy = 0
    while total < words:
        for name, text, subject in sources:
            varied = vary(text, subject, copy)
            path = folder / f"{copy:04d}-{name}"
            path.write_text(varied, encoding="utf-8")
            paths.append(path)
            total += len(_WORD.findall(varied))
        copy += 1
    return paths, total


def _start_worker() -> None:
    global _worker_nlp
    _worker_nlp = load_pipeline()


def _extract_files(paths: list[Path]) -> tuple[int, int]:
    """Read and extract ``paths`` in a worker: (facts found, peak resident KB)."""
    facts = 0
    for path in paths:
        for document in read_path(path):
            if isinstance(document, Document):
                facts += len(extract_document(document, nlp=_worker_nlp).facts)
    return facts, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_ours(paths: list[Path], processes: int) -> tuple[float, int, int]:
    """Seconds, facts and the workers' peak resident KB of the whole extraction."""
    chunks = [paths[index :: processes * 8] for index in range(processes * 8)]
    with ProcessPoolExecutor(processes, initializer=_start_worker) as pool:
        list(pool.map(_extract_files, [paths[:2]] * processes))  # load the models first
        started = time.perf_counter()
        results = list(pool.map(_extract_files, chunks))
        seconds = time.perf_counter() - started
    return seconds, sum(r[0] for r in results), max(r[1] for r in results)


def run_bare(texts: list[str]) -> float:
    """Seconds of bare ``nlp.pipe`` with every component of the model."""
    full = importlib.import_module(MODEL_NAME).load()
    list(full.pipe(texts[:2]))
    started = time.perf_counter()
    for _ in full.pipe(texts):
        pass
    return time.perf_counter() - started


def heap_peak_mb(paths: list[Path], sample: int = 20) -> float:
    """Peak Python heap (MB) while extracting the largest of ``sample`` documents."""
    nlp = load_pipeline()
    largest = max(paths[:sample], key=lambda path: path.stat().st_size)
    documents = [d for d in read_path(largest) if isinstance(d, Document)]
    extract_document(documents[0], nlp=nlp)
    tracemalloc.start()
    extract_document(documents[0], nlp=nlp)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    """Build the corpus, time both runs, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000, help="at least this many words")
    parser.add_argument("--processes", type=int, default=2, help="worker processes for ours")
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        paths, words = build_corpus(folder, options.words)
        texts = [path.read_text(encoding="utf-8") for path in paths]
        print(
            f"corpus: {len(paths)} documents, {words} words (whitespace-separated), "
            f"{len({hash(t) for t in texts})} distinct texts"
        )
        ours, facts, worker_kb = run_ours(paths, options.processes)
        bare = run_bare(texts)
        heap = heap_peak_mb(paths)
    ratio = bare / ours
    print(
        f"ours : {words / ours:10.0f} words/s ({ours:.1f} s, {options.processes} processes, "
        f"{facts} facts)"
    )
    print(f"bare : {words / bare:10.0f} words/s ({bare:.1f} s, full pipeline, nlp.pipe)")
    print(
        f"ratio: {ratio:.2f} x (target >= {TARGET_RATIO}: "
        f"{'met' if ratio >= TARGET_RATIO else 'NOT MET'})"
    )
    main_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"peak memory: this process {main_kb / 1024:.0f} MB (bare run), each worker "
        f"{worker_kb / 1024:.0f} MB (ours), Python heap of one document {heap:.1f} MB"
    )


if __name__ == "__main__":
    main()
