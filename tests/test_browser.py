"""The HTML view in a real headless Chromium: draws every node, no errors, no network, no XSS."""

import shutil
import time
from pathlib import Path

import pytest

from talentgraph.facts import Entity, Evidence, Fact
from talentgraph.view.html import write_view
from tests.conftest import REPO

pytestmark = pytest.mark.browser
EVIL = "<img src=x onerror=window.__xss=1>"


@pytest.fixture(scope="module")
def driver():
    webdriver = pytest.importorskip("selenium.webdriver")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not (chromium and chromedriver):
        pytest.fail("Chromium and ChromeDriver are needed: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    from selenium.webdriver.chrome.service import Service

    drv = webdriver.Chrome(service=Service(chromedriver), options=options)
    yield drv
    drv.quit()


def open_page(driver, path: Path):
    driver.get(path.resolve().as_uri())
    deadline = time.time() + 30
    while time.time() < deadline:
        if driver.execute_script("return window.talentgraph && window.talentgraph.ready"):
            return
        time.sleep(0.2)
    pytest.fail("the graph never finished its layout")


def network_requests(driver):
    import json

    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return [u for u in urls if not u.startswith(("file://", "data:"))]


def test_view_draws_every_node_without_errors_or_network(driver, small_facts, tmp_path):
    evil = Entity(id="person:evil", type="Person", name=EVIL)
    quote = "x"
    facts = small_facts + [Fact(subject=evil, relation="EDUCATED_AT", object=small_facts[0].object,
                                confidence=0.4, evidence=(Evidence(source="e.txt", start=0, end=1,
                                                                   quote=quote),))]
    page = write_view(facts, tmp_path / "g.html")
    open_page(driver, page)
    drawn = driver.execute_script(
        "const t = window.talentgraph; return Object.keys(t.network.getPositions()).length;")
    assert drawn == len({e.id for f in facts for e in (f.subject, f.object)})
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    assert network_requests(driver) == []
    assert driver.execute_script("return document.querySelectorAll('img').length") == 0
    assert driver.execute_script("return window.__xss === undefined")


def test_tooltip_shows_evidence(driver, small_facts, tmp_path):
    page = write_view(small_facts, tmp_path / "g.html")
    open_page(driver, page)
    fact = small_facts[0]
    driver.execute_script(
        "const t = window.talentgraph; t.network.selectEdges([arguments[0]]);"
        "t.network.body.emitter.emit('click', {nodes: [], edges: [arguments[0]]});", fact.id)
    details = driver.find_element("id", "details").text
    assert fact.evidence[0].quote in details and "small.txt[" in details
    artifacts = REPO / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    driver.save_screenshot(str(artifacts / "view-small.png"))
