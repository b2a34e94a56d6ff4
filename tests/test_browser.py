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


def drain_logs(driver):
    for kind in ("browser", "performance"):
        driver.get_log(kind)


def dated_facts():
    from talentgraph.facts import Qualifiers

    text = "abcdefghij"
    people = [Entity(id=f"person:p{i}", type="Person", name=f"P{i}") for i in range(3)]
    org = Entity(id="org:acme", type="Company", name="Acme")
    school = Entity(id="univ:u", type="University", name="U")
    ev = (Evidence(source="d.txt", start=0, end=3, quote=text[:3]),)
    facts = []
    for i, p in enumerate(people):
        facts.append(Fact(subject=p, relation="EMPLOYED_BY", object=org, confidence=0.9, evidence=ev,
                          qualifiers=Qualifiers(start=str(2018 + 2 * i))))
        facts.append(Fact(subject=p, relation="EDUCATED_AT", object=school, confidence=0.9, evidence=ev))
    return facts  # EMPLOYED_BY in 2018, 2020, 2022; EDUCATED_AT undated


def drawn_edges(driver) -> int:
    return driver.execute_script("return window.talentgraph.network.body.edgeIndices.length")


def test_relation_and_year_filters_hide_edges(driver, tmp_path):
    page = write_view(dated_facts(), tmp_path / "f.html")
    drain_logs(driver)
    open_page(driver, page)
    assert drawn_edges(driver) == 6
    box = driver.find_element("css selector", "input[data-relation='EMPLOYED_BY']")
    box.click()
    assert drawn_edges(driver) == 3
    box.click()
    assert drawn_edges(driver) == 6
    driver.find_element("id", "year-from").send_keys("2020")
    assert drawn_edges(driver) == 3 + 2  # undated claims stay
    driver.find_element("id", "year-to").send_keys("2021")
    assert drawn_edges(driver) == 3 + 1
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []


def test_focus_keeps_one_person_and_their_ties(driver, tmp_path):
    from selenium.webdriver.support.ui import Select

    page = write_view(dated_facts(), tmp_path / "f.html")
    open_page(driver, page)
    Select(driver.find_element("id", "focus")).select_by_value("person:p1")
    visible = driver.execute_script(
        "return window.talentgraph.nodes.get({filter: n => !n.hidden}).map(n => n.id).sort()")
    assert visible == ["org:acme", "person:p1", "univ:u"] and drawn_edges(driver) == 2
    Select(driver.find_element("id", "focus")).select_by_value("")
    assert drawn_edges(driver) == 6


def test_plotly_page_is_offline_and_draws(driver, tmp_path, small_facts):
    from talentgraph.graph.analysis import flows
    from talentgraph.graph.store import open_store
    from talentgraph.view import plots

    store = open_store("networkx")
    store.load(small_facts)
    page = plots.save(plots.sankey(flows(store)), tmp_path / "sankey.html")
    drain_logs(driver)
    driver.get(page.resolve().as_uri())
    deadline = time.time() + 30
    while time.time() < deadline and not driver.execute_script(
            "return document.querySelectorAll('.sankey-node').length"):
        time.sleep(0.2)
    labels = driver.execute_script(
        "return [...document.querySelectorAll('.sankey-node .node-label')].map(n => n.textContent)")
    assert {"Tsinghua University", "Nvidia"} <= set(labels)
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    assert network_requests(driver) == []


@pytest.mark.corpus
def test_tsinghua_at_nvidia_view_shows_the_six(driver, tmp_path):
    from talentgraph.build import build
    from talentgraph.graph.store import open_store
    from talentgraph.view.html import facts_for_view
    from tests.conftest import corpus_dir

    out = tmp_path / "build"
    build([corpus_dir()], out)
    with open_store("networkx", out) as store:
        facts = facts_for_view(store, school="清华", employer="英伟达")
    page = write_view(facts, tmp_path / "thu-nv.html", title="Tsinghua University alumni at Nvidia")
    drain_logs(driver)
    open_page(driver, page)
    people = driver.execute_script(
        "return window.talentgraph.nodes.get({filter: n => n.type === 'Person'}).map(n => n.label).sort()")
    assert {"Banghua Zhu", "Jiantao Jiao", "Song Han", "Di Wu", "Huizi Mao", "Yangqing Jia"} <= set(people)
    drawn = driver.execute_script("return Object.keys(window.talentgraph.network.getPositions()).length")
    assert drawn == len({e.id for f in facts for e in (f.subject, f.object)})
    assert network_requests(driver) == []
    artifacts = REPO / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    driver.save_screenshot(str(artifacts / "tsinghua-nvidia.png"))
