"""End to end on the sample corpus: build, then the sourced Tsinghua-at-Nvidia answer."""

import json
from pathlib import Path

import pytest

from talentgraph.build import build
from talentgraph.cli import main
from talentgraph.graph import queries
from talentgraph.graph.store import open_store
from talentgraph.loaders.facts_jsonl import read_facts
from talentgraph.names import to_simplified
from tests.conftest import corpus_dir

SIX = {"Banghua Zhu", "Jiantao Jiao", "Song Han", "Di Wu", "Huizi Mao", "Yangqing Jia"}


@pytest.fixture(scope="module")
def corpus():
    return corpus_dir()


@pytest.fixture(scope="module")
def out(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    report = build([corpus], out)
    assert report.articles == 5 and report.facts > 0
    return out


@pytest.fixture(scope="module")
def facts(out):
    facts, problems = read_facts(out / "facts.jsonl")
    assert problems == []
    return facts


def test_alumni_at_tsinghua_nvidia_lists_the_six(out, capsys):
    code = main(["query", "alumni-at", "清华", "英伟达", "--db", str(out), "--format", "json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert {p["person"]["name"] for p in data["people"]} == SIX
    for person in data["people"]:
        assert person["education"] and person["employment"]


def test_alumni_evidence_points_at_the_right_characters(out, corpus, capsys):
    main(["query", "alumni-at", "Tsinghua", "Nvidia", "--db", str(out), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    for person in data["people"]:
        names = [to_simplified(n) for n in [person["person"]["name"], *person["person"]["aliases"]]]
        for claim in person["education"] + person["employment"]:
            for ev in claim["evidence"]:
                raw = (corpus / ev["source"]).read_text(encoding="utf-8")
                assert raw[ev["start"]:ev["end"]] == ev["quote"]
            assert any(name in to_simplified(ev["quote"]) for ev in claim["evidence"]
                       for name in names), (person["person"]["name"], claim["evidence"])


def test_every_evidence_span_is_exact(facts, corpus):
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    for fact in facts:
        for ev in fact.evidence:
            assert texts[ev.source][ev.start:ev.end] == ev.quote, (fact.id, ev)


def test_rdf_conforms_to_the_shapes(out):
    from rdflib import Graph

    from talentgraph.loaders.rdf import validate

    graph = Graph().parse(out / "graph.ttl")
    conforms, report = validate(graph)
    assert conforms, report


def test_facts_rdf_facts_round_trip(facts):
    from talentgraph.loaders.rdf import facts_to_graph, graph_to_facts

    back = graph_to_facts(facts_to_graph(facts))
    assert sorted(back, key=lambda f: f.id) == sorted(facts, key=lambda f: f.id)


@pytest.fixture(scope="module")
def stores(out):
    opened = {"embedded": open_store("embedded", out, read_only=True),
              "rdf": open_store("rdf", out / "graph.ttl"),
              "networkx": open_store("networkx", out)}
    yield opened
    for store in opened.values():
        store.close()


@pytest.mark.parametrize("run", [
    lambda s: queries.alumni_at(s, "清華大學", "Nvidia"),
    lambda s: queries.alumni_at(s, "北大", "Meta"),
    lambda s: queries.person(s, "焦建涛"),
    lambda s: queries.path(s, "Banghua Zhu", "Yangqing Jia"),
    lambda s: queries.conflicts(s),
], ids=["alumni-tsinghua-nvidia", "alumni-pku-meta", "person-jiao", "path", "conflicts"])
def test_cross_store_equality_on_the_corpus(stores, run):
    def dump(result):
        return [r.model_dump() for r in result] if isinstance(result, list) else result.model_dump()

    answers = {name: dump(run(store)) for name, store in stores.items()}
    assert answers["embedded"] == answers["rdf"] == answers["networkx"]


def test_build_outputs_exist(out):
    for name in ("facts.jsonl", "graph.lbug", "graph.ttl", "graph.jsonld", "graph.html",
                 "sources.json"):
        assert (Path(out) / name).exists(), name
