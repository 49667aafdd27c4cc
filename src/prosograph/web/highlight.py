"""Turn document text plus spans into HTML in which only our own tags are markup.

Document text is untrusted (a document may contain ``<script>``). Every piece of text is
escaped on its own and the tags around the pieces are built here from escaped attribute
values, so a span boundary can never cut through an escape sequence or open a tag
(issue 7). Templates receive the result as ``Markup`` and print it unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    """A span ``[start, end)`` of the text shown as ``kind``, optionally a link."""

    start: int
    end: int
    kind: str
    href: str | None = None
    title: str | None = None


def render(
    text: str,
    marks: Iterable[Mark] = (),
    *,
    regions: Iterable[Mark] = (),
    anchors: Mapping[int, Iterable[str]] | None = None,
) -> Markup:
    """The text as safe HTML with marks (highlights, links) and regions (background bands).

    Marks never overlap: where two would, the one starting first (then the longer) wins.
    Regions may overlap anything; a region only adds a class to the text it covers.
    ``anchors`` maps offsets to element ids placed there, so links can point into the text.
    """
    size = len(text)
    chosen = _non_overlapping(marks, size)
    bands = [r for r in (_clip(r, size) for r in regions) if r is not None]
    points = {min(max(k, 0), size): list(v) for k, v in (anchors or {}).items()}
    cuts = {0, size, *points}
    for item in (*chosen, *bands):
        cuts.update((item.start, item.end))
    edges = sorted(cuts)
    out: list[str] = []
    mark_at = iter(chosen)
    current = next(mark_at, None)
    for left, right in zip(edges, [*edges[1:], size], strict=True):
        for ident in points.pop(left, ()):
            out.append(f'<span class="anchor" id="{escape(ident)}"></span>')
        if left >= right:
            continue
        while current is not None and current.end <= left:
            current = next(mark_at, None)
        piece = str(escape(text[left:right]))
        if current is not None and current.start <= left:
            piece = _wrap_mark(current, piece)
        active = sorted({b.kind for b in bands if b.start <= left and right <= b.end})
        if active:
            classes = " ".join(f"region-{kind}" for kind in active)
            piece = f'<span class="{escape(classes)}">{piece}</span>'
        out.append(piece)
    return Markup("".join(out))


def find_terms(text: str, terms: Iterable[tuple[str, str, str | None]]) -> list[Mark]:
    """Marks for every whole-word, case-insensitive occurrence of each (term, kind, href).

    A ``value`` term that does not occur as written falls back to its longer words matched
    by their stem, so ``execution`` still marks "was executed".
    """
    found: list[Mark] = []
    for term, kind, href in terms:
        term = term.strip()
        if len(term) < 2:
            continue
        hits = _occurrences(text, re.escape(term))
        if not hits and kind == "value":
            for word in re.findall(r"\w{4,}", term):
                stem = word[: max(4, len(word) - 3)]
                hits.extend(_occurrences(text, re.escape(stem) + r"\w*"))
        found.extend(Mark(start, end, kind, href) for start, end in hits)
    return found


def _occurrences(text: str, pattern: str) -> list[tuple[int, int]]:
    regex = re.compile(r"(?<!\w)" + pattern + r"(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in regex.finditer(text)]


def _wrap_mark(mark: Mark, piece: str) -> str:
    title = f' title="{escape(mark.title)}"' if mark.title else ""
    if mark.href:
        return (
            f'<a class="mark mark-{escape(mark.kind)}" href="{escape(mark.href)}"{title}>'
            f"{piece}</a>"
        )
    return f'<mark class="mark-{escape(mark.kind)}"{title}>{piece}</mark>'


def _clip(mark: Mark, size: int) -> Mark | None:
    start, end = max(mark.start, 0), min(mark.end, size)
    if start >= end:
        return None
    return Mark(start, end, mark.kind, mark.href, mark.title)


def _non_overlapping(marks: Iterable[Mark], size: int) -> list[Mark]:
    clipped = [m for m in (_clip(m, size) for m in marks) if m is not None]
    clipped.sort(key=lambda m: (m.start, m.start - m.end))
    chosen: list[Mark] = []
    for mark in clipped:
        if not chosen or mark.start >= chosen[-1].end:
            chosen.append(mark)
    return chosen
