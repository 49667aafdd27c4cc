"""The HTML pages render what the library knows, and fail with readable 404/409/422 pages."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from prosograph.api import KnowledgeBase

PAGES = [
    "/",
    "/?sort=born&order=desc",
    "/?sort=facts",
    "/search",
    "/search?q=Ipatiev",
    "/search?q=&type=position&year_from=1920&year_to=1930",
    "/network",
    "/network?loose=true",
    "/network?center=Beloborodov",
    "/conflicts",
    "/path",
    "/path?a=Mikhail+Kedrov&b=Beloborodov",
    "/documents",
    "/document/000_ae8bd2c366e12413.txt",
    "/document/000_ae8bd2c366e12413.txt?span=72-181",
    "/api",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_routes_render(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert "<main>" in response.text


def test_page_routes_home_lists_people_with_years(
    client: TestClient, corpus_kb: KnowledgeBase
) -> None:
    html = client.get("/").text
    assert "Alexander Beloborodov" in html
    row = re.search(
        r"Alexander Beloborodov</a></td>\s*<td[^>]*>(\d{4})</td>\s*<td[^>]*>(\d{4})", html
    )
    assert row is not None and row.groups() == ("1891", "1938")
    assert f"<strong>{corpus_kb.stats()['documents']}</strong> documents" in html


def test_page_routes_home_sorts_by_birth(client: TestClient) -> None:
    html = client.get("/?sort=born&order=asc").text
    years = [int(y) for y in re.findall(r'<td class="born" title="[^"]+">(\d{4})', html)]
    assert years == sorted(years)


def test_page_routes_person_by_name_redirects_to_id(
    client: TestClient, corpus_kb: KnowledgeBase
) -> None:
    response = client.get("/person/beloborodov", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == f"/person/{corpus_kb.person_id('Beloborodov')}"


def test_page_routes_person_shows_timeline_facts_and_sources(
    client: TestClient, corpus_kb: KnowledgeBase
) -> None:
    html = client.get(f"/person/{corpus_kb.person_id('Beloborodov')}").text
    assert 'data-testid="timeline"' in html
    assert "People&#39;s Commissar for Internal Affairs" in html
    # The NKVD term is a bar, and it links to its fact, which cites the infobox lines.
    assert re.search(r'<a href="#fact-\d+" class="tl-item tl-bar t-position', html)
    assert '<mark class="mark-value">People&#39;s Commissar for Internal Affairs</mark>' in html
    assert "/document/000_ae8bd2c366e12413.txt?span=72-181#at-72" in html


def test_page_routes_document_marks_the_cited_span(client: TestClient) -> None:
    html = client.get("/document/000_ae8bd2c366e12413.txt?span=72-181").text
    assert 'id="at-72"' in html
    assert 'class="region-cite' in html or "region-cite" in html
    assert 'id="s-0"' in html


def test_page_routes_search_highlights_matches(client: TestClient) -> None:
    html = client.get("/search?q=Ipatiev").text
    assert '<mark class="mark-match">Ipatiev</mark>' in html


@pytest.mark.parametrize(
    "path",
    [
        "/person/p-000000000000",
        "/document/nothing.txt",
        "/no/such/page",
        "/network?center=Nobody%20Atall",
    ],
)
def test_page_routes_unknown_ids_are_404_pages(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Not found" in response.text and "Traceback" not in response.text


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/search?q=x&year_from=abc", "year_from must be a year"),
        ("/search?q=x&year_from=1930&year_to=1920", "year_to (1920) is before year_from (1930)"),
        ("/search?type=bogus", "unknown fact type"),
        ("/network?year_from=-5", "year_from must be a year"),
        ("/network?limit=0", "limit must be a whole number from 1 to 5000"),
        ("/document/000_ae8bd2c366e12413.txt?span=9-1", "span must be START-END"),
        ("/?sort=height", "sort must be one of"),
    ],
)
def test_page_routes_malformed_parameters_are_422_pages(
    client: TestClient, path: str, words: str
) -> None:
    response = client.get(path)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert words in response.text.replace("&#39;", "'")
    assert "Traceback" not in response.text


def test_page_routes_search_unknown_person_is_explained_inline(client: TestClient) -> None:
    response = client.get("/search?q=Ipatiev&person=Nobody%20Atall")
    assert response.status_code == 404
    assert "no person matches" in response.text
    assert 'name="q" value="Ipatiev"' in response.text


def test_page_routes_empty_search_form_shows_help(client: TestClient) -> None:
    html = client.get("/search").text
    assert "Words match their beginnings" in html


def test_page_routes_vendor_graph_library_is_served_from_the_package(client: TestClient) -> None:
    response = client.get("/vendor/vis-network.min.js")
    assert response.status_code == 200
    assert "vis-network" in response.text[:500]
    assert client.get("/vendor/vis-network.css").status_code == 200
    assert client.get("/vendor/../../etc/passwd").status_code == 404
    assert client.get("/vendor/other.js").status_code == 404


def test_page_routes_use_no_external_assets(client: TestClient, corpus_kb: KnowledgeBase) -> None:
    for path in ("/", "/network", f"/person/{corpus_kb.person_id('Beloborodov')}", "/search"):
        html = client.get(path).text
        sources = re.findall(r'(?:src|href)="(https?:)?//', html)
        assert not [s for s in sources if s], path
        for asset in re.findall(r'(?:<script[^>]+src|<link[^>]+href)="([^"]+)"', html):
            assert asset.startswith("/"), asset


def test_page_routes_send_a_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/api/people", "/no/such/page"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'self'" in policy


def test_page_routes_path_asks_which_person_an_ambiguous_name_means(
    client: TestClient, corpus_kb: KnowledgeBase
) -> None:
    response = client.get("/path?a=Kedrov&b=Beloborodov")
    assert response.status_code == 409
    mikhail = corpus_kb.person_id("Mikhail Kedrov")
    assert "matches 2 people" in response.text
    assert f"/path?a={mikhail}&amp;b=Beloborodov" in response.text
    assert "Igor Kedrov" in response.text
    chain = client.get(f"/path?a={mikhail}&b=Beloborodov&loose=true")
    assert chain.status_code == 200
    assert 'value="Mikhail Kedrov"' in chain.text and 'class="step"' in chain.text


def test_page_routes_path_unknown_name_is_answered_on_the_page(client: TestClient) -> None:
    response = client.get("/path?a=Nobody+Atall&b=Beloborodov")
    assert response.status_code == 404
    assert "No person matches" in response.text


def test_page_routes_network_filters_by_relation_family(client: TestClient) -> None:
    html = client.get("/network?type=family").text
    assert 'value="family" checked' in html
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert data is not None
    graph = json.loads(data.group(1))
    assert graph["edges"] and {e["family"] for e in graph["edges"]} == {"family"}
    assert not [e for e in graph["edges"] if "(inverse)" in e["label"]]
    linked = {e["source"] for e in graph["edges"]} | {e["target"] for e in graph["edges"]}
    assert {n["id"] for n in graph["nodes"]} == linked
