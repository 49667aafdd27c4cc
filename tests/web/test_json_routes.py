"""The JSON API answers exactly what the library answers, and fails with 404/409/422 as JSON."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from prosograph.api import KnowledgeBase


def _id(kb: KnowledgeBase, name: str) -> str:
    return kb.person_id(name)


def test_json_routes_person_is_the_library_person(
    client: TestClient, corpus_kb: KnowledgeBase
) -> None:
    pid = _id(corpus_kb, "Beloborodov")
    for query in (pid, "Beloborodov", "alexander beloborodov"):
        response = client.get(f"/api/person/{query}")
        assert response.status_code == 200
        assert response.json() == corpus_kb.person(pid)


@pytest.mark.parametrize(
    ("path", "call"),
    [
        ("/api/people", lambda kb: kb.people()),
        ("/api/documents", lambda kb: kb.documents()),
        ("/api/stats", lambda kb: kb.stats()),
        ("/api/conflicts", lambda kb: kb.conflicts()),
        ("/api/graph", lambda kb: kb.graph()),
        ("/api/person/Beloborodov/timeline", lambda kb: kb.timeline("Beloborodov")),
        ("/api/person/Beloborodov/related", lambda kb: kb.related("Beloborodov")),
        (
            "/api/path?a=Mikhail+Kedrov&b=Beloborodov",
            lambda kb: kb.path("Mikhail Kedrov", "Beloborodov"),
        ),
        ("/api/search?q=Ipatiev", lambda kb: kb.search("Ipatiev")),
        (
            "/api/document/000_ae8bd2c366e12413.txt",
            lambda kb: kb.document("000_ae8bd2c366e12413.txt"),
        ),
    ],
)
def test_json_routes_mirror_the_library(
    client: TestClient, corpus_kb: KnowledgeBase, path: str, call: Any
) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.json() == call(corpus_kb)


def test_json_routes_timeline_has_the_nkvd_term(client: TestClient) -> None:
    facts = client.get("/api/person/Beloborodov/timeline").json()
    nkvd = [f for f in facts if f["value"] == "People's Commissar for Internal Affairs"]
    assert nkvd and nkvd[0]["start"] == "1923-08-30" and nkvd[0]["end"] == "1927-12-03"


def test_json_routes_search_matches_are_offsets_into_the_sentence(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "ipatiev"}).json()
    assert hits
    for hit in hits:
        assert hit["matches"]
        for start, end in hit["matches"]:
            assert hit["text"][start:end].casefold().startswith("ipatiev")


def test_json_routes_document_text_and_spans_agree(client: TestClient) -> None:
    document = client.get("/api/document/000_ae8bd2c366e12413.txt").json()
    text = document["text"]
    for fact in document["facts"]:
        start, end = fact["span"]
        assert text[start:end] == fact["text"]
    assert document["sentences"]


def test_json_routes_document_ids_with_slashes(client: TestClient) -> None:
    listed = [d["id"] for d in client.get("/api/documents").json()]
    nested = next(d for d in listed if "/" in d)
    assert client.get(f"/api/document/{nested}").json()["id"] == nested


def test_json_routes_are_described_by_openapi(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in (
        "/api/person/{query}",
        "/api/person/{query}/timeline",
        "/api/person/{query}/related",
        "/api/path",
        "/api/search",
        "/api/conflicts",
        "/api/documents",
        "/api/document/{document_id}",
        "/api/people",
        "/api/graph",
    ):
        assert path in spec["paths"], path
    person = spec["paths"]["/api/person/{query}"]["get"]["responses"]
    assert {"200", "404", "409", "422"} <= set(person)
    assert not any(p.startswith("/person") or p == "/" for p in spec["paths"])


@pytest.mark.parametrize(
    "path",
    [
        "/api/person/p-000000000000",
        "/api/person/Nobody%20Atall",
        "/api/person/p-000000000000/timeline",
        "/api/document/no-such-document.txt",
        "/api/search?q=x&person=Nobody%20Atall",
        "/api/no-such-route",
    ],
)
def test_json_routes_unknown_ids_are_404_json(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.json()["detail"], str)


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/search?q=x&year_from=abc", "year_from"),
        ("/api/search?q=x&year_from=1930&year_to=1920", "year_to"),
        ("/api/search?q=x&type=bogus", "type"),
        ("/api/search?q=x&limit=0", "limit"),
        ("/api/graph?year_to=99999", "year_to"),
        ("/api/path?a=Kedrov", "b"),
        ("/api/path?a=Mikhail+Kedrov&b=Beloborodov&loose=perhaps", "loose"),
    ],
)
def test_json_routes_malformed_parameters_are_422_with_a_message(
    client: TestClient, path: str, field: str
) -> None:
    response = client.get(path)
    assert response.status_code == 422
    problems = response.json()["detail"]
    assert any(p["loc"][-1] == field and p["msg"] for p in problems), problems
    assert "Traceback" not in response.text


def test_json_routes_ambiguous_name_is_409_with_candidates(
    client: TestClient, corpus_kb: KnowledgeBase
) -> None:
    names = [row["name"] for row in corpus_kb.people()]
    surnames = [n.split()[-1] for n in names]
    shared = next((s for s in surnames if surnames.count(s) > 1), None)
    if shared is None:
        pytest.skip("no two people of the example corpus share a surname")
    response = client.get(f"/api/person/{shared}")
    if response.status_code == 200:
        pytest.skip(f"{shared!r} resolves to one person")
    assert response.status_code == 409
    assert len(response.json()["candidates"]) > 1


def test_json_routes_unicode_is_not_escaped(client: TestClient) -> None:
    response = client.get("/api/person/Beloborodov")
    assert "Белоборо" in response.text or "\\u" not in response.text
