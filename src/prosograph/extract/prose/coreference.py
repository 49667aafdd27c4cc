"""Who a fact is about: the grammatical subject of the clause a frame sits in.

Simple and checkable rules, not a model (issue 4). Reading back from the verb of a frame
("was appointed", "joined", "was born"):

- ``he``/``she`` (the document's pronoun) is the subject of the document, unless the
  sentence names another person as a grammatical subject before it and does not name the
  document's subject as one;
- a person's name right before the verb is that person (the subject if it is one of the
  subject's names, a bare surname of the subject, or initials plus the surname);
- ``X, who`` is X;
- after ``and`` or a comma, the verb shares the subject of the clause before, so the search
  goes on back to the nearest grammatical subject;
- anything else right before the verb (``His father``, ``the group``, ``the Ural Soviet``)
  is some other referent, and the frame yields no fact.

A frame that opens the sentence (``Born in …, he``, ``Appointed …, he``) takes the subject
of the main clause that follows it.
"""

from __future__ import annotations

import re

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.view import SentenceView, Span, Word

#: Words that may stand between a subject and its verb.
_SKIPPED = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "been",
        "being",
        "be",
        "also",
        "later",
        "subsequently",
        "then",
        "soon",
        "eventually",
        "ultimately",
        "again",
        "once",
        "briefly",
        "first",
        "formally",
        "officially",
        "posthumously",
        "finally",
        "initially",
        "thereafter",
        "afterwards",
        "shortly",
        "immediately",
        "twice",
        "even",
        "still",
        "only",
        "already",
        "duly",
        "unanimously",
        "secretly",
        "temporarily",
        "thus",
        "therefore",
        "however",
        "himself",
        "herself",
    ]
)
_COORDINATORS = frozenset({",", "and", "but", "then", "or"})
#: Prepositions: a name right after one is an object, not a grammatical subject.
_PREPOSITIONS = frozenset(
    [
        "to",
        "with",
        "by",
        "of",
        "under",
        "against",
        "for",
        "from",
        "at",
        "in",
        "on",
        "into",
        "toward",
        "towards",
        "among",
        "between",
        "about",
        "like",
        "than",
        "as",
        "after",
        "before",
        "during",
        "through",
        "via",
        "over",
        "behind",
        "beside",
        "near",
    ]
)
_DATE_PREPOSITIONS = frozenset({"in", "on", "from", "by", "since", "until", "till", "during", "of"})
_STOPS = frozenset({";", ":", "(", ")", '"', "“", "”"})
_ADVERB = re.compile(r"^[a-z]+ly$")
#: How far back a grammatical subject is looked for: further than this, a long sentence
#: has moved on to other clauses (and the search must not make long sentences quadratic).
_MAX_WORDS_BACK = 80


def _ignorable(view: SentenceView, words: list[Word], index: int) -> bool:
    """Words that do not decide the subject: dates, adverbs, auxiliaries."""
    word = words[index]
    if view.in_date(word.start, word.end):
        return True
    folded = word.text.casefold()
    if folded in _SKIPPED or (_ADVERB.match(word.text) and folded not in ("only",)):
        return True
    if folded in _DATE_PREPOSITIONS and index + 1 < len(words):
        following = words[index + 1]
        return view.date_at(following.start) is not None
    return False


def _person_ending_at(view: SentenceView, words: list[Word], index: int) -> Span | None:
    """The PERSON span whose last word is ``words[index]``."""
    word = words[index]
    for span in view.persons():
        if span.start <= word.start < span.end <= word.end:
            return span
    return None


def _subject_word(
    view: SentenceView, context: DocumentContext, words: list[Word], index: int
) -> Span | None:
    """The subject's bare given name or surname where the recogniser missed it ("Ivar was
    born in Aloja"), as a span; None for any other word."""
    word = words[index]
    if not word.text[:1].isupper() or view.person_at(word.start, word.end) is not None:
        return None
    following = words[index + 1].text if index + 1 < len(words) else ""
    if following[:1].isupper():
        return None  # part of a longer name ("Ivar Tenisovich …")
    if context.registry.lookup(word.text) != "subject":
        return None
    return Span(word.start, word.end, word.text, "PERSON")


def _is_possessive(view: SentenceView, span: Span) -> bool:
    tail = view.text[span.end : span.end + 2]
    return tail.startswith(("'s", "’s")) or tail[:1] in ("'", "’")


_FINITE_AFTER = re.compile(r"\s+(?:was|were|had|has|is|[a-z]+ed)\b")


