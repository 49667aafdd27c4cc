"""Who does what a frame says: the subjects of its verb, one or several.

The prose reader's ``find_agent`` gives one agent per frame. The events of issue 5 need
more: several agents where the subject is coordinated ("Mikhail and Igor Kedrov jointly
signed", "he and Inessa Armand represented"), the main clause's subject for a participle
("…, signing the decision", "participated in signing") or a verb that shares it ("and
again deported", "after being sentenced"), the subject after an opening phrase ("After
graduating from …, Zhelyabov"), and a name the document knows where the recogniser missed
it ("The third son, Igor, was").
"""

from __future__ import annotations

import re

from prosograph.extract.prose import modality
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.coreference import find_agent
from prosograph.extract.prose.people import (
    DESCRIPTORS,
    LIST_JOINT,
    NAME,
    person_at,
    resolve_name,
)
from prosograph.extract.prose.view import SentenceView

# fmt: off
_PREPOSITIONS = frozenset(
    [
        "to", "with", "by", "of", "under", "against", "for", "from", "at", "in", "on", "into",
        "toward", "towards", "among", "between", "about", "like", "than", "as", "after", "before",
        "during", "through", "via", "over", "behind", "beside", "near", "including", "unlike",
        "following",
    ]
)
# fmt: on
_NAME_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),?"
    r"(?:\s+(?:was|were|had|also|later|then|\w+ly))*\s+$"
)
#: A name coordinated with a group that is no person: "Beloborodov and the other members of
#: the Ural Soviet agreed", "Beloborodov and Yurovsky's deputy Nikulin later oversaw".
_NAME_AND_GROUP = re.compile(
    r"(?:^|[,;]\s+)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+and\s+(?:the|most|many|some"
    r"|several|other|others|his|her|their|[A-Z][\w'’-]+['’]s)\b[^,;:]{0,70}$"
)
_NAME_LIST = re.compile(
    rf"(?:^|(?<=[,;(]\s)|(?<=\s))(?P<list>{NAME.pattern}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){NAME.pattern})+)$"
)
_PRONOUN_AND_NAME = re.compile(rf"(?:(?<=\bhe and )|(?<=\bshe and ))(?P<list>{NAME.pattern})$")
#: Words between a subject and its verb ("Mikhail and Igor Kedrov jointly signed").
_BETWEEN = re.compile(
    r"(?:\s+(?:was|were|had|have|has|both|also|later|then|jointly|together|subsequently"
    r"|secretly|publicly|personally|allegedly|reportedly|\w+ly))*\s*$"
)
_OPENERS = frozenset({",", ";", "(", "and", "but", "then", "while", "whereas", "that"})
_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")
#: A gerund after a preposition ("participated in signing") or a span of time ("spent four
#: years educating himself") has the subject of the clause it sits in.
_GERUND_AFTER = re.compile(r"\b(?:in|by|of|for|after|before|without|upon|on)$")
_SPENT = re.compile(r"\b(?:spent|spending|spends)\s+(?:[\w-]+\s+){0,4}[\w-]+$")
#: A verb that shares the subject of the clause before it: "… and again deported",
#: "after being sentenced", "while working as", "to work in a factory as".
_SHARED_SUBJECT = re.compile(
    r"\b(?i:and|after|before|while|upon|without|since|until|when|by|to)\s+"
    r"(?:(?:being|having|been|was|were|had|again|later|then|subsequently|also|\w+ly)\s+)*$"
)


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
    known = _known_name_before(view, context, start)
    if known is not None:
        return [known]
    return _subject_after_opening(view, context, start)


def _known_name_before(view: SentenceView, context: DocumentContext, start: int) -> str | None:
    """A name the document knows, standing as the subject right before the verb though the
    recogniser missed it ("The third son, Igor, was a Chekist")."""
    found = _NAME_BEFORE.search(view.text, max(0, start - 80), start)
    if found is None:
        found = _NAME_AND_GROUP.search(view.text, max(0, start - 100), start)
    if found is None:
        return None
    return context.registry.lookup(found.group("name"))


