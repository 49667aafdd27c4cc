"""The people a frame names: who is written at a slot of the sentence, and who acts.

The event and relation readers (issue 5) need more than one agent per clause and an other
person per relation, and the recogniser's spans are not enough for either: it tags
``Perm`` PERSON and misses ``Molotov`` in "signed by Stalin, Molotov, Kaganovich". So a slot
is read from the text itself, checked against the document's registry:

- ``person_at``: the person named at a slot ("denouncing Lavrentiy Beria", "ally of the
  future Soviet Leader Joseph Stalin", "rival, Leon Trotsky"), after a short description;
- ``name_list_at``: a list of names ("Stalin, Molotov, Kaganovich, and Voroshilov");
- ``agents``: the subjects of a frame, several where the subject is coordinated ("Mikhail
  and Igor Kedrov jointly signed"), the main clause's subject for a participle after a
  comma ("…, signing the decision"), else the prose reader's ``find_agent``.

A bare surname is a person only where the registry knows it, or where the document writes
one full name with that surname (``resolve_name``); nothing here invents a person from a
single word it cannot place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.prose import modality
from prosograph.extract.prose.context import DocumentContext, EntityRegistry
from prosograph.extract.prose.coreference import find_agent
from prosograph.extract.prose.names import clean_person, looks_like_person
from prosograph.extract.prose.view import SentenceView
from prosograph.models import Entity
from prosograph.names import name_key

_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)"
#: One name: up to four capitalised words, a particle or a regnal numeral allowed inside.
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:de|von|van|der|of|and\s+by)\s+)?{_NAME_WORD}){{0,3}}")
#: Words that may describe a person before the name ("the former Tsar", "future Soviet
#: Leader", "a murdered agent"): articles, and a few adjectives of time and state.
_DESCRIPTORS = frozenset(
    """the a an former future late then deposed murdered exiled disgraced old young new
    fellow his her their its one""".split()
)
#: Capitalised words that are never the first word of a person's name.
_NOT_GIVEN = frozenset(
    """The A An In On At After Before When While During Following From By With Under Unlike
    Like Along Since Until As His Her Their This That It He She They Soviet Russian Tsar
    Tsarina Emperor Empress King Queen Leader General Colonel Comrade Marshal Admiral
    Commissar Chairman Secretary President Premier Minister Prince Princess Grand Duke
    Duchess Saint St Dr Mr Mrs Professor Father Mother Both And But Or Then Later""".split()
)
_SINGLE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_CLAUSE_WORDS = re.compile(r"\b(?:was|were|is|who|which|that|had)\b|[;:()]")
_LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: Words between a subject and its verb ("Mikhail and Igor Kedrov jointly signed").
_BETWEEN = re.compile(
    r"(?:\s+(?:was|were|had|have|has|both|also|later|then|jointly|together|subsequently"
    r"|secretly|publicly|personally|allegedly|reportedly|\w+ly))*\s*$"
)
_PREPOSITIONS = frozenset(
    """to with by of under against for from at in on into toward towards among between about
    like than as after before during through via over behind beside near including
    unlike following""".split()
)
_OPENERS = frozenset({",", ";", "(", "and", "but", "then", "while", "whereas", "that"})
_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")
#: A verb that shares the subject of the clause before it: "… and again deported",
#: "after being sentenced", "while working as".
_GERUND_AFTER = re.compile(r"\b(?:in|by|of|for|after|before|without|upon|on)$")
_SHARED_SUBJECT = re.compile(
    r"\b(?i:and|after|before|while|upon|without|since|until|when|by|to)\s+"
    r"(?:(?:being|having|been|was|were|had|again|later|then|subsequently|also|\w+ly)\s+)*$"
)


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
    if full is None:
        return None
    return context.registry.resolve(full)


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
    """The position after the lower-case descriptors at ``start`` ("the former ")."""
    position = start
    while True:
        match = re.compile(r"([a-z]+)\s+").match(text, position, limit)
        if match is None or match.group(1) not in _DESCRIPTORS:
            return position
        position = match.end()


def _name_at(view: SentenceView, start: int, limit: int) -> tuple[int, int, str] | None:
    """The capitalised name written at ``start``: a recognised person span starting there,
    else the capitalised words there (titles included; ``_resolve_written`` drops them)."""
    for span in view.persons():
        if span.start == start:
            return span.start, span.end, span.text
    match = _NAME.match(view.text, start, limit)
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
    if named is None:
        return _apposed(view, context, start, limit)
    begin, end, written = named
    if text.startswith(("'s", "’s"), end):
        return _apposed(view, context, end, limit)
    key = _resolve_written(context, written)
    if key is None and allow_single and " " not in written:
        key = register_single(context, written)
    if key is None:
        return _apposed(view, context, start, limit)
    trimmed = _trimmed(written)
    return Named(key, begin + max(0, written.find(trimmed)), end, trimmed)


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
        if key is None and allow_single and " " not in written:
            key = register_single(context, written)
        if key is not None and all(p.key != key for p in people):
            trimmed = _trimmed(written)
            people.append(Named(key, begin + max(0, written.find(trimmed)), end, trimmed))
        joint = _LIST_JOINT.match(text, end, limit)
        if joint is None:
            break
        position = joint.end()
    return people


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
        joint = _LIST_JOINT.match(text, end)
        if joint is None:
            return end
        position = joint.end()


def agents(view: SentenceView, context: DocumentContext, start: int) -> list[str]:
    """Who does the frame whose verb starts at ``start`` (see the module docstring)."""
    if _is_participle(view, start):
        found = clause_subject(view, context, start)
        if found:
            return found
    listed = _subject_list(view, context, start)
    if len(listed) > 1:
        return listed
    agent = find_agent(view, context, start)
    if agent is not None:
        return [agent]
    if listed:
        return listed
    if _SHARED_SUBJECT.search(view.text, max(0, start - 60), start):
        return clause_subject(view, context, start)
    return _subject_after_opening(view, context, start)


def _is_participle(view: SentenceView, start: int) -> bool:
    """True for an ``-ing`` verb after a comma or a preposition: "…, signing the decision",
    "participated in signing", "survived by denouncing others"."""
    word = re.match(r"[a-z]+ing\b", view.text[start:])
    if word is None:
        return False
    before = view.text[:start].rstrip()
    return before.endswith(",") or _GERUND_AFTER.search(before) is not None


def _subject_list(view: SentenceView, context: DocumentContext, start: int) -> list[str]:
    """The coordinated names right before the verb ("X and Y were arrested")."""
    text = view.text
    between = _BETWEEN.search(text, 0, start)
    end = between.start() if between is not None else start
    pattern = re.compile(
        rf"(?:^|(?<=[,;(]\s)|(?<=\s))(?P<list>{_NAME.pattern}"
        rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME.pattern})+)$"
    )
    match = pattern.search(text, max(0, end - 160), end)
    if match is None:
        return []
    items = _LIST_JOINT.split(match.group("list"))
    keys: list[str] = []
    for index, item in enumerate(items):
        item = item.strip()
        if not item or view.in_date(match.start(), match.start() + 1):
            continue
        key = resolve_name(context, item) if " " in item else context.registry.lookup(item)
        if key is None and " " not in item and index + 1 < len(items):
            surname = items[-1].split()[-1]
            shared = f"{item} {surname}"
            if " " in items[-1].strip():
                key = context.registry.lookup(shared)
        if key is not None and key not in keys:
            keys.append(key)
    return keys if len(keys) == len([i for i in items if i.strip()]) else []


def clause_subject(view: SentenceView, context: DocumentContext, start: int) -> list[str]:
    """The subject of the main clause before ``start``: the last name or pronoun in subject
    position (not after a preposition or article), with any names coordinated with it."""
    text = view.text
    words = [m for m in _WORD.finditer(text, 0, start)]
    best: tuple[int, list[str]] | None = None
    for index, word in enumerate(words):
        folded = word.group().casefold()
        if folded in ("he", "she") and folded in context.pronouns and context.has_subject:
            if _subject_position(words, index):
                best = (word.start(), ["subject"])
    for span in view.persons():
        if span.end > start or text.startswith(("'s", "’s"), span.end):
            continue
        if modality.inside_quotation(text, span.start):
            continue
        index = next((i for i, w in enumerate(words) if w.start() >= span.start), None)
        if index is None or not _subject_position(words, index, skip_titles=True):
            continue
        if best is not None and best[0] > span.start:
            continue
        listed = _subject_list(view, context, _verb_after(text, span.end))
        key = resolve_name(context, span.text)
        if listed and (key is None or key in listed):
            best = (span.start, listed)
        elif key is not None:
            best = (span.start, [key])
    if best is None:
        return _subject_after_opening(view, context, start)
    return best[1]


#: A phrase opening the sentence before its subject: "After graduating from …, he".
_OPENING = re.compile(
    r"^(?:(?:After|Before|While|Upon|On|Since|When|Following|Having|Once|Though|Although"
    r"|Released|Arrested|Born|Educated|Exiled|Appointed|Sentenced)\b[^,;]*)?$"
)


def _subject_after_opening(view: SentenceView, context: DocumentContext, start: int) -> list[str]:
    """The subject after a sentence-opening phrase that holds the frame: the pronoun or
    name right after the phrase's comma."""
    if _OPENING.match(view.text[:start]) is None:
        return []
    return subject_after(view, context, start)