def _nominative(view: SentenceView, words: list[Word], span: Span) -> bool:
    """True when the person span stands as a grammatical subject (not after a preposition).

    A name followed by a finite verb is a subject whatever precedes it ("After Trotsky
    was evicted": "after" is a conjunction there, not a preposition).
    """
    if _is_possessive(view, span):
        return False
    if _FINITE_AFTER.match(view.text, span.end):
        return True
    before = view.words_before(span.start, 12)
    while before and view.in_date(before[-1].start, before[-1].end):
        before = before[:-1]
    if not before:
        return True
    previous = before[-1].text.casefold()
    return previous not in _PREPOSITIONS and previous not in ("the", "a", "an")


def subject_key(view: SentenceView, context: DocumentContext, span: Span) -> str | None:
    """The entity key of a person span (registering the person), or None if not a name."""
    return context.registry.resolve(span.text)


def _pronoun_key(
    view: SentenceView, words: list[Word], index: int, context: DocumentContext
) -> str | None:
    """``he``/``she`` at ``words[index]``: the subject unless another person is the likelier one."""
    if not context.has_subject:
        return None
    pronoun_start = words[index].start
    other_subject = False
    subject_named = False
    for span in view.persons():
        if not _nominative(view, words, span):
            continue
        key = context.registry.lookup(span.text)
        if key == "subject":
            subject_named = True
        elif span.end <= pronoun_start:
            other_subject = True
    if other_subject and not subject_named:
        return None
    return "subject"


def find_agent(view: SentenceView, context: DocumentContext, frame_start: int) -> str | None:
    """The entity key of whoever the frame starting at ``frame_start`` is about, or None."""
    words = view.words_before(frame_start, _MAX_WORDS_BACK)
    if not any(not _ignorable(view, words, i) for i in range(len(words))):
        return _agent_after(view, context, frame_start)
    coordinated = False
    index = len(words) - 1
    while index >= 0:
        if _ignorable(view, words, index):
            index -= 1
            continue
        word = words[index]
        folded = word.text.casefold()
        if folded in context.pronouns and folded in ("he", "she"):
            return _pronoun_key(view, words, index, context)
        span = _person_ending_at(view, words, index) or _subject_word(view, context, words, index)
        if span is not None:
            if _nominative(view, words, span):
                return subject_key(view, context, span)
            if not coordinated:
                return None
            index = _index_before(words, span.start)
            continue
        if folded == "who":
            antecedent = _antecedent(view, words, index)
            if antecedent is not None:
                return subject_key(view, context, antecedent)
            coordinated = True  # "X was an official who …": X
            index -= 1
            continue
        if folded == ")":
            opening = _opening_bracket(words, index)
            if opening is not None:
                index = opening - 1
                continue
            # The first sentence may start inside the lead's parenthesis (a cut text):
            # what follows it is said of the subject.
            if view.sentence.index == 0 and context.has_subject:
                return "subject"
            return None
        if folded in _STOPS:
            return None
        if folded in _COORDINATORS:
            coordinated = True
        elif not coordinated:
            return None
        index -= 1
    return None


def _opening_bracket(words: list[Word], index: int) -> int | None:
    """The index of the ``(`` that the ``)`` at ``words[index]`` closes, or None."""
    depth = 0
    for position in range(index, -1, -1):
        if words[position].text == ")":
            depth += 1
        elif words[position].text == "(":
            depth -= 1
            if depth == 0:
                return position
    return None


def _antecedent(view: SentenceView, words: list[Word], index: int) -> Span | None:
    """The person named right before ``who`` at ``words[index]`` (a comma may stand between)."""
    previous = index - 1
    if previous >= 0 and words[previous].text == ",":
        previous -= 1
    return _person_ending_at(view, words, previous) if previous >= 0 else None


def _index_before(words: list[Word], offset: int) -> int:
    """The index of the last word ending at or before ``offset``."""
    index = len(words) - 1
    while index >= 0 and words[index].end > offset:
        index -= 1
    return index


def _agent_after(view: SentenceView, context: DocumentContext, frame_start: int) -> str | None:
    """The subject of the main clause after a sentence-opening participle phrase.

    The phrase ends at the first comma followed by a pronoun or a person's name; a name in
    the possessive (``Beloborodov's parents``) still points at that person, since the
    phrase describes them.
    """
    words = view.words
    for index, word in enumerate(words):
        if word.start < frame_start or word.text != "," or index + 1 >= len(words):
            continue
        following = words[index + 1]
        folded = following.text.casefold()
        if folded in ("he", "she") and folded in context.pronouns:
            return "subject" if context.has_subject else None
        span = view.person_at(following.start, following.end)
        if span is not None and span.start == following.start:
            return subject_key(view, context, span)
    return None