def _is_participle(view: SentenceView, start: int) -> bool:
    """True for an ``-ing`` verb after a comma or a preposition: "…, signing the decision",
    "participated in signing", "survived by denouncing others"."""
    word = re.match(r"[a-z]+ing\b", view.text[start:])
    if word is None:
        return False
    before = view.text[:start].rstrip()
    return (
        before.endswith(",")
        or _GERUND_AFTER.search(before) is not None
        or _SPENT.search(before) is not None
    )


def _subject_list(view: SentenceView, context: DocumentContext, start: int) -> list[str]:
    """The coordinated names right before the verb ("X and Y were arrested")."""
    text = view.text
    between = _BETWEEN.search(text, 0, start)
    end = between.start() if between is not None else start
    match = _NAME_LIST.search(text, max(0, end - 160), end)
    if match is None:
        match = _PRONOUN_AND_NAME.search(text, max(0, end - 80), end)
    if match is None:
        return []
    previous = re.search(r"([\w'’]+)\W*$", text[: match.start()])
    if previous is not None and previous.group(1).casefold() in _PREPOSITIONS:
        return []  # "Along with Pyotr Voykov, Beloborodov directed": Voykov is no subject
    items = LIST_JOINT.split(match.group("list"))
    pronoun = re.search(r"\b(?P<p>he|she)\s+and\s+$", text[: match.start()])
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
    if len(keys) != len([i for i in items if i.strip()]):
        return []
    if pronoun is not None and pronoun.group("p") in context.pronouns and context.has_subject:
        keys.insert(0, "subject")  # "he and Inessa Armand represented …"
    return keys


def clause_subject(view: SentenceView, context: DocumentContext, start: int) -> list[str]:
    """The subject of the main clause before ``start``: the last name or pronoun in subject
    position (not after a preposition or article), with any names coordinated with it."""
    text = view.text
    words = [m for m in _WORD.finditer(text, 0, start)]
    best: tuple[int, list[str]] | None = None
    for index, word in enumerate(words):
        folded = word.group().casefold()
        pronoun = folded in ("he", "she") and folded in context.pronouns and context.has_subject
        if pronoun and _subject_position(words, index):
            best = (word.start(), ["subject"])
    for span in view.persons():
        if span.end > start or text.startswith(("'s", "’s"), span.end):
            continue
        if modality.inside_quotation(text, span.start):
            continue
        found = next((i for i, w in enumerate(words) if w.start() >= span.start), None)
        if found is None or not _subject_position(words, found, skip_titles=True):
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


_LIST_REST = re.compile(rf"(?:\s*(?:,\s*)?(?:and\s+)?{NAME.pattern})*\s*")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
#: A phrase opening the sentence before its subject: "After graduating from …, he".
_OPENING = re.compile(
    r"^(?:(?:After|Before|While|Upon|On|Since|When|Following|Having|Once|Though|Although"
    r"|Released|Arrested|Born|Educated|Exiled|Appointed|Sentenced)\b[^,;]*)?$"
)


_OWN_SUBJECT = re.compile(
    r"^(?:After|Before|While|When|Once|Since|Until|Although|Though)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:(?:was|were|had|been)\s+)*$"
)


def _subject_after_opening(view: SentenceView, context: DocumentContext, start: int) -> list[str]:
    """The subject after a sentence-opening phrase that holds the frame: the pronoun or
    name right after the phrase's comma."""
    if _OPENING.match(view.text[:start]) is None:
        return []
    own = _OWN_SUBJECT.match(view.text[:start])
    if own is not None:  # "After Trotsky was evicted …, he lodged": Trotsky was evicted
        key = resolve_name(context, own.group("name"))
        return [key] if key is not None else []
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
    match = _LIST_REST.match(text, end)
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
        if skip_titles and folded in DESCRIPTORS and folded not in ("the", "a", "an", "his", "her"):
            position -= 1
            continue
        if folded in _OPENERS or previous.isdigit():
            return True
        return folded not in _PREPOSITIONS and folded not in _DETERMINERS
    return True


def object_pronoun(context: DocumentContext) -> str:
    """The object form of the document's pronoun ("him" for a "he" document)."""
    return "her" if "she" in context.pronouns else "him"
