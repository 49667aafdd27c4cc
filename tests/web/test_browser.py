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
        # A page we open on purpose to see its 404 logs the 404; anything else is a fault.
        if message.type == "error" and "p-000000000000" not in message.location.get("url", ""):
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
    expect(fact.locator("mark.mark-value")).to_have_text("People's Commissar for Internal Affairs")
    fact.locator("a.source-link").first.click()
    expect(page).to_have_url(re.compile(r"/document/000_ae8bd2c366e12413\.txt\?span=72-181#at-72"))
    expect(page.locator(".region-cite").first).to_be_visible()
    cited = " ".join(page.locator(".region-cite").all_text_contents())
    assert "People's Commissar for Internal Affairs" in cited
    _shot(page, "04-document-source")


def _node_point(page: Page, pattern: str) -> dict[str, float] | None:
    """Where the graph draws the first node whose label matches ``pattern``, in page pixels."""
    point: dict[str, float] | None = page.evaluate(
        """(pattern) => {
            const net = window.prosographNetwork;
            const node = net.body.data.nodes.get().find(n => new RegExp(pattern).test(n.label));
            if (!node) { return null; }
            net.focus(node.id, {scale: 1.2});
            const pos = net.canvasToDOM(net.getPositions([node.id])[node.id]);
            const box = document.getElementById("network").getBoundingClientRect();
            return {x: box.left + pos.x, y: box.top + pos.y};
        }""",
        pattern,
    )
    return point


def test_browser_network_click_through_to_safarov(page: Page, base_url: str) -> None:
    page.goto(base_url + "/person/Beloborodov")
    page.locator(".page-nav").get_by_role("link", name="Network").click()
    expect(page.locator("h1")).to_contain_text("Network around Alexander Beloborodov")
    point = None
    for attempt in ("stated relations", "people named in one sentence"):
        if attempt != "stated relations":
            page.get_by_label("also people named in one sentence").check()
            page.get_by_role("button", name="Show").click()
        canvas = page.locator("[data-testid=network]")
        if canvas.count() == 0:
            continue
        expect(canvas).to_have_attribute("data-ready", "true", timeout=20_000)
        point = _node_point(page, "Safarov")
        if point is not None:
            break
    if point is None:
        pytest.xfail("Safarov is not linked to Beloborodov's neighbourhood in the graph yet")
    page.wait_for_timeout(600)  # let the focus animation settle before measuring again
    point = _node_point(page, "Safarov")
    assert point is not None
    _shot(page, "05-network")
    page.mouse.click(point["x"], point["y"])
    expect(page.locator("h1")).to_contain_text("Safarov")
    _shot(page, "06-person-safarov", full=True)


def test_browser_network_drag_and_zoom(page: Page, base_url: str) -> None:
    page.goto(base_url + "/network")
    canvas = page.locator("[data-testid=network]")
    if canvas.count() == 0:
        pytest.xfail("the people graph has no edges yet")
    expect(canvas).to_have_attribute("data-ready", "true", timeout=20_000)
    _shot(page, "05-network-all")
    before = page.evaluate("() => window.prosographNetwork.getScale()")
    box = canvas.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.prosographNetwork.getScale()") != before


def test_browser_other_pages(page: Page, base_url: str) -> None:
    page.goto(base_url + "/path?a=Mikhail+Kedrov&b=Beloborodov")
    expect(page.locator("h1")).to_contain_text("connected")
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
