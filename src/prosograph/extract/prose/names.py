"""Person-name forms in running text: cleaning a recognised span, initials, surnames.

The entity recogniser returns spans such as ``Joseph Stalin's`` or ``Tsar Nicholas II``;
facts need the name itself (``Joseph Stalin``, ``Nicholas II``) and a test of whether a
span is a name at all (``Narodnaya Volya`` and ``Soldatskaya Pravda`` are tagged PERSON).
"""

from __future__ import annotations

import re

from prosograph.names import name_key, strip_disambiguator

#: Honorifics and offices written before a name; they are not part of it.
_LEADING_TITLES = frozenset(
    [
        "tsar",
        "tsarina",
        "emperor",
        "empress",
        "king",
        "queen",
        "president",
        "premier",
        "chairman",
        "general",
        "colonel",
        "marshal",
        "admiral",
        "comrade",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "professor",
        "father",
        "saint",
        "st",
        "commissar",
        "secretary",
        "leader",
        "minister",
        "citizen",
        "grand",
        "duke",
    ]
)
#: Words that occur in spans the recogniser tags PERSON but never in a person's name.
_NOT_NAME_WORDS = frozenset(
    [
        "bolshevik",
        "bolsheviks",
        "menshevik",
        "mensheviks",
        "old",
        "pravda",
        "gazette",
        "volya",
        "party",
        "soviet",
        "soviets",
        "union",
        "republic",
        "army",
        "committee",
        "council",
        "cheka",
        "nkvd",
        "university",
        "institute",
        "revolution",
        "war",
        "front",
        "congress",
        "conference",
        "trial",
        "case",
        "affair",
        "russian",
        "ukrainian",
        "latvian",
        "polish",
        "the",
        "of",
        "and",
        "nowiki",
        "o.s",
        "governorate",
        "district",
        "oblast",
        "province",
        "region",
        "empire",
        "uyezd",
        "county",
        "city",
        "street",
        "house",
        "palace",
        "river",
        "island",
        "islands",
        "mountains",
        "sea",
        "prison",
        "camp",
        "hotel",
        "square",
        "bureau",
        "ministry",
        "commissariat",
        "directorate",
        "academy",
        "school",
        "gymnasium",
        "state",
        "republic",
        "kremlin",
        "revolution",
    ]
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.\s?){1,3}$")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_PARTICLES = frozenset({"de", "von", "van", "der", "di", "da", "du", "la", "le"})


def clean_person(text: str) -> str:
    """The name inside a recognised span: possessive and leading titles removed."""
    text = _POSSESSIVE.sub("", text.strip()).strip()
    words = text.split()
    while len(words) > 1 and words[0].casefold().strip(".") in _LEADING_TITLES:
        words.pop(0)
    if words and words[0].casefold() == "the":
        words.pop(0)
    return " ".join(words)


def looks_like_person(text: str, *, allow_single: bool = False) -> bool:
    """True for a plausible person name: capitalised words, initials, a regnal numeral.

    A single word is a name only where ``allow_single`` says the caller knows it (a
    surname of the document's subject, a surname of someone already named in full).
    """
    words = text.split()
    if not words or len(words) > 8:
        return False
    if len(words) == 1 and not allow_single:
        return False
    named = 0
    territorial = False  # "Elisabeth of Hesse and by Rhine": "and"/"by" belong to the name
    for word in words:
        folded = word.casefold()
        if folded == "of":
            territorial = True
            continue
        if territorial and folded in ("and", "by"):
            continue
        if folded in _NOT_NAME_WORDS:
            return False
        if folded in _PARTICLES:
            continue
        if _ROMAN.match(word) or _INITIALS.match(word):
            named += 1
            continue
        if not word[0].isupper() or any(ch.isdigit() for ch in word):
            return False
        named += 1
    return named > 0


def surname_of(name: str) -> str:
    """The last name-word of ``name`` (``Mikhail Kedrov (politician)`` -> ``Kedrov``)."""
    words = [w for w in strip_disambiguator(name).split() if not _ROMAN.match(w)]
    return words[-1] if words else ""


def given_name_of(name: str) -> str:
    """The first word of ``name`` unless it is an initial."""
    words = strip_disambiguator(name).split()
    return words[0] if len(words) > 1 and not _INITIALS.match(words[0] + " ") else ""


def initials_match(form: str, full_name: str) -> bool:
    """True when ``form`` is initials plus the surname of ``full_name`` (``A. G. Beloborodov``).

    The first initial must be that of the given name; further initials (a patronymic)
    are not checked, since the full name rarely gives the patronymic.
    """
    words = form.split()
    if len(words) < 2 or not all(_INITIALS.match(w + " ") for w in words[:-1]):
        return False
    surname = surname_of(full_name)
    given = given_name_of(full_name)
    return (
        bool(surname and given)
        and name_key(words[-1]) == name_key(surname)
        and words[0][0].casefold() == given[0].casefold()
    )


def is_initials_form(form: str) -> bool:
    """True for ``N. G. Tolmachyov``: initials, then one surname."""
    words = form.split()
    return len(words) >= 2 and all(_INITIALS.match(w + " ") for w in words[:-1])
