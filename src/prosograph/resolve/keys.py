"""Spelling-blind keys for name words: romanisation, skeletons, initials, given-name equivalents.

The same Russian name reaches English text in many spellings: the Wikipedia, ICAO, BGN/PCGN
and Library of Congress romanisations (Goloshchyokin / Goloshchekin, Georgy / Georgii /
Georgiy, -sky / -skiy / -skii, Yakov / Iakov), with or without stress marks, in Cyrillic, and
as anglicised given names (Alexander, Michael). Resolution compares names on a *skeleton*: a
lower-case string in which the letters those systems disagree on are folded together, so
every spelling of one name gives one key. The skeleton is deliberately coarse; the evidence
step, not this module, decides what a match means.

Every function here is pure and memoised: corpora repeat the same few thousand words, so
caching makes key computation nearly free at scale.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import iuliia
from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: Stress and tone accents only: stripping every combining mark would also turn ``й`` into
#: ``и`` and ``ё`` into ``е``, which changes the letter, not just its pronunciation.
_STRESS = frozenset({"\u0300", "\u0301"})
_NON_LETTER = re.compile(r"[^a-z]")

#: Ordered rewrites from romanised spelling to skeleton. Upper-case letters stand for one
#: Russian sound written with several Latin letters (``W`` = щ, ``Z`` = ж, ``C`` = ч,
#: ``S`` = ш) so that the later vowel rules cannot split a digraph.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"x", "ks"),
        (r"w", "v"),
        (r"q", "k"),
        (r"ph", "f"),
        (r"ck", "k"),
        (r"j", "y"),
        (r"shch", "W"),
        (r"zh", "Z"),
        (r"kh", "h"),
        (r"ch", "C"),
        (r"sh", "S"),
        (r"t[sz]", "c"),
        # ё is written yo (Wikipedia), e (ICAO, and Russian print that omits the dots) or io.
        (r"[iy]o", "e"),
        # A glide before a vowel is the soft-vowel letter (я ю е) or a soft sign; schemes
        # write it y, i, iy or drop it: Yakov / Iakov, Georgiyevich / Georgievich.
        (r"[iy]+(?=[aeu])", ""),
        # What is left of y is ы or й: Georgy / Georgiy / Georgii, -sky / -skiy / -skii.
        (r"y", "i"),
        # English -er for a Russian -r: Alexander / Aleksandr, Peter / Pyotr.
        (r"(?<=[^aeiou])er$", "r"),
        (r"(.)\1+", r"\1"),
    )
)

#: Anglicised and other Western forms of Russian given names, as (Western, Russian) pairs.
#: Forms that the skeleton already folds (Alexander, Peter, Felix, Martin) need no entry.
_GIVEN_EQUIVALENTS: tuple[tuple[str, str], ...] = (
    ("Michael", "Mikhail"),
    ("Nicholas", "Nikolai"),
    ("Nicolas", "Nikolai"),
    ("Paul", "Pavel"),
    ("Joseph", "Iosif"),
    ("Jozef", "Iosif"),
    ("Gregory", "Grigory"),
    ("George", "Georgy"),
    ("Alexis", "Aleksei"),
    ("Leo", "Lev"),
    ("Catherine", "Yekaterina"),
    ("Helen", "Yelena"),
    ("Helena", "Yelena"),
    ("Mary", "Mariya"),
    ("Eugene", "Yevgeny"),
    ("Basil", "Vasily"),
    ("Jacob", "Yakov"),
    ("Matthew", "Matvei"),
    ("Andrew", "Andrei"),
    ("Stephen", "Stepan"),
    ("Steven", "Stepan"),
    ("Philip", "Filipp"),
    ("Constantine", "Konstantin"),
    ("Anthony", "Anton"),
    ("Simon", "Semyon"),
    ("Theodore", "Fyodor"),
    ("Daniel", "Daniil"),
    ("Gabriel", "Gavriil"),
    ("Elijah", "Ilya"),
    ("Sergius", "Sergei"),
    ("Nikolaus", "Nikolai"),
)

_VOWELS = frozenset("aeiou")
#: First letters a glided vowel is romanised with: Yakov / Iakov / Jakov, Yevgeny / Evgeny.
_GLIDE_LETTERS = frozenset("yije")
#: Jaro-Winkler similarity above which two given-name keys count as variants of one name.
_SIMILAR = 0.9


def strip_stress(text: str) -> str:
    """Remove stress accents (``Алекса́ндр`` -> ``Александр``) but keep ``й`` and ``ё``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if ch not in _STRESS)
    return unicodedata.normalize("NFC", kept)


