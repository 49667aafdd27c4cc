"""How a predicted fact is compared with a gold one: titles loosely, places by their head
word, dates by containment, persons by their name forms.

Loose on purpose where the texts of one fact legitimately differ ("People's Commissar of
Internal Affairs (NKVD)" and "People's Commissar for Internal Affairs"; "Moscow" and
"Moscow, Russian SFSR, Soviet Union"; "1919-03" and "1919-03-25"), strict where a
difference is an error (another year, another place).
"""

from __future__ import annotations

import re
from datetime import date

from prosograph.dates import bounds, from_edtf, interval_sides
from prosograph.names import name_key, strip_marks

_STOPWORDS = frozenset({"of", "the", "for", "and", "in", "at", "a", "an", "to", "on", "s", "by"})
_WORD = re.compile(r"[^\W_]+")
_PREFIX = 5
#: How much of the shorter title must be found in the longer one.
TITLE_OVERLAP = 0.75


def content_words(text: str) -> list[str]:
    """The lower-cased words of ``text`` that carry meaning (no articles, prepositions)."""
    words = _WORD.findall(strip_marks(text).casefold())
    return [w for w in words if w not in _STOPWORDS]


def _same_word(first: str, second: str) -> bool:
    """Equal, or sharing a prefix of five letters (``Ukraine``/``Ukrainian``)."""
    if first == second:
        return True
    return len(first) >= _PREFIX and len(second) >= _PREFIX and first[:_PREFIX] == second[:_PREFIX]


def _acronyms(text: str) -> set[str]:
    """Acronyms of the runs of capitalised words in ``text`` (``Communist Party of the Soviet
    Union`` -> ``cpsu``; ``of``/``the``/``and`` do not break a run), and the all-capital
    words it holds (``RCP`` in ``RCP(b)``)."""
    found: set[str] = set()
    run: list[str] = []
    for word in re.findall(r"[\w'’-]+", strip_marks(text)):
        if word in ("of", "the", "and") and run:
            continue
        if word[:1].isupper() and not word.isupper():
            run.append(word[0])
            continue
        if word.isupper() and len(word) >= 2:
            found.add(word.casefold())
        if len(run) >= 2:
            found.add("".join(run).casefold())
        run = []
    if len(run) >= 2:
        found.add("".join(run).casefold())
    return found


def titles_match(first: str, second: str, *, overlap: float = TITLE_OVERLAP) -> bool:
    """True when two titles name the same office, loosely: most of the shorter one's words
    are found in the other (a five-letter prefix is enough)."""
    a, b = content_words(first), content_words(second)
    if not a or not b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    common = sum(1 for word in shorter if any(_same_word(word, other) for other in longer))
    return common / len(shorter) >= overlap


def parties_match(first: str, second: str) -> bool:
    """True when two party or body names name the same one: as titles, or by an acronym
    (``RSDLP`` and ``Russian Social Democratic Labour Party``; ``RCP(b)``)."""
    if titles_match(first, second):
        return True
    acronyms_a, acronyms_b = _acronyms(first), _acronyms(second)
    words_a, words_b = set(content_words(first)), set(content_words(second))
    return bool(acronyms_a & (acronyms_b | words_b)) or bool(acronyms_b & (acronyms_a | words_a))


def place_head(place: str) -> str:
    """The head word of a place: the first word of its first comma part."""
    first = re.split(r"[,(]", place, maxsplit=1)[0]
    words = content_words(first)
    return words[0] if words else ""


def places_match(predicted: str, gold: str) -> bool:
    """True when either place's head word is a word of the other place."""
    head_p, head_g = place_head(predicted), place_head(gold)
    words_p, words_g = content_words(predicted), content_words(gold)
    return bool(head_g and head_g in words_p) or bool(head_p and head_p in words_g)


def _range(edtf: str) -> tuple[date, date] | None:
    value = from_edtf(edtf, edtf)
    if value is None:
        return None
    found = bounds(value.edtf) if value.edtf else None
    if found is None or found[0] is None or found[1] is None:
        return None
    return date.fromisoformat(found[0]), date.fromisoformat(found[1])


def _points_agree(first: str, second: str) -> bool:
    """One date's days lie within the other's (they differ only in precision)."""
    a, b = _range(first), _range(second)
    if a is None or b is None:
        return first == second
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _sides(edtf: str) -> tuple[str | None, str | None]:
    if "/" not in edtf:
        return edtf, None
    value = from_edtf(edtf, edtf)
    if value is None:
        return None, None
    start, end = interval_sides(value)
    return (start.edtf if start else None), (end.edtf if end else None)


def dates_agree(predicted: str | None, gold: str | None) -> bool:
    """True when two EDTF dates can be the same statement.

    Intervals agree side by side where both give a side; a point agrees with an
    interval's start (a membership "1907/" and the joining "1907"). A missing date agrees
    with anything: it is less said, not something wrong.
    """
    if not predicted or not gold:
        return True
    if "/" not in predicted and "/" not in gold:
        return _points_agree(predicted, gold)
    p_start, p_end = _sides(predicted)
    g_start, g_end = _sides(gold)
    if "/" not in predicted or "/" not in gold:
        p_end = g_end = None
    for mine, theirs in ((p_start, g_start), (p_end, g_end)):
        if mine and theirs and not _points_agree(mine, theirs):
            return False
    return True


def year_of(edtf: str | None) -> int | None:
    """The first four-digit year of an EDTF string (the start year of an interval)."""
    found = re.search(r"\d{4}", edtf or "")
    return int(found.group()) if found else None


def persons_match(forms: list[str], gold: list[str]) -> bool:
    """True when a name form of the predicted person is a form of the gold person.

    Equal normalised names; or one's words (two or more, or one with the same last word)
    all found in the other's (``Princess Elisabeth of Hesse and by Rhine`` and ``Elisabeth
    of Hesse``); or the same surname with a matching first initial (``N. G. Tolmachyov``).
    """
    for form in forms:
        key = name_key(form)
        words = key.replace(".", " ").split()
        for other in gold:
            other_key = name_key(other)
            other_words = other_key.replace(".", " ").split()
            if not words or not other_words:
                continue
            if key == other_key:
                return True
            small, large = sorted((set(words), set(other_words)), key=len)
            if small <= large and len(small) >= 2:
                return True
            if words[-1] != other_words[-1]:
                continue
            if small <= large:
                return True
            initials = len(words[0]) == 1 or len(other_words[0]) == 1
            if initials and words[0][0] == other_words[0][0]:
                return True
    return False


def normalise_space(text: str) -> str:
    """Text with runs of whitespace made one space (gold snippets cross line breaks)."""
    return " ".join(text.split())
