"""The HTML view: self-contained, escaped, with evidence in tooltips."""

import json
import re

from talentgraph.facts import Entity, Evidence, Fact
from talentgraph.view.html import graph_data, write_view

EVIL = "<img src=x onerror=alert(1)>"


def test_page_is_self_contained(tmp_path, small_facts):
    page = write_view(small_facts, tmp_path / "g.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)
    assert "default-src 'none'" in page


def test_article_text_cannot_break_out(tmp_path, small_facts):
    evil = Entity(id="person:evil", type="Person", name=EVIL)
    quote = "</script><script>alert(2)</script>"
    fact = Fact(subject=evil, relation="EMPLOYED_BY", object=small_facts[0].object.model_copy(
        update={"type": "University"}), confidence=0.5,
        evidence=(Evidence(source="x.txt", start=0, end=len(quote), quote=quote),))
    page = write_view([fact], tmp_path / "g.html").read_text(encoding="utf-8")
    assert EVIL not in page and "<script>alert(2)" not in page
    payload = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page, re.S)
    data = json.loads(payload.group(1))
    assert data["nodes"][0]["label"] == EVIL  # kept as text, shown with textContent


def test_edges_carry_evidence_and_conflicts(small_facts):
    data = graph_data(small_facts)
    assert len(data["nodes"]) == 6 and len(data["edges"]) == len(small_facts)
    conflicted = [e for e in data["edges"] if e["conflict"]]
    assert len(conflicted) == 2
    assert all("small.txt[" in e["tooltip"] for e in data["edges"])


def test_large_graphs_are_capped_with_a_message(small_facts):
    data = graph_data(small_facts, max_nodes=3)
    assert len(data["nodes"]) <= 3 and "best-connected" in data["notice"]


def test_focus_keeps_the_neighbourhood(small_facts):
    data = graph_data(small_facts, focus=["person:ada-wu"], radius=1)
    assert {n["id"] for n in data["nodes"]} == {"person:ada-wu", "univ:tsinghua",
                                               "lab:nvidia-orion", "org:quanta"}