def has_cyrillic(text: str) -> bool:
    """True when ``text`` contains a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=1 << 16)
def romanise(text: str) -> str:
    """The Latin form of ``text``: Cyrillic through the Wikipedia scheme, the rest to ASCII.

    The Wikipedia scheme is the one English articles use, so a native name romanised with it
    usually matches the article's own spelling even before skeletons are compared.
    """
    text = strip_stress(text)
    if has_cyrillic(text):
        text = iuliia.WIKIPEDIA.translate(text)
    return anyascii(text)


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """The romanisation-blind key of one name word (``Goloshchyokin`` -> ``goloWekin``).

    Hyphens and apostrophes (soft signs) are dropped, so ``Antonov-Ovseyenko`` and
    ``Antonov-Ovseenko`` give one key.
    """
    text = _NON_LETTER.sub("", romanise(word).lower())
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text


def _build_equivalents() -> dict[str, str]:
    table: dict[str, str] = {}
    for western, russian in _GIVEN_EQUIVALENTS:
        table[skeleton(western)] = skeleton(russian)
    return table


_EQUIVALENTS = _build_equivalents()


@lru_cache(maxsize=1 << 16)
def given_key(word: str) -> str:
    """The key of a given name: its skeleton, with Western forms mapped to the Russian one."""
    key = skeleton(word)
    return _EQUIVALENTS.get(key, key)


@lru_cache(maxsize=1 << 16)
def initial_letters(word: str) -> frozenset[str]:
    """The letters an initial of ``word`` may be written with, lower case.

    A name that starts with a glided vowel (``Yakov``, ``Iakov``, ``Yevgeny``, ``Jacob``) may be
    abbreviated ``Ya.``, ``Ia.``, ``I.``, ``E.`` or ``J.`` depending on the romanisation, so
    all of those count; any other name has only its first letter.
    """
    text = _NON_LETTER.sub("", romanise(word).lower())
    if not text:
        return frozenset()
    if text[0] in _GLIDE_LETTERS and len(text) > 1 and text[1] in _VOWELS:
        return _GLIDE_LETTERS
    if text[0] == "e":
        # Russian initial Е is Ye in some schemes and E in others.
        return frozenset({"e", "y"})
    return frozenset(text[0])


@lru_cache(maxsize=1 << 16)
def similar(key_a: str, key_b: str) -> bool:
    """True when two different given-name keys are probably one name misspelt or inflected.

    ``Ivar`` / ``Ivars`` (Latvian nominative), ``Martin`` / ``Martins``. The first letter must
    agree and both keys need four letters, because short names differ by one letter as
    whole names do (``Lev`` / ``Lea``); and the two must agree on the feminine ending -a.
    """
    if key_a == key_b:
        return True
    if min(len(key_a), len(key_b)) < 4 or key_a[0] != key_b[0]:
        return False
    if key_a.endswith("a") != key_b.endswith("a"):
        # A final -a marks the feminine of a Russian name: Aleksandr / Aleksandra,
        # Aleksandrovich / Aleksandrovna are a man and a woman, however close the letters.
        return False
    return bool(JaroWinkler.similarity(key_a, key_b) >= _SIMILAR)
