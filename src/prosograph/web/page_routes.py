"""The HTML pages: each route parses its parameters, asks the KnowledgeBase, renders a template.

Pages and /api/ routes call the same KnowledgeBase methods, so a page shows exactly what the
JSON API returns. Lookup failures raise the library's errors; ``error_pages`` turns them
into 404/409 pages.
"""

from __future__ import annotations

import json
from itertools import groupby
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from prosograph.api import KnowledgeBase
from prosograph.errors import AmbiguousError, NotFoundError
from prosograph.models import FACT_TYPES
from prosograph.web import display, params, relations
from prosograph.web.document_view import document_html
from prosograph.web.templating import page
from prosograph.web.timeline import layout

router = APIRouter(include_in_schema=False)

_SORTS = ("name", "born", "died", "facts")
_ORDERS = ("asc", "desc")


def _kb(request: Request) -> KnowledgeBase:
    kb: KnowledgeBase = request.app.state.pool.get()
    return kb


@router.get("/")
def home(request: Request, sort: str = "name", order: str = "asc") -> Response:
    """Counts, a search box and the people list, sortable by name, birth, death or facts."""
    if sort not in _SORTS:
        raise params.invalid("sort", sort, f"sort must be one of {', '.join(_SORTS)}")
    if order not in _ORDERS:
        raise params.invalid("order", order, "order must be asc or desc")
    kb = _kb(request)
    counts = kb.stats()
    people = _sorted_people(kb.people(), sort, descending=order == "desc")
    return page(
        request,
        "home.html",
        {
            "counts": counts,
            "conflict_count": len(kb.conflicts()),
            "people": people,
            "sort": sort,
            "order": order,
        },
    )


def _sorted_people(rows: list[dict[str, Any]], sort: str, *, descending: bool) -> list[Any]:
    """Rows in the chosen order; rows without the sorted date always come last."""
    if sort == "name":
        return sorted(rows, key=lambda r: (str(r["name"]).casefold(), r["id"]), reverse=descending)
    if sort == "facts":
        return sorted(rows, key=lambda r: (int(r["facts"]), r["name"]), reverse=descending)
    field = "birth" if sort == "born" else "death"
    dated = [r for r in rows if display.year(r[field])]
    undated = [r for r in rows if not display.year(r[field])]
    dated.sort(key=lambda r: (display.year(r[field]), r["name"]), reverse=descending)
    return dated + sorted(undated, key=lambda r: str(r["name"]).casefold())


@router.get("/person/{query}")
def person(request: Request, query: str) -> Response:
    """One person: names, life, timeline, facts by type with sources, relations, conflicts."""
    kb = _kb(request)
    person_id = kb.person_id(query)
    if person_id != query:
        return RedirectResponse(display.person_url(person_id), status_code=307)
    card = kb.person(person_id)
    facts: list[dict[str, Any]] = card["facts"]
    anchor = {_fact_key(fact): f"#fact-{n}" for n, fact in enumerate(facts)}
    dated = kb.timeline(person_id)
    drawing = layout(dated, [anchor.get(_fact_key(fact), "#facts") for fact in dated])
    groups = [
        (kind, list(items))
        for kind, items in groupby(enumerate(facts), key=lambda pair: pair[1]["type"])
    ]
    named = {
        fact["other_person"]["id"]: fact["other_person"]
        for fact in facts
        if fact["other_person"] and fact["other_person"]["id"] != person_id
    }
    related = kb.related(person_id)
    neighbours = {item["person"]["id"]: item["person"] for item in related} | named
    return page(
        request,
        "person.html",
        {
            "person": card,
            "born": next((f for f in facts if f["type"] == "birth"), None),
            "died": next((f for f in facts if f["type"] == "death"), None),
            "timeline": drawing,
            "groups": groups,
            "related": related,
            "named": sorted(named.values(), key=lambda p: str(p["name"])),
            "neighbours": sorted(neighbours.values(), key=lambda p: str(p["name"])),
            "conflicts": card.get("conflicts") or [],
        },
    )


def _fact_key(fact: dict[str, Any]) -> str:
    return json.dumps(fact, sort_keys=True, ensure_ascii=False)


@router.get("/document/{document_id:path}")
def document(request: Request, document_id: str, span: str | None = None) -> Response:
    """A document's text with people, dates and places marked, and the facts it yielded."""
    cited = params.span(span)
    content = _kb(request).document(document_id)
    return page(
        request,
        "document.html",
        {
            "document": content,
            "text_html": document_html(content, cited),
            "cited": cited,
        },
    )


@router.get("/documents")
def documents(request: Request) -> Response:
    """Every stored document with how much was found in it."""
    return page(request, "documents.html", {"documents": _kb(request).documents()})


