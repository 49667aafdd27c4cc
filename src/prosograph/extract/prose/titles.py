"""Reading an office title: ``Chairman of the Central Executive Committee of the Ural
Regional Soviet``, ``deputy head of the Political Directorate``, ``Cheka plenipotentiary for
the region``.

A title is recognised by its head noun (Chairman, Commissar, Secretary, Minister, member,
head, director, editor, deputy, rector, commander, ambassador, president, prosecutor…),
with the capitalised or office-like words before it and its complements after it (``of``,
``for``, ``to`` + a name or a short noun phrase). ``in`` + a place ends the title and gives
the fact's place (the contract keeps places out of values). The value is the text as
written, without a leading article or ordinal (``the fourth People's Commissar`` ->
``People's Commissar``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.prose.view import SentenceView

# fmt: off
#: Head nouns of office titles (singular, lower case).
HEADS = frozenset(
    [
        "chairman", "chairwoman", "chair", "commissar", "secretary", "minister", "member", "head",
        "director", "editor", "editor-in-chief", "deputy", "rector", "commander",
        "commander-in-chief", "ambassador", "envoy", "consul", "president", "vice-president",
        "prosecutor", "procurator", "governor", "governor-general", "mayor", "premier", "leader",
        "chief", "commandant", "plenipotentiary", "representative", "delegate", "inspector",
        "commissioner", "administrator", "manager", "organiser", "organizer", "instructor",
        "professor", "lecturer", "judge", "speaker", "treasurer", "emperor", "empress", "tsar",
        "king", "queen", "superintendent", "dean", "curator", "attorney-general",
        "prime-minister",
    ]
)
#: Heads that make a title on their own after "was" (``was Chairman``); the others need a
#: complement (``was a member of …``), since ``was a Bolshevik leader`` is a description.
STRONG_HEADS = frozenset(
    [
        "chairman", "chairwoman", "commissar", "secretary", "minister", "director", "editor",
        "editor-in-chief", "rector", "ambassador", "envoy", "consul", "president", "prosecutor",
        "procurator", "governor", "governor-general", "mayor", "premier", "commandant",
        "plenipotentiary", "commissioner", "superintendent", "dean", "attorney-general",
    ]
)
#: Lower-case words that may stand before a head (``deputy head``, ``full member``).
_MODIFIERS = frozenset(
    [
        "deputy", "acting", "first", "second", "chief", "general", "military", "political",
        "executive", "senior", "assistant", "vice", "full", "candidate", "permanent", "honorary",
        "provisional", "interim", "regional", "local", "district", "provincial", "state", "party",
        "army", "navy", "division", "corps", "front", "people's", "revolutionary", "supreme",
        "prime", "principal", "managing", "special", "extraordinary",
    ]
)
#: Words skipped before a title: articles, ordinals, "former".
_SKIP = frozenset(
    [
        "the", "a", "an", "his", "her", "its", "their", "new", "former", "future", "then", "late",
        "later", "subsequently", "eventually", "also", "briefly", "again",
        "recently", "newly", "sole", "appointed", "elected", "current", "incumbent", "first",
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "last",
    ]
)
#: Lower-case words that end a title however they are used.
_FUNCTION = frozenset(
    [
        "the", "a", "an", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with",
        "from", "as", "into", "until", "till", "since", "during", "after", "before", "under",
        "over", "which", "who", "whom", "whose", "where", "when", "while", "that", "this",
        "these", "those", "his", "her", "its", "their", "he", "she", "it", "they", "him", "them",
        "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "not", "also",
        "then", "later", "there", "here", "than",
    ]
)
#: Nouns that make an ``in X`` complement part of the title (an organisation, not a place).
_ORG_WORDS = frozenset(
    [
        "commissariat", "ministry", "committee", "council", "party", "cheka", "army", "front",
        "bureau", "department", "directorate", "administration", "government", "presidium",
        "collegium", "soviet", "commission",
    ]
)
# fmt: on

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*(?:['’]s?)?|\(|\)|,|[^\w\s]")
_PLENIPOTENTIARY = re.compile(r"^plen\w*pot\w*ntiar(?:y|ies)$")
_ORDINAL_NUMBER = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*[A-Za-z][\w.-]{0,20}\s*\)")


@dataclass(frozen=True, slots=True)
class Title:
    """A title read from a sentence: value, span, head noun and a place it named."""

    value: str
    start: int
    end: int
    head: str
    place: str | None = None
    has_complement: bool = False


def _skippable(word: str) -> bool:
    """An article, ordinal or "former" before a title; capitalised, an ordinal is part of
    it (``First Secretary``), an article is not (a sentence may start with ``The``)."""
    folded = word.casefold()
    if folded not in _SKIP:
        return False
    return word.islower() or folded in ("the", "a", "an", "his", "her", "its", "their")


def _head_of(word: str) -> str | None:
    """The head noun a word is (plural allowed), or None."""
    folded = word.casefold().replace("’", "'")
    if folded in HEADS:
        return folded
    if folded.endswith("s") and folded[:-1] in HEADS:
        return folded[:-1]
    if _PLENIPOTENTIARY.match(folded):  # spelt many ways ("plenitpotentiary" in a seed)
        return "plenipotentiary"
    return None


def _titled(span: str) -> bool:
    """A span the model took for a person that ends in a head noun ("the first People's
    Commissar" is tagged PERSON): it is the title, not a name that ends it (a name after
    the head, "Chairman Mao", still is one)."""
    words = span.split()
    return bool(words) and _head_of(words[-1]) is not None


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or bool(_ORDINAL_NUMBER.match(word))


class _Tokens:
    """The tokens of a sentence from some offset on, with their offsets, read lazily: a
    title is a few words long, and reading the rest of a long sentence for each candidate
    would make the readers quadratic."""

    def __init__(self, text: str, start: int, limit: int) -> None:
        self._matches = _TOKEN.finditer(text, start, limit)
        self.items: list[tuple[int, int, str]] = []
        self.index = 0

    def peek(self, ahead: int = 0) -> tuple[int, int, str] | None:
        position = self.index + ahead
        while len(self.items) <= position:
            match = next(self._matches, None)
            if match is None:
                return None
            self.items.append((match.start(), match.end(), match.group()))
        return self.items[position]

    def word(self, ahead: int = 0) -> str:
        token = self.peek(ahead)
        return token[2] if token is not None else ""


def read_title(
    view: SentenceView, start: int, limit: int | None = None, *, require_head_first: bool = False
) -> Title | None:
    """The title beginning at ``start`` (articles and ordinals skipped), or None.

    ``require_head_first`` accepts no words before the head other than modifiers, for
    readers that know the title must follow at once.
    """
    text = view.text
    limit = len(text) if limit is None else limit
    tokens = _Tokens(text, start, limit)
    while _skippable(tokens.word()) and tokens.peek(1) is not None:
        tokens.index += 1
    first = tokens.peek()
    if first is None or view.date_at(first[0]) is not None:
        return None
    head: str | None = None
    end = first[0]
    while (token := tokens.peek()) is not None:
        word = token[2]
        found = _head_of(word)
        if found is not None:
            head = found
        elif _is_capitalised(word) and word[0] != "(":
            if require_head_first and head is None and word.casefold() not in _MODIFIERS:
                return None
            person = view.person_at(token[0], token[1])
            if person is not None and not _titled(view.text[person.start : person.end]):
                break
        elif word.casefold() not in _MODIFIERS:
            break
        end = token[1]
        tokens.index += 1
        if found is not None and tokens.word() == "of":
            break
    if head is None:
        return None
    title_end, place, complemented = _complements(view, tokens, end, limit)
    value = _value(text[first[0] : title_end])
    if not value:
        return None
    return Title(value, first[0], title_end, head, place, complemented)


def _complements(
    view: SentenceView, tokens: _Tokens, end: int, limit: int
) -> tuple[int, str | None, bool]:
    """Read ``of …``/``for …``/``to …`` complements; return (end, place, any read)."""
    text = view.text
    complemented = False
    first = True
    while (token := tokens.peek()) is not None:
        word = token[2]
        if word in ("of", "for") or (word in ("at", "to") and first and _capital_next(tokens)):
            saved = tokens.index
            tokens.index += 1
            phrase_end = _noun_phrase(view, tokens, limit)
            if phrase_end is None:
                tokens.index = saved
                break
            end, complemented, first = phrase_end, True, False
            continue
        if word == "in":
            saved = tokens.index
            tokens.index += 1
            phrase_start = tokens.peek()
            phrase_end = _noun_phrase(view, tokens, limit)
            if phrase_end is None or phrase_start is None:
                tokens.index = saved
                break
            phrase = text[phrase_start[0] : phrase_end]
            is_place = any(
                span.label in ("GPE", "LOC", "FAC")
                and span.start < phrase_end
                and phrase_start[0] < span.end
                for span in view.spans
            )
            if not is_place and _ORG_WORDS & {w.casefold() for w in phrase.split()}:
                end, complemented = phrase_end, True
                continue
            if view.date_at(phrase_start[0]) is None and _names_place(phrase):
                return end, _value(phrase), complemented
            tokens.index = saved
            break
        if word == "(":
            bracket = _ACRONYM_IN_BRACKETS.match(text, token[0], limit)
            if bracket is None or view.date_at(token[0] + 1) is not None:
                break
            end = bracket.end()
            while (inner := tokens.peek()) is not None and inner[0] < end:
                tokens.index += 1
            continue
        break
    return end, None, complemented


def _names_place(phrase: str) -> bool:
    """A place is named (``in the Urals``, ``in Petrograd``); a lower-case phrase after
    ``in`` (``in the great political trials``) is what the office dealt with, not where."""
    words = phrase.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _capital_next(tokens: _Tokens) -> bool:
    """True when the word after the preposition (and an article) is capitalised."""
    following = tokens.word(1)
    if following == "the":
        following = tokens.word(2)
    return _is_capitalised(following)


def _noun_phrase(view: SentenceView, tokens: _Tokens, limit: int) -> int | None:
    """The end of the noun phrase at the tokens' position (after a preposition), or None.

    Names run on through ``of``, ``and`` and ``'`` + comma lists (``Workers', Peasants',
    and Soldiers' Deputies``); lower-case words are taken only a few at a time and never a
    verb form, so ``head of the external guard`` ends before ``saying``.
    """
    if tokens.word().casefold() == "the":
        tokens.index += 1
    end: int | None = None
    lower_run = 0
    while (token := tokens.peek()) is not None:
        start, stop, word = token
        if view.date_at(start) is not None:
            break
        if end is None and view.person_at(start, stop) is not None:
            break  # a name where a body should be; inside one it names it ("the X group")
        folded = word.casefold()
        if _is_capitalised(word) or folded == "(b)":
            lower_run = 0
        elif word in ("and", "of") and end is not None:
            following = tokens.word(1)
            after_the = tokens.word(2) if following == "the" else following
            if word == "and" and (not _is_capitalised(after_the) or _head_of(after_the)):
                break
            if word == "of" and not after_the:
                break
            tokens.index += 1
            if following == "the":
                tokens.index += 1
            continue
        elif word == "," and end is not None and view.text[end - 1] in "'’":
            if not _is_capitalised(tokens.word(1)) and tokens.word(1) != "and":
                break
            tokens.index += 1
            continue
        elif word == "'s" or word == "’s":
            pass
        elif (
            word[:1].isalpha()
            and folded not in _FUNCTION
            and not folded.endswith(("ing", "ed", "ly"))
            and lower_run < 3
            and _head_of(word) is None
        ):
            lower_run += 1
        else:
            break
        end = stop
        tokens.index += 1
    return end


def noun_phrase_end(view: SentenceView, start: int, limit: int | None = None) -> int | None:
    """The end of the name or short noun phrase at ``start`` (an article skipped), or None."""
    tokens = _Tokens(view.text, start, len(view.text) if limit is None else limit)
    return _noun_phrase(view, tokens, len(view.text) if limit is None else limit)


def clean_value(text: str) -> str:
    """A phrase as written, spacing normalised and trailing joints (``, and of the``) removed."""
    return _value(text)


def _value(text: str) -> str:
    """A title as written, with spacing normalised and trailing joints removed."""
    value = " ".join(text.split())
    changed = True
    while changed:
        changed = False
        for tail in (",", " and", " of", " the", " of the", " for", " to"):
            if value.endswith(tail):
                value = value[: -len(tail)].rstrip()
                changed = True
    return value
