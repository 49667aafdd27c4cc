"""The date grammar as compiled regular expressions.

One side pattern (``SIDE_TEXT``) describes a single date as written, complete (``26 October 1891``,
``March 1919``, ``the 1930s``, ``early in 1908``) or partial (``15``, ``16 July``,
``March``) so it can be one side of a composite: a range ``1938–1940``, a choice
``15 or 16 July``, ``from 1920 until 1922``, or an Old Style pair.

``MASTER`` joins the composites and the single date into one alternation. Python's regex
engine takes the first alternative that matches at the leftmost position, so composites are
listed before their parts: at any start the longest reading wins. Sides are matched without
groups inside ``MASTER`` and re-read with ``SIDE_PARTS`` (same pattern, named groups) only for
the few spans that matched, which keeps ``MASTER`` small and fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from prosograph.dates.lexicon import (
    APPROX_WORDS,
    CENTURY,
    DAY,
    DECADE,
    MONTH,
    QUALIFIER_WORDS,
    SEASON,
    YEAR,
    YEAR_OF_DATE,
)

Group = Callable[[str], str]


def _named(name: str) -> str:
    return f"(?P<{name}>"


def _plain(_name: str) -> str:
    return "(?:"


def _side(g: Group) -> str:
    """One date, optionally qualified. ``g(name)`` opens a named or a plain group."""
    qualifier = (
        rf"(?:(?:(?<!\w)[Tt]he\s+)?(?:(?i:very)\s+)?(?<!\w){g('q')}{QUALIFIER_WORDS})"
        r"(?:\s*-\s*|\s+(?:of\s+|in\s+)?)"
        rf"|(?<!\w){g('a')}{APPROX_WORDS})\s*(?:in\s+)?)"
    )
    the = r"(?:(?<!\w)[Tt]he\s+)?"
    core = "|".join(
        (
            rf"{g('iso')}(?<![\w.])\d{{4}}-\d\d-\d\d)(?![\d-])",
            rf"{g('d1')}{DAY})\s+(?:of\s+)?{g('m1')}{MONTH}),?\s+{g('y1')}{YEAR_OF_DATE})",
            rf"{g('m2')}{MONTH})\s+{g('d2')}{DAY}),?\s+{g('y2')}{YEAR_OF_DATE})",
            rf"{the}{g('s3')}{SEASON})(?:\s+of)?\s+{g('y3')}{YEAR})",
            rf"{g('m4')}{MONTH}),?\s+(?:of\s+)?{g('y4')}{YEAR})",
            rf"{the}{g('dec')}{DECADE})",
            rf"{the}{g('cent')}{CENTURY})\s+(?i:century)(?![\w-])",
            rf"{g('y5')}{YEAR}){g('unc')}\?)?",
            rf"{g('d6')}{DAY})\s+(?:of\s+)?{g('m6')}{MONTH})",
            rf"{g('m7')}{MONTH})\s+{g('d7')}{DAY})",
            rf"{g('m8')}{MONTH})",
            rf"{g('d9')}{DAY}),\s+{g('y9')}{YEAR})",
            rf"{g('d10')}{DAY})",
        )
    )
    return rf"(?:{qualifier})?(?:{core})"


SIDE_TEXT = _side(_plain)
#: One side re-read with named groups: ``SIDE_PARTS.fullmatch(side_text)``.
SIDE_PARTS = re.compile(_side(_named))

# Day-and-month pairs of the Old Style forms.
_DM = rf"(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY})"
#: Reads one day-and-month pair: ``12 February`` or ``February 12``.
DAY_MONTH = re.compile(
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})"
)
_MARK = (
    r"(?:<nowiki\s*/>\s*)?"
    r"(?P<{0}>O\.\s?S\.|N\.\s?S\.|(?i:old\s+style|new\s+style))[:,]?\s*"
)

_DASH = r"[–—−‒-]"

_ALTERNATIVES = (
    # 24 February [O.S. 12 February] 1878
    rf"(?P<osa>(?P<osa_g>{_DM})\s*[\[(]\s*{_MARK.format('osa_mark')}"
    rf"(?P<osa_j>{_DM})(?:,?\s+(?P<osa_jy>{YEAR}))?\s*[\])],?\s*(?P<osa_y>{YEAR_OF_DATE}))",
    # 13 January 1878 [O.S. 1 January]
    rf"(?P<osb>(?P<osb_g>{_DM}),?\s+(?P<osb_y>{YEAR_OF_DATE})\s*[\[(]\s*{_MARK.format('osb_mark')}"
    rf"(?P<osb_j>{_DM})(?:,?\s+(?P<osb_jy>{YEAR}))?\s*[\])])",
    # 20 November 1892 (O.S.): the date itself is in the marked calendar
    rf"(?P<osj>(?P<osj_d>{_DM}),?\s+(?P<osj_y>{YEAR_OF_DATE})\s*[\[(]\s*"
    rf"{_MARK.format('osj_mark')}[\])])",
    # 20 December 1877 (1 January 1878): accepted only if the two are one day
    rf"(?P<osr>(?P<osr_a>{_DM}),?\s+(?P<osr_ay>{YEAR_OF_DATE})\s*\(\s*"
    rf"(?P<osr_b>{_DM}),?\s+(?P<osr_by>{YEAR_OF_DATE})\s*\))",
    # 12 (24) February 1878
    rf"(?P<osp>(?P<osp_a>{DAY})\s*\(\s*(?P<osp_b>{DAY})\s*\)\s*(?P<osp_m>{MONTH})"
    rf"(?:,?\s+(?P<osp_y>{YEAR_OF_DATE}))?)",
    # 31 January (12 February) 1878
    rf"(?P<osq>(?P<osq_a>{_DM})\s*\(\s*(?P<osq_b>{_DM})\s*\)(?:,?\s+(?P<osq_y>{YEAR_OF_DATE}))?)",
    # 12 February] 1878: what flattening leaves of the first form
    rf"(?P<frag>(?P<frag_j>{_DM})\s*\],?\s*(?P<frag_y>{YEAR_OF_DATE}))",
    rf"(?P<btw>(?<!\w)[Bb]etween\s+(?P<btw_a>{SIDE_TEXT})\s+and\s+(?P<btw_b>{SIDE_TEXT}))",
    rf"(?P<from>(?<!\w)(?:[Ff]rom|[Ss]ince)\s+(?P<from_a>{SIDE_TEXT})"
    rf"(?:\s*,?\s*(?:to|until|till|through|{_DASH})\s*"
    rf"(?:(?P<from_b>{SIDE_TEXT})|(?P<from_open>(?:the\s+)?present\b)))?)",
    rf"(?P<until>(?<!\w)(?:[Uu]ntil|[Tt]ill|[Uu]p\s+to)\s+(?P<until_b>{SIDE_TEXT}))",
    # "In April, ..." with the year from context
    rf"(?P<bm>(?<!\w)(?:[Ii]n|[Bb]y|[Dd]uring)\s+"
    rf"(?P<bm_m>(?:(?i:early|late)\s+|mid-)?{MONTH})(?![\s,]*\d|\s+Day\b))",
    rf"(?P<main>(?P<main_a>{SIDE_TEXT})"
    rf"(?:(?P<sep>\s*{_DASH}\s*|/)"
    # a two-digit end ("1918–53"), but not the day of "28 May" or of "July 15–16, 1918"
    rf"(?:(?P<yy>\d\d)(?![\w–—-]|\s+(?:of\s+)?{MONTH}|,?\s+\d{{3,4}})"
    rf"|(?P<main_b>{SIDE_TEXT})|(?P<main_open>(?i:present|now)\b))"
    rf"|\s+or\s+(?P<main_c>{SIDE_TEXT}))?)",
)

#: Every date expression, composites first.
MASTER = re.compile("|".join(_ALTERNATIVES))

#: A single date only: the fallback when a composite turns out not to be one.
SINGLE = re.compile(rf"(?P<main>(?P<main_a>{SIDE_TEXT}))")

#: Every date expression holds a digit or a month name: the scanner looks only near these.
ANCHOR = re.compile(rf"\d+|{MONTH}")

#: The words an expression may begin with before its first digit or month name. Keep in
#: step with the alternatives above: a lead-in word missing here is never tried.
LEAD_WORD = re.compile(
    r"(?<!\w)(?i:the|very|early|late|mid|middle|beginning|start|end|close|first|second|latter"
    r"|later|last|circa|ca|c|about|around|approximately|roughly|spring|summer|autumn|fall"
    r"|winter|from|since|between|until|till|up|in|by|during)\b"
)

#: How far before its first digit or month name an expression may begin
#: ("between the very beginning of 1920" is the longest lead-in the grammar has).
LEAD = 40
