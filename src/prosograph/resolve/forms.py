"""Parse one written name into its parts: given name, patronymic and surname, as keys.

A person's names arrive as ``Alexander Georgiyevich Beloborodov``, ``A. G. Beloborodov``,
``Белоборо́дов, Алекса́ндр Гео́ргиевич``, ``Beloborodov`` or ``Emperor Nicholas II``. The
evidence step needs to know which word is which to say "the initial N does not fit
Vladimir", so this module turns each spelling into a :class:`NameForm` of keys from
:mod:`prosograph.resolve.keys`. Parsing is memoised per string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from prosograph.names import strip_disambiguator
from prosograph.resolve.keys import (
    given_key,
    initial_letters,
    romanise,
    similar,
    skeleton,
    strip_stress,
)

#: Words that are a title or rank, not a name. A title before a single word
#: (``Grand Duke Michael``) marks that word as a given name.
_TITLES = frozenset(
    (
        *("grand", "duke", "duchess", "tsar", "tsarina", "tsaritsa", "tsarevich", "tsarevna"),
        *("emperor", "empress", "king", "queen", "prince", "princess", "count", "countess"),
        *("baron", "baroness", "archduke", "saint", "st", "dr", "mr", "mrs", "ms", "sir"),
        *("lord", "general", "marshal", "comrade", "metropolitan", "patriarch", "bishop"),
        *("admiral", "colonel", "царь", "царица", "император", "императрица", "князь"),
        *("княгиня", "граф", "графиня", "великий", "великая"),
    )
)
_PARTICLES = frozenset({"von", "van", "de", "der", "del", "di", "du", "la", "le", "da", "ibn"})
_SUFFIXES = frozenset({"jr", "sr"})
_ROMAN = re.compile(r"^[IVX]+$")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovic|evic|ich|ovna|evna|ichna|inichna)$")
_GLUED_INITIALS = re.compile(r"(?<=\.)(?=\w)")
_QUOTES = re.compile(r"[\"“”«»]")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


class Match(Enum):
    """How two name parts relate, from strongest agreement to contradiction."""

    EQUAL = "equal"
    SIMILAR = "similar"
    INITIAL = "initial"
    ABSENT = "absent"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Part:
    """A given name or patronymic, written in full (``key`` set) or as an initial.

    ``letters`` are the initials the part may be abbreviated to (for a full word) or is
    written with (for an initial). ``prefix`` is the skeleton of a two-letter initial such as
    ``Ya.`` or ``Zh.``, which says more than its first letter.
    """

    key: str | None
    letters: frozenset[str]
    prefix: str = ""
    text: str = field(default="", compare=False)

    @property
    def is_initial(self) -> bool:
        """True when the part is only an initial."""
        return self.key is None


@dataclass(frozen=True, slots=True)
class NameForm:
    """One spelling of a name, as keys. Equal forms differ at most in spelling.

    ``surname`` is the skeleton of the family name, or ``=<given key><numeral>`` for a person
    known by given name only (``Nicholas II``, ``Grand Duke Michael``), so that such names
    block together and never with a family name.
    """

    surname: str
    given: Part | None = None
    patronymic: Part | None = None
    text: str = field(default="", compare=False)

    @property
    def has_given(self) -> bool:
        """True when the form says anything about the given name."""
        return self.given is not None

    @property
    def has_full_given(self) -> bool:
        """True when the given name is written in full."""
        return self.given is not None and not self.given.is_initial


def compare_parts(a: Part | None, b: Part | None) -> Match:
    """How two given names (or two patronymics) relate."""
    if a is None or b is None:
        return Match.ABSENT
    if a.key is not None and b.key is not None:
        if a.key == b.key:
            return Match.EQUAL
        return Match.SIMILAR if similar(a.key, b.key) else Match.CONFLICT
    if a.key is not None:
        return _full_against_initial(a, b)
    if b.key is not None:
        return _full_against_initial(b, a)
    if a.prefix and b.prefix:
        return Match.INITIAL if a.prefix == b.prefix else Match.CONFLICT
    return Match.INITIAL if a.letters & b.letters else Match.CONFLICT


def _full_against_initial(full: Part, initial: Part) -> Match:
    assert full.key is not None
    if initial.prefix:
        # "Ya." fits Yakov and Iakov but not Aleksandr, although all three skeletons start
        # with "a": the letters must agree as well as the sound.
        word = skeleton(full.text) if full.text else full.key
        sound = word.startswith(initial.prefix) or full.key.startswith(initial.prefix)
        fits = sound and bool(initial.letters & full.letters)
        return Match.INITIAL if fits else Match.CONFLICT
    return Match.INITIAL if initial.letters & full.letters else Match.CONFLICT


def _word_part(word: str, *, given: bool) -> Part:
    key = given_key(word) if given else skeleton(word)
    return Part(key=key, letters=initial_letters(word), text=word)


def _initial_part(token: str) -> Part:
    core = token.rstrip(".")
    letters = initial_letters(core)
    ascii_core = romanise(core).lower()
    prefix = skeleton(core) if len(ascii_core) > 1 else ""
    if len(ascii_core) == 1:
        letters = frozenset(ascii_core)
    return Part(key=None, letters=letters, prefix=prefix, text=token)


@lru_cache(maxsize=1 << 16)
def _is_initial(token: str) -> bool:
    core = token.rstrip(".")
    if not core or not core[0].isupper():
        return False
    if len(core) == 1:
        return True
    # Two-letter initials (Yu., Ya., Zh., Sh.) carry a dot; a bare two-letter word is a name.
    return token.endswith(".") and len(core) == 2 and core[1].islower()


@lru_cache(maxsize=1 << 16)
def _is_patronymic(token: str) -> bool:
    ascii_word = romanise(token).lower()
    # Five letters let the ICAO "Ilich" (Ильич) count, so "Pavel Ilich Abakumovich" is not
    # read surname-first because its surname ends in -ovich.
    return len(ascii_word) >= 5 and _PATRONYMIC.search(ascii_word) is not None


def _clean_tokens(text: str) -> tuple[list[str], bool]:
    """Words of ``text`` without titles, particles and suffixes; and whether a title was seen."""
    text = strip_stress(text)
    if "(" in text or "[" in text:
        text = _BRACKETED.sub(" ", strip_disambiguator(text))
    if not text.isalnum():  # the common plain names skip the punctuation passes
        text = _QUOTES.sub(" ", text).replace("’", "'")
        if text.count(",") == 1:
            left, right = (part.strip() for part in text.split(","))
            # "Желябов, Андрей Иванович": surname first, then given name and patronymic.
            if len(left.split()) == 1 and 1 <= len(right.split()) <= 2:
                text = f"{right} {left}"
            else:
                text = left
        elif "," in text:
            text = text.split(",", 1)[0]
        if "." in text:
            text = _GLUED_INITIALS.sub(" ", text)
    tokens: list[str] = []
    titled = False
    for token in text.split():
        role = _token_role(token)
        if role == "title":
            titled = True
        elif role == "word":
            tokens.append(token)
    return tokens, titled


@lru_cache(maxsize=1 << 16)
def _token_role(token: str) -> str:
    """``word``, ``title`` or ``skip`` (suffix, particle, punctuation)."""
    bare = token.strip(".").casefold()
    if not bare or not any(ch.isalpha() for ch in token):
        return "skip"
    if bare in _TITLES:
        return "title"
    if bare in _SUFFIXES or (bare in _PARTICLES and token[0].islower()):
        return "skip"
    return "word"


def _reorder(tokens: list[str]) -> list[str]:
    """Put a surname-first name (``Beloborodov A. G.``, ``Белобородов Александр Георгиевич``)
    into given-name-first order."""
    if (
        len(tokens) >= 2
        and not _is_initial(tokens[0])
        and all(_is_initial(token) for token in tokens[1:])
    ):
        return [*tokens[1:], tokens[0]]
    if (
        len(tokens) == 3
        and not any(_is_initial(token) for token in tokens)
        and _is_patronymic(tokens[2])
        and not _is_patronymic(tokens[1])
    ):
        return [tokens[1], tokens[2], tokens[0]]
    return tokens


@lru_cache(maxsize=1 << 16)
def name_words(text: str) -> tuple[str, ...]:
    """The words of a name that count: no titles, particles, suffixes or bracketed notes."""
    return tuple(_clean_tokens(text)[0])


@lru_cache(maxsize=1 << 18)
def parse_name(text: str) -> NameForm | None:
    """Parse ``text`` into a :class:`NameForm` (see :func:`_parse`); memoised on the text
    without stress marks, since marks vary between copies of one name and mean nothing here.
    ``NameForm.text`` is that unmarked text."""
    return _parse(strip_stress(text))


@lru_cache(maxsize=1 << 18)
def _parse(text: str) -> NameForm | None:
    """Parse ``text`` into a :class:`NameForm`, or None when it holds no usable name word.

    The last word is the surname; the first is the given name; a middle word that looks like
    a patronymic (or a second initial) is the patronymic; other middle words are ignored, as
    Western middle names and nicknames are not needed to tell people apart. A single word is
    a surname unless a title precedes it.
    """
    tokens, titled = _clean_tokens(text)
    if not tokens:
        return None
    if len(tokens) >= 2 and _ROMAN.match(tokens[-1]):
        # A regnal name: Nicholas II is a given name and a number, never a surname.
        given = _word_part(tokens[0], given=True)
        return NameForm(surname=f"={given.key}#{tokens[-1].lower()}", given=given, text=text)
    tokens = _reorder(tokens)
    if len(tokens) == 1:
        (word,) = tokens
        if _is_initial(word):
            return None
        if titled:
            given = _word_part(word, given=True)
            return NameForm(surname=f"={given.key}", given=given, text=text)
        return NameForm(surname=skeleton(word), text=text)
    surname_word = tokens[-1]
    if _is_initial(surname_word) or not skeleton(surname_word):
        return None
    first = tokens[0]
    given_part = _initial_part(first) if _is_initial(first) else _word_part(first, given=True)
    patronymic: Part | None = None
    for middle in tokens[1:-1]:
        if _is_initial(middle):
            patronymic = _initial_part(middle)
            break
        if _is_patronymic(middle):
            patronymic = _word_part(middle, given=False)
            break
    return NameForm(
        surname=skeleton(surname_word),
        given=given_part,
        patronymic=patronymic,
        text=text,
    )
