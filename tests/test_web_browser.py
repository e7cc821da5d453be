"""The web UI in headless Chromium (Playwright): a timeline source link lands on its span.

Needs the system Chromium at /usr/bin/chromium and the ``playwright`` package (no
``playwright install``: the browser is the distribution's); skips without them.
Screenshots go to the pytest temp folder (path printed) for a look at the design.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .test_web import build_db, open_chronik, running_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser_site(tmp_path_factory):
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip("no Chromium at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    from chronik.web.app import create_app

    folder = tmp_path_factory.mktemp("browser")
    ids = build_db(folder / "web.db")
    ck = open_chronik(folder / "web.db")
    with running_server(create_app(folder / "web.db", ck)) as url, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 700}, locale="de-DE")
        yield page, url, ids, folder
        browser.close()
    ck.close()


def test_timeline_link_scrolls_to_and_highlights_span(browser_site):
    page, url, ids, folder = browser_site
    page.goto(f"{url}/stories/{ids['bridge']}")
    page.screenshot(path=str(folder / "story.png"), full_page=True)
    start, end = ids["target"]
    page.click(f'a.source-link[href$="#c{start}-{end}"]')
    page.wait_for_url(f"**/documents/talheim-1#c{start}-{end}")
    target = page.locator(f"#c{start}-{end}")
    in_view = "el => { const b = el.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; }"
    page.wait_for_function(f"() => ({in_view})(document.getElementById('c{start}-{end}'))", timeout=5000)
    state = target.evaluate("""el => {
        const box = el.getBoundingClientRect();
        return {matches: el.matches(':target'), top: box.top, bottom: box.bottom, height: innerHeight,
                background: getComputedStyle(el).backgroundColor,
                plain: getComputedStyle(document.querySelector('.sent:not(:target)')).backgroundColor};
    }""")
    assert state["matches"]
    assert 0 <= state["top"] and state["bottom"] <= state["height"]  # scrolled into view
    assert state["background"] != state["plain"]  # and highlighted
    page.screenshot(path=str(folder / "document.png"))
    print(f"screenshots: {folder}")


def test_quote_across_sentences_lights_up_every_fragment(browser_site):
    page, url, ids, _ = browser_site
    quote = ids["quote"]
    key = f"c{quote.start}-{quote.end}"
    page.goto(f"{url}/documents/talheim-1#{key}")
    fragments = page.locator(f'[data-span="{key}"]')
    assert fragments.count() == 2
    page.wait_for_function(f"() => document.querySelectorAll('[data-span=\"{key}\"].hit-frag').length === 2")


def test_entity_link_and_timex_tooltip(browser_site):
    page, url, ids, _ = browser_site
    page.goto(f"{url}/documents/talheim-1")
    assert page.get_attribute(".text span.timex >> nth=1", "title") == "DATE: 2024-05"
    page.click(".text a.ent-PER")
    page.wait_for_url(f"**/entities/{ids['entities']['Petra Lang']}")
    assert page.inner_text("h1").startswith("Petra Lang")
