"""How pages show things: links, years, dates and the highlighted words of a source.

Template helpers only. They decide nothing about the knowledge base: every fact, name and
span they show comes from ``KnowledgeBase`` as is.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup

from prosograph.web.highlight import Mark, find_terms, render

_YEAR = re.compile(r"-?\d{3}[\dX]")


def person_url(person_id: str) -> str:
    """The person page of an id."""
    return "/person/" + quote(person_id, safe="")


def document_url(document_id: str, span: list[int] | tuple[int, int] | None = None) -> str:
    """The document page, scrolled to and highlighting ``span`` when given."""
    url = "/document/" + quote(document_id, safe="/")
    if span is None:
        return url
    start, end = int(span[0]), int(span[1])
    return f"{url}?{urlencode({'span': f'{start}-{end}'})}#at-{start}"


def external_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None (never a ``javascript:`` link)."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def query_url(path: str, **params: Any) -> str:
    """``path`` with the non-empty parameters as a query string."""
    kept = {k: v for k, v in params.items() if v not in (None, "", [])}
    return path + ("?" + urlencode(kept, doseq=True) if kept else "")


def year(edtf: str | None) -> str:
    """The year of an EDTF date, keeping a ``~``/``?`` mark; ``""`` when there is none."""
    if not edtf:
        return ""
    match = _YEAR.search(edtf)
    if match is None:
        return ""
    mark = "?" if "?" in edtf or "[" in edtf else ("~" if "~" in edtf else "")
    return match.group(0) + mark


def when(fact: dict[str, Any]) -> str:
    """A fact's date as the text wrote it, else its EDTF form, else ``""``."""
    return str(fact.get("date_text") or fact.get("date") or "")


def fact_terms(fact: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """The words that state a fact, as (text, kind, link): value, dates, place, other person."""
    terms: list[tuple[str, str, str | None]] = []
    other = fact.get("other_person")
    if other:
        terms.append((str(other["name"]), "person", person_url(str(other["id"]))))
        surname = str(other["name"]).split()[-1]
        if len(surname) > 3:
            terms.append((surname, "person", person_url(str(other["id"]))))
    for text in str(fact.get("date_text") or "").split(" / "):
        terms.append((text, "date", None))
    place = fact.get("place")
    if place:
        terms.append((str(place), "place", None))
        terms.extend((part, "place", None) for part in str(place).split(", "))
    if fact["value"] != fact["type"] or fact["type"] in ("execution", "arrest", "burial"):
        terms.append((str(fact["value"]), "value", None))
    return terms


def source_html(fact: dict[str, Any], text: str) -> Markup:
    """A source's text with the words that state the fact highlighted (and escaped)."""
    return render(text, find_terms(text, fact_terms(fact)))


def matches_html(text: str, matches: list[list[int]]) -> Markup:
    """A search hit's sentence with the matched words highlighted (and escaped)."""
    return render(text, [Mark(start, end, "match") for start, end in matches])


def label(kind: str) -> str:
    """A fact type as a heading: ``position`` -> ``Positions``."""
    plural = {
        "birth": "Birth",
        "death": "Death",
        "execution": "Execution",
        "burial": "Burial",
        "education": "Education",
        "residence": "Residence",
        "imprisonment": "Imprisonment",
        "exile": "Exile",
        "rehabilitation": "Rehabilitation",
        "other": "Other statements",
        "alias": "Names",
        "attribute": "Other details",
        "relation": "Relations",
        "candidacy": "Candidacies",
    }
    return plural.get(kind, kind.capitalize() + "s")