@router.get("/search")
def search(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    person: str = "",
    type: str = "",
    year_from: str = "",
    year_to: str = "",
) -> Response:
    """Full-text search over sentences with person, fact type and year filters."""
    chosen_type = params.fact_type(type)
    first = params.year(year_from, "year_from")
    last = params.year(year_to, "year_to")
    params.year_range(first, last)
    kb = _kb(request)
    form = {"q": q, "person": person, "type": type, "year_from": year_from, "year_to": year_to}
    searched = bool(q.strip() or person.strip() or chosen_type or first or last)
    hits: list[dict[str, Any]] = []
    problem: str | None = None
    candidates: list[tuple[str, str]] = []
    status = 200
    if searched:
        try:
            hits = kb.search(
                q or None,
                person=person.strip() or None,
                type=chosen_type,
                year_from=first,
                year_to=last,
                limit=100,
            )
        except AmbiguousError as error:
            problem, candidates, status = str(error), error.candidates, 409
        except NotFoundError as error:
            problem, status = str(error), 404
    return page(
        request,
        "search.html",
        {
            "form": form,
            "searched": searched,
            "hits": hits,
            "problem": problem,
            "candidates": candidates,
            "fact_types": FACT_TYPES,
            "people": kb.people(),
        },
        status=status,
    )


@router.get("/network")
def network(
    request: Request,
    center: str = "",
    type: Annotated[list[str] | None, Query()] = None,
    year_from: str = "",
    year_to: str = "",
    limit: str = "",
    loose: bool = False,
) -> Response:
    """The interactive people graph, filtered by relation type and period, or one neighbourhood."""
    first = params.year(year_from, "year_from")
    last = params.year(year_to, "year_to")
    params.year_range(first, last)
    size = params.count(limit, "limit", default=300, maximum=5000)
    kb = _kb(request)
    center_ref = None
    typed = center.strip()
    if typed:
        center_id = kb.person_id(typed)
        center_ref = {"id": center_id, "name": kb.person(center_id)["name"]}
        if typed == center_id and kb.find(center_ref["name"]) == [(center_id, center_ref["name"])]:
            typed = center_ref["name"]  # show the name in the form, not the id
    chosen = [t for t in type or [] if t]
    families = [t for t in chosen if relations.is_family(t)]
    raw_types = [t for t in chosen if not relations.is_family(t)]
    data = kb.graph(
        center=center_ref["id"] if center_ref else None,
        types=raw_types or None,
        start_year=first,
        end_year=last,
        loose=loose,
        limit=size,
    )
    edges = relations.drawable(data["edges"], families)
    linked = {e["source"] for e in edges} | {e["target"] for e in edges}
    if center_ref:
        linked.add(center_ref["id"])
    nodes = [n for n in data["nodes"] if n["id"] in linked] if families else data["nodes"]
    every = relations.present(kb.graph(loose=loose, limit=5000)["edges"])
    chosen_families = [f for f in relations.FAMILIES if f.key in families]
    return page(
        request,
        "network.html",
        {
            "graph": {"nodes": nodes, "edges": edges},
            "center": center_ref,
            "form": {
                "center": typed,
                "year_from": year_from,
                "year_to": year_to,
                "loose": loose,
            },
            "chosen_types": chosen,
            "raw_types": raw_types,
            "families": [f for f in relations.FAMILIES if f in every or f in chosen_families],
            "legend": relations.legend(edges),
            "limit": size,
            "people": kb.people(),
        },
    )


@router.get("/path")
def path(request: Request, a: str = "", b: str = "", loose: bool = False) -> Response:
    """The chain of sourced relations that connects two people.

    A name that matches several people (or none) is answered on this page, with links that
    rerun the search for each candidate, so the other end and the options are kept.
    """
    kb = _kb(request)
    ends = None
    steps: list[dict[str, Any]] = []
    choices: list[dict[str, Any]] = []
    status = 200
    if a.strip() and b.strip():
        found: dict[str, str] = {}
        for field, typed in (("a", a.strip()), ("b", b.strip())):
            try:
                found[field] = kb.person_id(typed)
            except AmbiguousError as error:
                choices.append({"field": field, "typed": typed, "candidates": error.candidates})
                status = max(status, 409)
            except NotFoundError:
                choices.append({"field": field, "typed": typed, "candidates": []})
                status = 404
        if not choices:
            ends = (kb.person(found["a"]), kb.person(found["b"]))
            steps = [_readable_step(step) for step in kb.path(found["a"], found["b"], loose=loose)]
            # A candidate link carries an id; show the name when the name alone finds them.
            a, b = (
                end["name"] if typed == end["id"] and len(kb.find(end["name"])) == 1 else typed
                for typed, end in ((a.strip(), ends[0]), (b.strip(), ends[1]))
            )
    people = kb.people()
    return page(
        request,
        "path.html",
        {
            "form": {"a": a, "b": b, "loose": loose},
            "ends": ends,
            "steps": steps,
            "choices": choices,
            "lives": {str(row["id"]): row for row in people},
            "people": people,
        },
        status=status,
    )


def _readable_step(step: dict[str, Any]) -> dict[str, Any]:
    """A step whose relation reads from left to right: ``A X (inverse) B`` becomes ``B X A``."""
    label, flipped = relations.plain(str(step.get("relation", "")))
    if not flipped:
        return {**step, "relation": label}
    return {**step, "relation": label, "from": step.get("to"), "to": step.get("from")}


@router.get("/conflicts")
def conflicts(request: Request, person: str = "") -> Response:
    """Every disagreement between sources, the claims side by side."""
    kb = _kb(request)
    who = None
    if person.strip():
        person_id = kb.person_id(person.strip())
        who = {"id": person_id, "name": kb.person(person_id)["name"]}
    found = kb.conflicts(who["id"] if who else None)
    return page(request, "conflicts.html", {"conflicts": found, "who": who})
