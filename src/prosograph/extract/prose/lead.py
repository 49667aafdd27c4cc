"""The lead sentence: the full name, the names in its parenthesis, and the life dates.

``Alexander Georgiyevich Beloborodov (Алекса́ндр Гео́ргиевич Белоборо́дов; 26 October
189110 February 1938) was …`` gives an alias (the full name with patronymic), a native-script
alias and the birth and death dates; ``born Jānis Sudrabs`` is a birth name. The parenthesis
is split at top-level semicolons and each part read for what it is: dates, a birth name,
a native-script name (with an optional ``Russian:`` label), another romanisation, or a
pronunciation (skipped). A first sentence that starts inside the parenthesis (``12 February]
1878 – 28 October 1941) was …``, left by cutting the text) is read the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from prosograph.dates import DateMatch, find_dates, interval_sides
from prosograph.extract.infobox_text import is_non_latin
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.names import looks_like_person, surname_of
from prosograph.models import DateValue, Factoid, Sentence
from prosograph.names import name_key, strip_marks

_MAX_NAME = 160
_LANGUAGE_LABEL = re.compile(r"^(?P<label>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*:\s*(?P<rest>.+)$")
_BORN = re.compile(r"^(?:born|née|nee|b\.)\s+(?P<rest>.+)$", re.IGNORECASE)
_DIED = re.compile(r"^(?:died|d\.)\s", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:[–—−‒-]|to)?\s*")
_PRONUNCIATION = re.compile(r"/|\bpronounced\b|\bIPA\b|ˈ")


@dataclass(slots=True)
class Lead:
    """What the lead's parenthesis says: names with their kinds, and the life dates."""

    names: list[tuple[str, str]] = field(default_factory=list)
    birth: DateValue | None = None
    death: DateValue | None = None


def _parenthesis(text: str) -> tuple[str, str] | None:
    """(name before, inside) of the lead's parenthesis groups; None if there is none.

    Several groups in a row are joined with ``;`` (``Name (Имя) (1891 – 1942)``).
    """
    close = text.find(")")
    opening = text.find("(")
    if close != -1 and (opening == -1 or close < opening) and close < _MAX_NAME:
        return "", text[:close]  # the sentence starts inside the parenthesis
    if opening == -1 or opening > _MAX_NAME:
        return None
    name = text[:opening].strip()
    parts: list[str] = []
    position = opening
    while position < len(text) and text[position] == "(":
        depth, index = 0, position
        while index < len(text):
            if text[index] == "(":
                depth += 1
            elif text[index] == ")":
                depth -= 1
                if depth == 0:
                    break
            index += 1
        if depth != 0:
            return None
        parts.append(text[position + 1 : index])
        position = index + 1
        while position < len(text) and text[position] == " ":
            position += 1
    return name, ";".join(parts)


def _split_top_level(text: str) -> list[str]:
    """Split at semicolons outside brackets."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        if char == ";" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip(" ,") for part in parts if part.strip(" ,")]


def _life_dates(part: str, lead: Lead) -> bool:
    """Read ``D1 – D2``, ``born D``, ``died D`` into the lead; True if the part was dates."""
    found: list[DateMatch] = find_dates(part)
    if not found:
        return False
    if _BORN.match(part) and found:
        lead.birth = lead.birth or found[0].value
        return True
    if _DIED.match(part):
        lead.death = lead.death or found[0].value
        return True
    points = [m for m in found if m.kind == "point"]
    if len(points) >= 2 and _RANGE_GAP.fullmatch(part, points[0].end, points[1].start):
        lead.birth = lead.birth or points[0].value
        lead.death = lead.death or points[1].value
        return True
    if found[0].kind == "interval" and (found[0].value.edtf or "").count("/") == 1:
        born, died = interval_sides(found[0].value)  # "c. 1880 – 1937" reads as one range
        if born is not None and died is not None:
            lead.birth = lead.birth or born
            lead.death = lead.death or died
            return True
    return bool(re.search(r"\d", part))


def _name_forms(part: str) -> list[str]:
    """The name forms of a part: ``A, B`` are two forms only if both are full names."""
    pieces = [piece.strip() for piece in part.split(",")]
    if len(pieces) > 1 and all(len(piece.split()) >= 2 for piece in pieces):
        return pieces
    return [part.strip()]


def read_parenthesis(name: str, inner: str, display: str) -> Lead:
    """The names and dates of a lead whose name is ``name`` and parenthesis ``inner``."""
    lead = Lead()
    if name and _is_fuller_name(name, display):
        lead.names.append((name, "alias"))
    for part in _split_top_level(inner):
        if _life_dates(part, lead) or _PRONUNCIATION.search(part):
            continue
        born = _BORN.match(part)
        if born is not None:
            form = born.group("rest").strip()
            if looks_like_person(form) or is_non_latin(form):
                lead.names.append((form, "birth"))
            continue
        labelled = _LANGUAGE_LABEL.match(part)
        text = labelled.group("rest") if labelled is not None else part
        for form in _name_forms(text):
            if is_non_latin(form):
                if len(form.split()) >= 1 and not any(ch.isdigit() for ch in form):
                    lead.names.append((form, "native"))
            elif looks_like_person(form) and _shares_a_word(form, display):
                lead.names.append((form, "alias"))
    return lead


def _shares_a_word(form: str, display: str) -> bool:
    """True when a romanised form shares a word (accents ignored, prefix of 4) with the name."""
    mine = {strip_marks(w).casefold()[:4] for w in form.split()}
    theirs = {strip_marks(w).casefold()[:4] for w in display.split()}
    return bool(mine & theirs)


def _is_fuller_name(name: str, display: str) -> bool:
    """True for the lead's name when it is another, fuller form of the display name."""
    if name_key(name) == name_key(display) or not looks_like_person(name):
        return False
    return name_key(surname_of(name)) == name_key(surname_of(display))


def _names_the_subject(name: str, display: str) -> bool:
    """True when the words before the parenthesis are the subject's name (or absent: the
    sentence starts inside it); otherwise the bracket is about something else ("a member of
    the Collegium (1918–1921)") and its dates are no life dates."""
    if not name:
        return True
    if name_key(name) == name_key(display):
        return True
    return looks_like_person(name) and name_key(surname_of(name)) == name_key(surname_of(display))


def read_lead(sentences: list[Sentence], context: DocumentContext) -> list[Factoid]:
    """Alias, birth and death facts from the document's first sentence; names and anchors go
    into the context."""
    subject = context.registry.subject
    if not sentences or subject is None:
        return []
    first = sentences[0]
    found = _parenthesis(first.text)
    if found is None or not _names_the_subject(found[0], subject.name):
        return []
    lead = read_parenthesis(found[0], found[1], subject.name)
    source = context.source(first)
    facts: list[Factoid] = []
    for form, kind in lead.names:
        if context.registry.add_subject_name(form, kind):
            facts.append(Factoid("alias", form, "subject", source, confidence=0.9))
    if lead.birth is not None:
        facts.append(Factoid("birth", "birth", "subject", source, date=lead.birth, confidence=0.9))
        context.birth = context.birth or lead.birth
    if lead.death is not None:
        facts.append(Factoid("death", "death", "subject", source, date=lead.death, confidence=0.9))
        context.death = context.death or lead.death
    return facts
