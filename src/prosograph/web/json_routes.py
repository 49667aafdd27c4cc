"""The JSON API under /api/: each route calls one KnowledgeBase method and returns its result.

The answers are exactly what the library (and so the CLI's ``--json``) returns; the models in
``schemas`` only document them in the OpenAPI document. Routes are plain functions so that
FastAPI runs them on its thread pool, each thread with its own read-only KnowledgeBase.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from prosograph.api import KnowledgeBase
from prosograph.web import params, schemas

router = APIRouter(prefix="/api", tags=["api"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": schemas.Problem, "description": "No person or document has this id or name."},
    409: {
        "model": schemas.Problem,
        "description": "Several persons match the name; `candidates` lists them.",
    },
    422: {"model": schemas.Problem, "description": "A parameter is malformed."},
}

PersonQuery = Annotated[
    str, Path(description="A person id (`p-…`) or any form of a name, in any case.")
]
YearParam = Annotated[
    int | None, Query(ge=params.YEAR_MIN, le=params.YEAR_MAX, description="A year (inclusive).")
]


def _kb(request: Request) -> KnowledgeBase:
    kb: KnowledgeBase = request.app.state.pool.get()
    return kb


def _doc(model: Any, description: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"model": model, "description": description}, **_ERRORS}


@router.get(
    "/people",
    response_model=None,
    responses=_doc(list[schemas.PersonRow], "Every person with life dates."),
)
def people(request: Request) -> list[dict[str, Any]]:
    """Every person: id, name, birth and death (EDTF) and the number of fact sources."""
    return _kb(request).people()


@router.get("/stats", response_model=None)
def stats(request: Request) -> dict[str, Any]:
    """Counts of documents, sentences, persons and facts (also per fact type)."""
    return _kb(request).stats()


@router.get(
    "/person/{query}",
    response_model=None,
    responses=_doc(schemas.Person, "The person object of the contract."),
)
def person(request: Request, query: PersonQuery) -> dict[str, Any]:
    """One person: names, every fact with its sources, conflicts (`prosograph person --json`)."""
    return _kb(request).person(query)


@router.get(
    "/person/{query}/timeline",
    response_model=None,
    responses=_doc(list[schemas.Fact], "The person's dated facts in time order."),
)
def timeline(request: Request, query: PersonQuery) -> list[dict[str, Any]]:
    """The person's dated facts in time order (`prosograph timeline --json`)."""
    return _kb(request).timeline(query)


@router.get(
    "/person/{query}/related",
    response_model=None,
    responses=_doc(list[schemas.Related], "Neighbours in the people graph."),
)
def related(
    request: Request,
    query: PersonQuery,
    type: Annotated[
        str | None, Query(description="Only relations whose name contains this.")
    ] = None,
    loose: Annotated[bool, Query(description="Also people named in the same sentence.")] = False,
) -> list[dict[str, Any]]:
    """The person's neighbours, with the relation, its kind, date and sources."""
    return _kb(request).related(query, type=type or None, loose=loose)


@router.get(
    "/path",
    response_model=None,
    responses=_doc(list[schemas.PathStep], "The chain, one sourced relation per step."),
)
def path(
    request: Request,
    a: Annotated[str, Query(min_length=1, description="The first person (id or name).")],
    b: Annotated[str, Query(min_length=1, description="The second person (id or name).")],
    loose: Annotated[bool, Query(description="Also follow co-occurrence links.")] = False,
) -> list[dict[str, Any]]:
    """The shortest chain of sourced relations between two people (empty if none)."""
    return _kb(request).path(a, b, loose=loose)


@router.get(
    "/graph",
    response_model=None,
    responses=_doc(schemas.Graph, "Nodes and typed, sourced edges."),
)
def graph(
    request: Request,
    center: Annotated[
        str | None, Query(description="Only this person's neighbourhood (id or name).")
    ] = None,
    type: Annotated[
        list[str] | None, Query(description="Only relations whose name contains one of these.")
    ] = None,
    year_from: YearParam = None,
    year_to: YearParam = None,
    loose: Annotated[bool, Query(description="Also link people named in one sentence.")] = False,
    limit: Annotated[int, Query(ge=1, le=5000, description="At most this many nodes.")] = 300,
) -> dict[str, list[dict[str, Any]]]:
    """The people graph, or the neighbourhood of ``center``, filtered by type and period."""
    params.year_range(year_from, year_to)
    kb = _kb(request)
    center_id = kb.person_id(center) if center else None
    return kb.graph(
        center=center_id,
        types=[t for t in type or [] if t] or None,
        start_year=year_from,
        end_year=year_to,
        loose=loose,
        limit=limit,
    )


@router.get(
    "/search",
    response_model=None,
    responses=_doc(list[schemas.SearchHit], "Matching sentences, best first."),
)
def search(
    request: Request,
    q: Annotated[str, Query(max_length=500, description='Words to find; "…" for a phrase.')] = "",
    person: Annotated[
        str | None, Query(description="Sentences naming or stating a fact about this person.")
    ] = None,
    type: Annotated[str | None, Query(description="Sentences stating a fact of this type.")] = None,
    year_from: YearParam = None,
    year_to: YearParam = None,
    limit: Annotated[int, Query(ge=1, le=500, description="At most this many hits.")] = 50,
) -> list[dict[str, Any]]:
    """Full-text search over sentences, with the matched words as offsets into each sentence."""
    params.year_range(year_from, year_to)
    return _kb(request).search(
        q or None,
        person=person or None,
        type=params.fact_type(type),
        year_from=year_from,
        year_to=year_to,
        limit=limit,
    )


@router.get(
    "/conflicts",
    response_model=None,
    responses=_doc(list[schemas.Conflict], "Disagreements between sources."),
)
def conflicts(
    request: Request,
    person: Annotated[str | None, Query(description="Only this person's conflicts.")] = None,
) -> list[dict[str, Any]]:
    """Every disagreement between sources, each claim with its source."""
    return _kb(request).conflicts(person or None)


@router.get(
    "/documents",
    response_model=None,
    responses=_doc(list[schemas.DocumentRow], "Every stored document."),
)
def documents(request: Request) -> list[dict[str, Any]]:
    """Every stored document with counts of what was found in it."""
    return _kb(request).documents()


@router.get(
    "/document/{document_id:path}",
    response_model=None,
    responses=_doc(schemas.Document, "The document with what was found in it."),
)
def document(
    request: Request,
    document_id: Annotated[str, Path(description="The document id, e.g. `dev/ivar-smilga.txt`.")],
) -> dict[str, Any]:
    """One stored document: text, sentences, mentions (with persons) and the facts it yielded."""
    return _kb(request).document(document_id)
