"""End to end in headless Chromium (Debian's package, driven by Playwright): the issue 7 scenario.

A real uvicorn server runs in a background thread on a free loopback port. Each step saves a
screenshot under ``screenshots/`` (git-ignored) so the look can be reviewed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from prosograph.web import create_app
from prosograph.web.background import serve_in_thread

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).parents[2] / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

#: URLs the tests open on purpose although they answer with an error status.
EXPECTED_ERRORS = ("p-000000000000", "/path?a=Kedrov&")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not at /usr/bin/chromium (`make browser` installs it)",
    ),
]

if CHROMIUM.exists():
    from playwright.sync_api import (
        Browser,
        ConsoleMessage,
        Dialog,
        Page,
        expect,
        sync_playwright,
    )


@pytest.fixture(scope="module")
def base_url(corpus_db: Path) -> Iterator[str]:
    """The example corpus served over HTTP on 127.0.0.1."""
    with serve_in_thread(create_app(corpus_db)) as url:
        yield url


@pytest.fixture(scope="module")
def hostile_url(hostile_db: Path) -> Iterator[str]:
    """The hostile document served over HTTP on 127.0.0.1."""
    with serve_in_thread(create_app(hostile_db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the module."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab that fails the test on any JavaScript error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))

    def console(message: ConsoleMessage) -> None:
        # Pages we open on purpose for their 404 or 409 log it; anything else is a fault.
        url = message.location.get("url", "")
        if message.type == "error" and not any(part in url for part in EXPECTED_ERRORS):
            errors.append(f"{message.text} ({message.location.get('url')})")

    tab.on("console", console)
    yield tab
    context.close()
    assert not errors, errors


def _shot(page: Page, name: str, *, full: bool = False) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def test_browser_search_person_timeline_source(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    expect(page.locator("h1")).to_contain_text("Who was who")
    _shot(page, "01-home")

    page.get_by_role("searchbox", name="Search every sentence").fill("Ipatiev")
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/search\?q=Ipatiev"))
    expect(page.locator("mark.mark-match").first).to_have_text("Ipatiev")
    _shot(page, "02-search-ipatiev")

    page.get_by_role("link", name="People", exact=True).click()
    page.get_by_role("link", name="Alexander Beloborodov", exact=True).click()
    expect(page.locator("h1")).to_have_text("Alexander Beloborodov")
    nkvd = page.locator("svg[data-testid=timeline] a.tl-bar").filter(
        has_text=re.compile(r"People's Commissar for Internal Affairs —")
    )
    expect(nkvd).to_have_count(1)
    title = nkvd.locator("title").text_content() or ""
    assert "30 August 1923" in title and "3 December 1927" in title
    _shot(page, "03-person-beloborodov", full=True)

    nkvd.click()  # the bar links to its fact in the list below
    fact = page.locator(".fact:target")
    expect(fact).to_contain_text("People's Commissar for Internal Affairs")
    expect(fact).to_have_count(1)
    # The fact has several sources (infobox lines and a prose sentence); each marks the value.
    marks = fact.locator("mark.mark-value")
    expect(marks.first).to_have_text("People's Commissar for Internal Affairs")
    assert set(marks.all_text_contents()) == {"People's Commissar for Internal Affairs"}
    fact.locator("a.source-link").first.click()
    expect(page).to_have_url(re.compile(r"/document/000_ae8bd2c366e12413\.txt\?span=72-181#at-72"))
    expect(page.locator(".region-cite").first).to_be_visible()
    cited = " ".join(page.locator(".region-cite").all_text_contents())
    assert "People's Commissar for Internal Affairs" in cited
    _shot(page, "04-document-source")


def _node_point(page: Page, pattern: str) -> dict[str, float] | None:
    """Centre the first node whose label matches ``pattern``; where it is, in viewport pixels.

    The canvas is scrolled into view first: a point below the fold cannot be clicked. The
    answer also says which node the graph itself finds under that point.
    """
    page.locator("[data-testid=network]").scroll_into_view_if_needed()
    point: dict[str, float] | None = page.evaluate(
        """(pattern) => {
            const net = window.prosographNetwork;
            const node = net.body.data.nodes.get().find(n => new RegExp(pattern).test(n.label));
            if (!node) { return null; }
            net.focus(node.id, {scale: 1.2, animation: false});
            const pos = net.canvasToDOM(net.getPositions([node.id])[node.id]);
            const box = document.getElementById("network").getBoundingClientRect();
            return {x: box.left + pos.x, y: box.top + pos.y, hit: net.getNodeAt(pos) === node.id};
        }""",
        pattern,
    )
    return point


def _canvas_ready(page: Page) -> None:
    canvas = page.locator("[data-testid=network]")
    expect(canvas).to_have_attribute("data-ready", "true", timeout=20_000)
    canvas.scroll_into_view_if_needed()


def test_browser_network_click_through_to_safarov(page: Page, base_url: str) -> None:
    page.goto(base_url + "/person/Beloborodov")
    page.locator(".page-nav").get_by_role("link", name="Network").click()
    expect(page.locator("h1")).to_contain_text("Network around Alexander Beloborodov")
    _canvas_ready(page)
    point = _node_point(page, "Safarov")
    assert point is not None, "Safarov is missing from Beloborodov's neighbourhood"
    viewport = page.viewport_size
    assert viewport is not None
    assert 0 < point["x"] < viewport["width"] and 0 < point["y"] < viewport["height"], point
    assert point["hit"], "another node covers Safarov's centre"
    _shot(page, "05-network")
    page.mouse.click(point["x"], point["y"])
    expect(page.locator("h1")).to_have_text("Georgy Safarov")
    _shot(page, "06-person-safarov", full=True)


def test_browser_network_drag_and_zoom(page: Page, base_url: str) -> None:
    page.goto(base_url + "/network")
    canvas = page.locator("[data-testid=network]")
    expect(canvas).to_have_count(1)
    _canvas_ready(page)
    _shot(page, "05-network-all")
    before = page.evaluate("() => window.prosographNetwork.getScale()")
    box = canvas.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_function(
        "(before) => window.prosographNetwork.getScale() > before", arg=before, timeout=5_000
    )
    moved = page.evaluate("() => window.prosographNetwork.getViewPosition()")
    empty: dict[str, float] = page.evaluate(
        """() => {  // a spot of the canvas with no node under it, so dragging pans the view
            const net = window.prosographNetwork;
            for (let y = 30; y < 300; y += 23) { for (let x = 30; x < 300; x += 23) {
                if (net.getNodeAt({x, y}) === undefined) { return {x, y}; }
            } }
            return {x: 30, y: 30};
        }"""
    )
    page.mouse.move(box["x"] + empty["x"], box["y"] + empty["y"])
    page.mouse.down()
    page.mouse.move(box["x"] + empty["x"] + 200, box["y"] + empty["y"] + 100, steps=8)
    page.mouse.up()
    after = page.evaluate("() => window.prosographNetwork.getViewPosition()")
    assert (after["x"], after["y"]) != (moved["x"], moved["y"])


def test_browser_other_pages(page: Page, base_url: str) -> None:
    # two Kedrovs: the page asks which; the chain runs through people mentioned together
    page.goto(base_url + "/path?a=Kedrov&b=Beloborodov&loose=true")
    choices = page.locator("[data-testid=path-choices]")
    expect(choices).to_contain_text("matches 2 people")
    _shot(page, "07-path-kedrov-which", full=True)
    choices.get_by_role("link", name="Mikhail Kedrov", exact=True).click()
    expect(page.locator("h1")).to_contain_text("connected")
    expect(page.locator("ol.chain li.step").last).to_contain_text("Alexander Beloborodov")
    expect(page.get_by_label("From")).to_have_value("Mikhail Kedrov")
    _shot(page, "07-path-kedrov-beloborodov", full=True)
    page.goto(base_url + "/conflicts")
    expect(page.locator("h1")).to_contain_text("Conflicts")
    _shot(page, "08-conflicts", full=True)
    page.goto(base_url + "/search?q=&type=position&year_from=1917&year_to=1925")
    _shot(page, "09-search-filters")
    page.goto(base_url + "/person/p-000000000000")
    expect(page.locator("h1")).to_contain_text("Not found")
    _shot(page, "10-not-found")
    page.goto(base_url + "/")
    page.get_by_role("link", name="Born").click()
    expect(page).to_have_url(re.compile(r"sort=born"))
    page.get_by_role("searchbox", name="Filter the people list").fill("kedrov")
    visible = page.locator("#people tbody tr:visible")
    expect(visible.first).to_contain_text("Kedrov")
    assert all("kedrov" in t.lower() for t in visible.all_text_contents())


def test_browser_hostile_document_runs_no_script(page: Page, hostile_url: str) -> None:
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    people = page.request.get(hostile_url + "/api/people").json()
    pid = next(p["id"] for p in people if p["name"].startswith("Ivan"))
    for path in (
        "/document/" + quote("hostile/evil <b>doc</b>.txt", safe="/"),
        f"/person/{pid}",
        "/search?q=alert",
        "/network",
    ):
        page.goto(hostile_url + path)
        page.wait_for_timeout(200)
        assert page.locator("img").count() == 0
    page.goto(hostile_url + "/document/" + quote("hostile/evil <b>doc</b>.txt", safe="/"))
    expect(page.locator("[data-testid=document-text]")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator("[data-testid=document-text]")).to_contain_text(
        "<img src=x onerror=alert(1)>"
    )
    _shot(page, "11-hostile-document")
    assert dialogs == []