def subject_after(view: SentenceView, context: DocumentContext, start: int) -> list[str]:
    """The subject written right after the comma that closes the phrase at ``start``
    ("In coordination with X in Moscow, Beloborodov ordered …" -> Beloborodov)."""
    text = view.text
    comma = text.find(",", start)
    if comma == -1 or ";" in text[start:comma]:
        return []
    rest = comma + 1
    while rest < len(text) and text[rest] == " ":
        rest += 1
    pronoun = re.match(r"(he|she)\b", text[rest:])
    if pronoun is not None:
        found = pronoun.group(1)
        return ["subject"] if found in context.pronouns and context.has_subject else []
    listed = _subject_list(view, context, _verb_after(text, rest))
    if listed:
        return listed
    named = person_at(view, context, rest)
    return [named.key] if named is not None and named.start == rest else []


def _verb_after(text: str, end: int) -> int:
    """Where the word after the name list ending at ``end`` begins."""
    match = re.compile(r"(?:\s*(?:,\s*)?(?:and\s+)?" + _NAME.pattern + r")*\s*").match(text, end)
    return match.end() if match is not None else end


def _subject_position(words: list[re.Match[str]], index: int, *, skip_titles: bool = False) -> bool:
    """True when the word at ``index`` opens a clause: nothing before it, or a comma,
    conjunction or date before it, but not a preposition, article or possessive."""
    position = index - 1
    while position >= 0:
        previous = words[position].group()
        folded = previous.casefold()
        if skip_titles and previous[:1].isupper() and folded not in _PREPOSITIONS and position:
            position -= 1
            continue
        if (
            skip_titles
            and folded in _DESCRIPTORS
            and folded not in ("the", "a", "an", "his", "her")
        ):
            position -= 1
            continue
        if folded in _OPENERS or previous.isdigit():
            return True
        return folded not in _PREPOSITIONS and folded not in (
            "the",
            "a",
            "an",
            "his",
            "her",
            "their",
            "its",
            "of",
        )
    return True


def object_pronoun(context: DocumentContext) -> str:
    """The object form of the document's pronoun ("him" for a "he" document)."""
    return "her" if "she" in context.pronouns else "him"


def same_person(context: DocumentContext, first: str, second: str) -> bool:
    """True when two keys name one person (the registry's display names agree)."""
    if first == second:
        return True
    records = context.registry.records
    if first in records and second in records:
        return name_key(records[first].name) == name_key(records[second].name)
    return False
