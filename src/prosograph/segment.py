"""Sentence segmentation: the prose of a document -> :class:`~prosograph.models.Sentence` spans.

A rule splitter, not a model: it runs in linear time on any input (a 10 MB line included)
and never rewrites the text, so every sentence is exactly ``document.text[start:end]``.

The prose is first cut into blocks along the layout: blank lines end a paragraph,
``== Heading ==`` and ``# Heading`` lines are dropped, and every ``- item`` or ``1. item``
line is a block of its own (without its bullet). Each block is then split after ``.``,
``!``, ``?`` or ``…`` (with any closing quotes, brackets and citation markers glued to
them) where whitespace and a sentence-like start follow, except

- after an abbreviation (``St.``, ``Dr.``, ``Gos.``) or an initial (``A. G.``, ``O.S.``),
  unless the next word is one that typically starts a sentence (``World War I. He``);
- inside a short quotation, so a quoted speech stays with the sentence that reports it.

A colon with a citation marker glued to it (``…Tribunals:[3] This…``) also ends a
sentence: that is how a flattened block quotation looks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from prosograph.models import Document, Sentence
from prosograph.readers.base import iter_lines

#: No sentence is longer than this many code points: longer runs are cut at whitespace.
MAX_SENTENCE_LENGTH = 5000
#: A quotation longer than this is not kept in one piece (a stray quote mark must not
#: glue a whole paragraph together).
_MAX_QUOTE_LENGTH = 500
#: At most this many citation markers are looked for after one sentence end.
_MAX_TRAILING_MARKERS = 5

#: A citation or maintenance marker: ``[3]``, ``[a]``, ``[note 2]``, ``[citation needed]``,
#: ``[who?]``. Editorial brackets (``slaughter[ed]``, ``[sic]``, ``[<nowiki/>O.S. …]``) are not.
MARKER = re.compile(
    r"""\[(?:
        \d{1,3}
      | [a-z]
      | (?:note|nb|n)[ ]?\d{1,3}
      | [A-Za-z][A-Za-z ,'’–-]{0,40}?[ ](?:needed|required)
      | [A-Za-z][A-Za-z ,'’–-]{0,40}?\?
      | dubious(?:[ ][–-][ ]discuss)? | failed[ ]verification | unreliable[ ]source
      | vague | clarify | specify | update
    )\]""",
    re.VERBOSE,
)
_LEADING_MARKERS = re.compile(rf"(?:{MARKER.pattern}\s*)+", re.VERBOSE)
_HEADING = re.compile(r"[ \t]*(?:=+[^=\n]*=+|#{1,6}(?:[ \t].*)?)[ \t]*")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+(?=\S)")
#: A sentence end: terminal punctuation and what may stick to it (possessive, so that a
#: long run of dots is consumed once), or a colon right before a citation marker.
_END = re.compile(r"[.!?…][.!?…\"'”’»)]*+|:(?=\[)")
_SPACE = re.compile(r"\s+")
_TOKEN_TAIL = re.compile(r"[\w.'’-]+$")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_WORD = re.compile(r"[^\W\d_]+")
_OPENERS = "\"'“‘«([¿¡"

#: Abbreviations after which a period does not end a sentence, compared case-insensitively.
# fmt: off
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "mme", "mlle", "messrs", "dr", "prof", "rev", "fr", "sr", "jr",
    "hon", "gov", "gen", "col", "lt", "capt", "maj", "sgt", "adm", "cmdr", "cpt", "sen",
    "rep", "pres", "st", "ste", "mt", "ft", "ave", "blvd", "rd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vol", "vols", "pp",
    "ed", "eds", "cf", "vs", "viz", "approx", "ca", "fl", "est", "inc", "ltd", "corp",
    "co", "bros", "univ", "dept", "fig", "ch", "sec", "gos", "izd", "tr", "trans", "transl",
    "repr", "op", "cit", "ibid", "al", "ul", "obl", "gg", "pl",
})
# fmt: on
#: Abbreviations that are also ordinary words in lower case (``said no.``).
_CASED_ABBREVIATIONS = frozenset({"No", "Nos", "Art"})
#: Words that almost always start a sentence; after one of them an "initial" is really a
#: one-letter word or numeral ending the sentence before (``World War I. He``).
# fmt: off
_STARTERS = frozenset({
    "He", "She", "It", "They", "We", "You", "His", "Her", "Its", "Their",
    "Our", "The", "This", "That", "These", "Those", "There", "Then", "In", "On",
    "At", "After", "Before", "During", "From", "By", "As", "When", "While", "Although",
    "Though", "However", "Since", "Following", "Upon", "Despite", "Under", "With",
    "Having", "According", "Born", "Meanwhile", "Soon", "Later", "Also", "A", "An", "Some",
    "Many", "Most", "One", "Both", "Each", "Not", "Only", "Two", "Three",
})
# fmt: on


def segment(document: Document) -> list[Sentence]:
    """The prose sentences of ``document`` from ``body_start`` on, in order, indexed from 0."""
    text = document.text
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text, document.body_start):
        for raw_start, raw_end in _split_block(text, block_start, block_end):
            for start, end in _cap(text, raw_start, raw_end):
                sentence = _make_sentence(text, start, end, len(sentences))
                if sentence is not None:
                    sentences.append(sentence)
    return sentences


def _blocks(text: str, body_start: int) -> Iterator[tuple[int, int]]:
    """Paragraphs and list items of the prose, as ``[start, end)`` spans."""
    line_start = text.rfind("\n", 0, body_start) + 1
    paragraph: tuple[int, int] | None = None
    for line in iter_lines(text, line_start):
        start = max(line.start, body_start)
        if line.end <= start or line.blank or _HEADING.fullmatch(line.text):
            if paragraph is not None:
                yield paragraph
                paragraph = None
            continue
        item = _LIST_ITEM.match(text, start, line.end)
        if item is not None:
            if paragraph is not None:
                yield paragraph
                paragraph = None
            yield item.end(), line.end
            continue
        paragraph = (start, line.end) if paragraph is None else (paragraph[0], line.end)
    if paragraph is not None:
        yield paragraph


def _split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut one block at its sentence boundaries; spans may carry edge whitespace."""
    quotes = _quote_regions(text, start, end)
    sentence_start = start
    position = start
    while True:
        match = _END.search(text, position, end)
        if match is None:
            break
        position = match.end()
        boundary = _boundary(text, match, end, quotes)
        if boundary is None:
            continue
        sentence_end, next_start = boundary
        yield sentence_start, sentence_end
        sentence_start = position = next_start
    yield sentence_start, end


def _boundary(
    text: str, match: re.Match[str], end: int, quotes: tuple[list[int], list[int]]
) -> tuple[int, int] | None:
    """``(sentence_end, next_start)`` if the punctuation in ``match`` ends a sentence."""
    marks_end = match.end()
    for _ in range(_MAX_TRAILING_MARKERS):
        marker = MARKER.match(text, marks_end, end)
        if marker is None:
            break
        marks_end = marker.end()
    if match.group() == ":" and marks_end == match.end():
        return None
    space = _SPACE.match(text, marks_end, end)
    if space is None or space.end() >= end:
        return None
    next_start = space.end()
    if not _can_start_sentence(text[next_start]) or _inside_quote(marks_end, quotes):
        return None
    if match.group() in (".", "...", "…") and _is_abbreviation(text, match, next_start, end):
        return None
    return marks_end, next_start


def _can_start_sentence(char: str) -> bool:
    """Upper case, a caseless letter, a digit, an opening quote or bracket."""
    if char.isalpha():
        return not char.islower()
    return char.isdigit() or char in _OPENERS


def _is_abbreviation(text: str, match: re.Match[str], next_start: int, end: int) -> bool:
    """True when the period in ``match`` belongs to the word before it, not to the sentence.

    An ellipsis counts as an elision (no boundary) only when it stands apart from the
    word before it (``the leaders … Stalin``).
    """
    period = match.start()
    window_start = max(period - 40, 0)
    tail = _TOKEN_TAIL.search(text, window_start, period)
    token = tail.group() if tail is not None and tail.end() == period else ""
    if match.group() != ".":
        return not token
    if not token:
        return False
    if token.lower() in _ABBREVIATIONS or token in _CASED_ABBREVIATIONS:
        return True
    if (len(token) == 1 and token.isalpha()) or _DOTTED.fullmatch(token):
        return not _starts_like_sentence(text, next_start, end)
    return False


def _starts_like_sentence(text: str, start: int, end: int) -> bool:
    """True if the word at ``start`` is a common sentence opener (and not an initial)."""
    word = _WORD.match(text, start, min(end, start + 20))
    if word is None or word.group() not in _STARTERS:
        return False
    return word.end() >= end or text[word.end()] != "."


def _quote_regions(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Short quotations of a block as parallel sorted lists of open and close offsets.

    Straight quotes pair up in order of appearance; curly and angle quotes pair each
    opening mark with the next closing one.
    """
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    position = text.find('"', start, end)
    while position != -1:
        if opened is None:
            opened = position
        else:
            regions.append((opened, position))
            opened = None
        position = text.find('"', position + 1, end)
    for opening, closing in (("“", "”"), ("«", "»")):
        position = text.find(opening, start, end)
        while position != -1:
            close = text.find(closing, position + 1, end)
            if close == -1:
                break
            regions.append((position, close))
            position = text.find(opening, close + 1, end)
    regions = sorted(r for r in regions if r[1] - r[0] <= _MAX_QUOTE_LENGTH)
    return [r[0] for r in regions], [r[1] for r in regions]


def _inside_quote(offset: int, quotes: tuple[list[int], list[int]]) -> bool:
    """True if a boundary at ``offset`` falls inside a quotation (before its closing mark)."""
    opens, closes = quotes
    index = bisect.bisect_left(opens, offset) - 1
    # Regions may nest (a straight pair inside a curly one); look back over a few.
    for candidate in range(index, max(index - 3, -1), -1):
        if opens[candidate] < offset <= closes[candidate]:
            return True
    return False


def _cap(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a span longer than :data:`MAX_SENTENCE_LENGTH` at whitespace (or hard)."""
    while end - start > MAX_SENTENCE_LENGTH:
        limit = start + MAX_SENTENCE_LENGTH
        cut = max(text.rfind(ch, start + MAX_SENTENCE_LENGTH // 2, limit) for ch in " \t\n")
        if cut <= start:
            cut = limit
        yield start, cut
        start = cut
    yield start, end


def _make_sentence(text: str, start: int, end: int, index: int) -> Sentence | None:
    """Trim whitespace and leading markers; None for a span with no letter or digit."""
    while start < end and text[start].isspace():
        start += 1
    leading = _LEADING_MARKERS.match(text, start, end)
    if leading is not None:
        start = leading.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    span = text[start:end]
    if not any(ch.isalnum() for ch in span):
        return None
    markers = tuple((m.start(), m.end()) for m in MARKER.finditer(text, start, end))
    return Sentence(index=index, start=start, end=end, text=span, markers=markers)
