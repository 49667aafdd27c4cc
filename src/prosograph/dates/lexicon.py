"""The words dates are written with: months, seasons, number words, and their regex pieces.

Every other module of the package builds its patterns from these pieces, so a month spelling
added here is understood by ``parse_date``, ``find_dates`` and the relative expressions alike.
Patterns are plain strings (not compiled): they are spliced into larger expressions.
"""

from __future__ import annotations

import re

#: Month numbers by lowercase name or abbreviation (a trailing dot is stripped before lookup).
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

#: EDTF season codes (level 1: 21 spring ... 24 winter), northern hemisphere.
SEASONS: dict[str, int] = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

# Months are capitalised in English prose; matching case-sensitively keeps the modal verb
# "may" and the verb "march" out. Full names come first so "Jun" never wins over "June".
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])"
)

SEASON = r"(?i:spring|summer|autumn|fall|winter)(?![A-Za-z])"

# A day of the month, optionally ordinal ("1st"). It may follow a word break, or follow a
# four-digit year directly: flattened text glues "26 October 1891" to "10 February 1938"
# as "189110 February 1938".
DAY = r"(?:(?<!\w)|(?<=(?<!\d)\d{4}))(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"

# Nouns that show a four-digit number is a count, not a year ("1500 workers").
_COUNT_NOUNS = (
    r"thousand|million|billion|hundred|people|persons|men|women|children|workers|soldiers|"
    r"troops|members|delegates|prisoners|peasants|officers|victims|deaths|casualties|votes|"
    r"copies|pages|families|households|rubles|roubles|dollars|pounds|marks|francs|tons|"
    r"tonnes|km|kilometres|kilometers|miles|metres|meters|feet"
)

# What may not follow a year: more word characters ("1930s" is a decade, "30px" a size),
# a decimal or thousands part, a file extension ("Signature 1936.png") or a count noun.
_YEAR_TAIL = (
    r"(?![\w%]|[.,]\d|\.(?i:png|jpe?g|svg|gif|tiff?|pdf|webp)\b"
    rf"|\s+(?i:{_COUNT_NOUNS})\b)"
)

# Before a number: a currency sign, "No." or a page reference ("pp. 1905–1910") rule out
# a year. (The inner look-behinds keep "Sep. 1918" a date.)
_NOT_YEAR_BEFORE = (
    r"(?<![\w$£€#.])(?<!(?<!\w)No\.\s)(?<!(?<!\w)p\.\s)(?<!(?<!\w)pp\.\s)"
    r"(?<!(?<!\w)pp\.\s\d{4}[–-])"
)

# A year standing alone: four digits, 1000-2099. Shorter numbers are never years on their
# own ("Declaration of 46", "Straße 208").
YEAR = rf"{_NOT_YEAR_BEFORE}(?:1\d{{3}}|20\d{{2}}){_YEAR_TAIL}"

# The year of a full date ("12 March 862" is still a date), which may be glued to the next
# date's day ("189110 February").
YEAR_OF_DATE = (
    rf"{_NOT_YEAR_BEFORE}(?:1\d{{3}}|20\d{{2}}|[1-9]\d{{2}})"
    rf"(?:{_YEAR_TAIL}|(?=\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}))"
)

DECADE = r"(?<![\w$£€#.])(?:1\d\d0|20\d0)'?s(?!\w)"

# An ordinal century, 10th to 21st ("the 19th century" is EDTF 18XX); earlier centuries
# would need years below 1000, which EDTF writes but biographies here never reach.
CENTURY = r"(?<!\w)(?:1\d|2[01])(?:st|nd|rd|th)"

# Qualifiers that make a date approximate. EDTF has no "early"/"late": the whole period
# with "~" is the honest reading (see values.py).
QUALIFIER_WORDS = (
    r"(?i:early|late|mid|middle|beginning|start|end|close"
    r"|first\s+half|second\s+half|latter\s+half|(?:early|later|latter|last|first)\s+part)"
)
APPROX_WORDS = r"(?i:circa|ca\.|c\.|about|around|approximately|roughly)"

_UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

#: Number words up to ninety-nine by value; "a"/"an" count as one ("a day after").
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_UNITS, start=1)}
NUMBER_WORDS.update({word: value * 10 for value, word in enumerate(_TENS, start=2)})
NUMBER_WORDS.update({"a": 1, "an": 1})

# Longest words first so "seventeen" is not read as "seven".
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_COUNT_BODY = rf"\d{{1,3}}|(?:{'|'.join(_TENS)})(?:[-\s](?:{_UNIT_WORDS}))?|(?:{_UNIT_WORDS})"

#: A count in digits or words ("14", "sixteen", "twenty-one").
COUNT = rf"(?i:{_COUNT_BODY})(?![\w-])"
#: A count, or "a"/"an" for one ("a day after").
NUMBER = rf"(?i:{_COUNT_BODY}|an?)(?![\w-])"

_NUMBER_SPLIT = re.compile(r"[-\s]+")


def month_number(name: str) -> int:
    """The month number of a name or abbreviation as matched by ``MONTH``."""
    return MONTHS[name.rstrip(".").lower()]


def number_value(words: str) -> int:
    """The value of a ``NUMBER`` match: digits, a number word or ``twenty-one``."""
    if words.isdigit():
        return int(words)
    return sum(NUMBER_WORDS[part] for part in _NUMBER_SPLIT.split(words.lower()) if part)
