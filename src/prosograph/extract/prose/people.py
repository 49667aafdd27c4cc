"""The people a sentence names at a slot: "denouncing Lavrentiy Beria", "ally of the future
Soviet Leader Joseph Stalin", "Zinoviev's rival, Leon Trotsky", "signed by Stalin, Molotov".

The event and relation readers (issue 5) need the other person of a fact, and the
recogniser's spans are not enough: it tags ``Perm`` PERSON and misses ``Molotov`` in "signed
by Stalin, Molotov, Kaganovich". So a slot is read from the text itself (a recognised span
where one starts there) and checked against the document's registry:

- ``person_at``: the person named at a slot, after a short description or in apposition;
- ``name_list_at``: a list of names; ``members_named``: the known people of a passage;
- ``resolve_name``: a full name, or a bare surname the document writes in full exactly
  once ("Stalin" after "Joseph Stalin");
- ``register_single``: a single name in a slot that can only hold a person (signers,
  children), which the registry would not create from one word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.prose.context import DocumentContext, EntityRegistry
from prosograph.extract.prose.names import clean_person, looks_like_person
from prosograph.extract.prose.view import SentenceView
from prosograph.models import Entity
from prosograph.names import name_key

_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)"
#: One name: up to four capitalised words, a particle or a regnal numeral allowed inside.
NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:de|von|van|der|of|and\s+by)\s+)?{_NAME_WORD}){{0,3}}")
# fmt: off
#: Words that may describe a person before the name ("the former Tsar", "future Soviet
#: Leader", "a murdered agent"): articles, and a few adjectives of time and state.
DESCRIPTORS = frozenset(
    [
        "the", "a", "an", "former", "future", "late", "then", "deposed", "murdered", "exiled",
        "disgraced", "old", "young", "new", "fellow", "his", "her", "their", "its", "one",
    ]
)
# fmt: on
# fmt: off
#: Capitalised words that are never the first word of a person's name.
_NOT_GIVEN = frozenset(
    [
        "The", "A", "An", "In", "On", "At", "After", "Before", "When", "While", "During",
        "Following", "From", "By", "With", "Under", "Unlike", "Like", "Along", "Since", "Until",
        "As", "His", "Her", "Their", "This", "That", "It", "He", "She", "They", "Soviet", "Russian",
        "Tsar", "Tsarina", "Emperor", "Empress", "King", "Queen", "Leader", "General", "Colonel",
        "Comrade", "Marshal", "Admiral", "Commissar", "Chairman", "Secretary", "President",
        "Premier", "Minister", "Prince", "Princess", "Grand", "Duke", "Duchess", "Saint", "St",
        "Dr", "Mr", "Mrs", "Professor", "Father", "Mother", "Both", "And", "But", "Or", "Then",
        "Later",
    ]
)
# fmt: on
_SINGLE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_LOWER_WORD = re.compile(r"([a-z][a-z-]*)\s+")
_CAPITAL = re.compile(r"[A-Z]")
# fmt: off
#: Words that end a description before a name: it is a clause, not a description.
_FUNCTION = frozenset(
    [
        "and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "from", "with", "as", "that",
        "which", "who", "whom", "whose", "was", "were", "is", "are", "had", "has", "have", "be",
        "been", "being", "not", "no", "others", "other", "than", "into", "under", "against",
    ]
)
# fmt: on
#: A capitalised word qualifying a lower-case noun: "Bolshevik leader", "Soviet poet".
_QUALIFIER = re.compile(r"[A-Z][\w'’-]*\s+[a-z]+\s+[A-Z]")
_CLAUSE_WORDS = re.compile(r"\b(?:was|were|is|who|which|that|had)\b|[;:()]")
LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


@dataclass(frozen=True, slots=True)
class Named:
    """A person read at a slot: the registry key and where the name is written."""

    key: str
    start: int
    end: int
    text: str


def resolve_name(context: DocumentContext, text: str) -> str | None:
    """The registry key of the person ``text`` names, registering a full name if need be.

    A bare surname the registry does not know is taken to be the one person the document
    names in full with that surname ("Stalin" after "Joseph Stalin"), if there is exactly
    one such full name in the document.
    """
    name = clean_person(text)
    if not name:
        return None
    key = context.registry.lookup(name)
    if key is not None:
        return context.registry.resolve(name)
    if " " in name:
        return context.registry.resolve(name) if looks_like_person(name) else None
    full = _full_name_in_document(context, name)
    if full is not None:
        return context.registry.resolve(full)
    written = " ".join(text.split())
    if " " in written and looks_like_person(written):
        return context.registry.resolve(written)  # "Grand Duke Michael", "Empress Alexandra"
    return None


def span_person(context: DocumentContext, text: str) -> str | None:
    """The key of the person a recognised span names, possessive or not ("Kedrov's")."""
    return _resolve_written(context, re.sub(r"['’]s?$", "", text))


def register_single(context: DocumentContext, word: str) -> str | None:
    """The key of a person written as one word in a slot that can only hold a person
    ("signed by Stalin, Molotov", "their children Olga, Tatiana"), registering them.

    The registry creates people only from full names; a slot like these says the word is a
    person, so the single name becomes one (``m:<name>``), unless it is not a name at all.
    """
    word = word.strip()
    if not _SINGLE.fullmatch(word) or word in _NOT_GIVEN:
        return None
    key = context.registry.lookup(word)
    if key is not None:
        return key
    full = _full_name_in_document(context, word)
    if full is not None:
        return context.registry.resolve(full)
    key = "m:" + name_key(word)
    if key not in context.registry.records:
        added = EntityRegistry.from_entities([Entity(key=key, name=word)])
        context.registry.records.update(added.records)
    return key


def _full_name_in_document(context: DocumentContext, surname: str) -> str | None:
    """The one ``Given Surname`` the document writes for ``surname``, or None."""
    found: set[str] = set()
    pattern = re.compile(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b")
    for match in pattern.finditer(context.document.text, context.document.body_start):
        given = match.group(1)
        if given in _NOT_GIVEN or given.endswith(("ian", "ish", "ese")):
            continue
        found.add(f"{given} {surname}")
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    full = found.pop()
    return full if looks_like_person(full) else None


def _skip_descriptors(text: str, start: int, limit: int) -> int:
    """The position after the lower-case words describing a person at ``start`` ("the
    former ", "a murdered agent "), if a capitalised word follows them."""
    position = start
    skipped = 0
    while True:
        match = _LOWER_WORD.match(text, position, limit)
        if match is None:
            return position if skipped == 0 or _CAPITAL.match(text, position) else start
        word = match.group(1)
        if word not in DESCRIPTORS and (word in _FUNCTION or skipped >= 3):
            return position if _CAPITAL.match(text, position) else start
        position = match.end()
        skipped += 1


def _name_at(view: SentenceView, start: int, limit: int) -> tuple[int, int, str] | None:
    """The capitalised name written at ``start``: a recognised person span starting there,
    else the capitalised words there (titles included; ``_resolve_written`` drops them)."""
    for span in view.persons():
        if span.start == start:
            return span.start, span.end, span.text
    match = NAME.match(view.text, start, limit)
    if match is None or view.in_date(match.start(), match.end()):
        return None
    text = match.group().removesuffix(".")
    return match.start(), match.start() + len(text), text


def person_at(
    view: SentenceView,
    context: DocumentContext,
    start: int,
    *,
    limit: int | None = None,
    allow_single: bool = False,
) -> Named | None:
    """The person named at ``start``, after descriptors and capitalised titles.

    ``the former Tsar Nicholas II``, ``future Soviet Leader Joseph Stalin`` and, in
    apposition, ``Zinoviev's rival, Leon Trotsky`` or ``the new head of the Turkestan
    bureau, Mikhail Tomsky`` all name the last person. None when no known or plausible
    person is written there; ``allow_single`` registers a single unknown name (see
    ``register_single``) for slots that can only hold a person.
    """
    text = view.text
    limit = len(text) if limit is None else limit
    position = _skip_descriptors(text, start, limit)
    named = _name_at(view, position, limit)
    if named is None or _described(view, position, limit):
        later = _span_after_description(view, context, position, limit)
        if later is not None:
            return later
    if named is None:
        return _apposed(view, context, start, limit)
    begin, end, written = named
    if text.startswith(("'s", "’s"), end):
        return _apposed(view, context, end, limit)
    key = _resolve_written(context, written)
    if key is None and allow_single and " " not in _trimmed(written):
        key = register_single(context, _trimmed(written))
    if key is None:
        return _apposed(view, context, start, limit)
    trimmed = _trimmed(written)
    return Named(key, begin + max(0, written.find(trimmed)), end, trimmed)


def _described(view: SentenceView, start: int, limit: int) -> bool:
    """True when a capitalised word at ``start`` only qualifies a noun ("Bolshevik leader")."""
    return _QUALIFIER.match(view.text, start, limit) is not None


def _span_after_description(
    view: SentenceView, context: DocumentContext, start: int, limit: int
) -> Named | None:
    """The recognised person right after a short description ("the Bolshevik leader Viktor
    Nogin"): up to four words, no punctuation or function word between."""
    for span in view.persons():
        if span.start < start or span.start > min(limit, start + 60):
            continue
        gap = view.text[start : span.start].split()
        if len(gap) > 4 or any(not w.isalpha() or w.casefold() in _FUNCTION for w in gap):
            return None
        key = _resolve_written(context, span.text)
        return Named(key, span.start, span.end, span.text) if key is not None else None
    return None


def _trimmed(written: str) -> str:
    """The name without leading titles ("Tsar Nicholas II" -> "Nicholas II")."""
    words = written.split()
    while len(words) > 1 and words[0] in _NOT_GIVEN:
        words.pop(0)
    return clean_person(" ".join(words)) or written


def _resolve_written(context: DocumentContext, written: str) -> str | None:
    """Resolve a name as written, dropping leading title words one by one."""
    words = written.split()
    while words:
        key = resolve_name(context, " ".join(words))
        if key is not None:
            return key
        if words[0] not in _NOT_GIVEN:
            return None
        words = words[1:]
    return None


def _apposed(view: SentenceView, context: DocumentContext, start: int, limit: int) -> Named | None:
    """A person in apposition after a short description: ``…'s rival, Leon Trotsky``."""
    text = view.text
    comma = text.find(",", start, min(limit, start + 70))
    if comma == -1:
        return None
    gap = text[start:comma]
    if len(gap.split()) > 9 or _CLAUSE_WORDS.search(gap):
        return None
    position = comma + 1
    while position < limit and text[position] == " ":
        position += 1
    named = _name_at(view, position, limit)
    if named is None:
        return None
    begin, end, written = named
    if text.startswith(("'s", "’s"), end):
        return None
    key = _resolve_written(context, written)
    return Named(key, begin, end, _trimmed(written)) if key is not None else None


def name_list_at(
    view: SentenceView,
    context: DocumentContext,
    start: int,
    *,
    limit: int | None = None,
    allow_single: bool = False,
) -> list[Named]:
    """The persons of a list written at ``start``: ``Stalin, Molotov, Kaganovich, and
    Voroshilov``. The list ends at the first item that is not a name; an item that names
    no person the document knows is left out (or registered, with ``allow_single``)."""
    text = view.text
    limit = len(text) if limit is None else limit
    people: list[Named] = []
    position = _skip_descriptors(text, start, limit)
    while position < limit:
        named = _name_at(view, position, limit)
        if named is None or text.startswith(("'s", "’s"), named[1]):
            break
        begin, end, written = named
        key = _resolve_written(context, written)
        if key is None and allow_single and " " not in _trimmed(written):
            key = register_single(context, _trimmed(written))
        if key is not None and all(p.key != key for p in people):
            trimmed = _trimmed(written)
            people.append(Named(key, begin + max(0, written.find(trimmed)), end, trimmed))
        joint = LIST_JOINT.match(text, end, limit)
        if joint is None:
            break
        position = joint.end()
    return people


def members_named(view: SentenceView, context: DocumentContext, start: int) -> list[str]:
    """The known people named from ``start`` to the end of the sentence, through their
    descriptions ("the deposed Emperor Nicholas II, his wife Empress Alexandra, and their
    five children Olga, …"): only names the document's registry already knows."""
    keys: list[str] = []
    for match in NAME.finditer(view.text, start):
        if view.in_date(match.start(), match.end()):
            continue
        key = _lookup_written(context, match.group().removesuffix("."))
        if key is not None and key not in keys:
            keys.append(key)
    return keys


def _lookup_written(context: DocumentContext, written: str) -> str | None:
    """The known person a written name (titles allowed) names, without registering."""
    words = written.split()
    while words:
        key = context.registry.lookup(" ".join(words))
        if key is not None:
            return key
        words = words[1:]
    return None


def list_end(view: SentenceView, start: int) -> int:
    """Where the list of names written at ``start`` ends (names the registry cannot
    place included)."""
    text = view.text
    position = start
    end = start
    while True:
        named = _name_at(view, position, len(text))
        if named is None:
            return end
        end = named[1]
        joint = LIST_JOINT.match(text, end)
        if joint is None:
            return end
        position = joint.end()
