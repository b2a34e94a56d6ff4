"""Facts ⇄ RDF round trips, SHACL validation, and the RDF store's primitives."""

from __future__ import annotations

import time

import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from talentgraph.errors import FactsFileError, OntologyError, UserInputError
from talentgraph.facts import Entity, Evidence, Fact, Qualifiers, merge_facts
from talentgraph.graph.rdfstore import RdfStore
from talentgraph.graph.store import open_store
from talentgraph.loaders.rdf import (
    PROV,
    TG,
    claim_iri,
    entity_iri,
    facts_to_graph,
    graph_to_facts,
    read_rdf,
    serialize,
    validate,
    write_rdf,
)
from talentgraph.names import alias_key

# A small made-up article, and one more, that every evidence span points into.
TEXT_A = (
    "Banghua Zhu (朱邦华) studied at Tsinghua University (清华大学) from 2014 to 2018. "
    "He now leads the Nemotron team at Nvidia (英伟达). Nemotron is part of Nvidia. "
    "Zhu was reportedly advised by Jiantao Jiao. Alice Wang works at Nvidia; "
    "she also studied at Tsinghua. Bob Li earned a master's at Tsinghua in 2019."
)
TEXT_B = (
    "Jiantao Jiao and Banghua Zhu co-founded Nexusflow in 2023. "
    "Nvidia invested $12.5 million in Nexusflow."
)
TEXTS = {"a.txt": TEXT_A, "b.txt": TEXT_B}


def ev(source: str, quote: str, nth: int = 0) -> Evidence:
    text = TEXTS[source]
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Evidence(source=source, start=start, end=start + len(quote), quote=quote)


ZHU = Entity(id="person:banghua-zhu", type="Person", name="Banghua Zhu",
             aliases=("朱邦华", "Zhu Banghua"))
JIAO = Entity(id="person:jiantao-jiao", type="Person", name="Jiantao Jiao")
WANG = Entity(id="person:alice-wang", type="Person", name="Alice Wang")
LI = Entity(id="person:bob-li", type="Person", name="Bob Li")
TSINGHUA = Entity(id="univ:tsinghua", type="University", name="Tsinghua University",
                  aliases=("清华大学", "清華大學"), wikidata="Q16955", country="CN")
NVIDIA = Entity(id="org:nvidia", type="Company", name="Nvidia", aliases=("英伟达",),
                wikidata="Q182477", country="US")
NEMOTRON = Entity(id="lab:nvidia-nemotron", type="Lab", name="Nemotron", parent="org:nvidia")
NEXUSFLOW = Entity(id="org:nexusflow", type="Company", name="Nexusflow")


def make_facts() -> list[Fact]:
    return [
        Fact(subject=ZHU, relation="EDUCATED_AT", object=TSINGHUA,
             qualifiers=Qualifiers(degree="bachelor", start="2014", end="2018"),
             evidence=(ev("a.txt", "Banghua Zhu (朱邦华) studied at Tsinghua University"),),
             confidence=0.95),
        Fact(subject=ZHU, relation="EMPLOYED_BY", object=NEMOTRON,
             qualifiers=Qualifiers(role="lead", start="2025-06", current=True),
             evidence=(ev("a.txt", "He now leads the Nemotron team at Nvidia"),),
             confidence=0.1 + 0.2),  # 0.30000000000000004: floats must come back exactly
        Fact(subject=NEMOTRON, relation="PART_OF", object=NVIDIA,
             evidence=(ev("a.txt", "Nemotron is part of Nvidia"),), confidence=1.0),
        Fact(subject=ZHU, relation="ADVISED_BY", object=JIAO,
             qualifiers=Qualifiers(degree="phd"),
             evidence=(ev("a.txt", "Zhu was reportedly advised by Jiantao Jiao"),),
             confidence=0.8, hedged=True),
        Fact(subject=WANG, relation="EMPLOYED_BY", object=NVIDIA,
             evidence=(ev("a.txt", "Alice Wang works at Nvidia"),), confidence=0.85),
        # evidence deliberately not in (source, start) order: the order must survive
        Fact(subject=WANG, relation="EDUCATED_AT", object=TSINGHUA,
             evidence=(ev("a.txt", "she also studied at Tsinghua"), ev("a.txt", "Alice Wang")),
             confidence=0.6),
        Fact(subject=LI, relation="EDUCATED_AT", object=TSINGHUA,
             qualifiers=Qualifiers(degree="master", end="2019-09-01", field="CS"),
             evidence=(ev("a.txt", "Bob Li earned a master's at Tsinghua in 2019"),),
             confidence=0.7),
        Fact(subject=JIAO, relation="FOUNDED", object=NEXUSFLOW,
             qualifiers=Qualifiers(start="2023"),
             evidence=(ev("b.txt", "Jiantao Jiao and Banghua Zhu co-founded Nexusflow in 2023"),),
             confidence=0.9),
        Fact(subject=ZHU, relation="FOUNDED", object=NEXUSFLOW,
             qualifiers=Qualifiers(start="2023"),
             evidence=(ev("b.txt", "Jiantao Jiao and Banghua Zhu co-founded Nexusflow in 2023"),),
             confidence=0.9),
        Fact(subject=NVIDIA, relation="INVESTED_IN", object=NEXUSFLOW,
             qualifiers=Qualifiers(amount=12.5e6, currency="USD", stake=1e-7),
             evidence=(ev("b.txt", "Nvidia invested $12.5 million in Nexusflow"),),
             confidence=0.123456789012345),
    ]


@pytest.fixture
def facts() -> list[Fact]:
    return make_facts()


# -- round trips ---------------------------------------------------------------------------------


def test_graph_round_trip_is_exact(facts):
    back = graph_to_facts(facts_to_graph(facts))
    assert back == facts
    assert [f.subject.aliases for f in back] == [f.subject.aliases for f in facts]
    assert back[1].confidence == 0.1 + 0.2
    assert back[-1].qualifiers.stake == 1e-7
    assert back[0].qualifiers.model_fields_set == facts[0].qualifiers.model_fields_set
    assert back[2].qualifiers.non_empty() == {}


@pytest.mark.parametrize("suffix", [".ttl", ".jsonld", ".nt"])
def test_file_round_trip_is_exact(facts, tmp_path, suffix):
    path = write_rdf(facts, tmp_path / f"facts{suffix}")
    graph = read_rdf(path)
    assert graph_to_facts(graph) == facts
    assert isomorphic(graph, facts_to_graph(facts))


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")
@pytest.mark.parametrize("fmt", ["turtle", "json-ld"])
def test_serialize_parse_is_isomorphic(facts, fmt):
    from rdflib import Graph

    graph = facts_to_graph(facts)
    again = Graph().parse(data=serialize(graph, format=fmt), format=fmt)
    assert isomorphic(graph, again)


def test_dates_keep_their_precision(facts):
    graph = facts_to_graph(facts)
    XSD = "http://www.w3.org/2001/XMLSchema#"
    dates = {str(o): str(o.datatype) for o in graph.objects(None, TG.start)}
    dates.update({str(o): str(o.datatype) for o in graph.objects(None, TG.end)})
    assert dates["2014"] == XSD + "gYear"
    assert dates["2025-06"] == XSD + "gYearMonth"
    assert dates["2019-09-01"] == XSD + "date"


def test_iris(facts):
    graph = facts_to_graph(facts)
    zhu = URIRef("https://talentgraph.dev/id/person/banghua-zhu")
    assert entity_iri("person:banghua-zhu") == zhu
    node = claim_iri(facts[0].id)
    assert str(node) == "https://talentgraph.dev/id/fact/" + facts[0].id.split(":")[1]
    assert (node, TG.subject, zhu) in graph
    assert (zhu, TG.educatedAt, entity_iri("univ:tsinghua")) in graph
    assert (zhu, TG.aliasKey, Literal(alias_key("朱邦华"))) in graph


def test_duplicate_claims_are_merged(facts):
    extra = facts[0].model_copy(update={"evidence": (ev("a.txt", "Banghua Zhu"),),
                                        "confidence": 0.99})
    back = graph_to_facts(facts_to_graph(facts + [extra]))
    assert back == merge_facts(facts + [extra])
    assert back[0].confidence == 0.99 and len(back[0].evidence) == 2


def test_claim_iri_must_match_content(facts):
    graph = facts_to_graph(facts[:1])
    node = claim_iri(facts[0].id)
    graph.set((node, TG.degree, Literal("master")))
    with pytest.raises(OntologyError) as err:
        graph_to_facts(graph)
    assert err.value.code == "E052"


def test_bad_format_is_a_user_error(facts, tmp_path):
    with pytest.raises(UserInputError):
        write_rdf(facts, tmp_path / "facts.xyz")


# -- SHACL ---------------------------------------------------------------------------------------


def test_good_facts_conform(facts):
    conforms, report = validate(facts_to_graph(facts))
    assert conforms, report


def test_good_facts_conform_with_rdfs_inference(facts):
    conforms, report = validate(facts_to_graph(facts), inference="rdfs")
    assert conforms, report


def test_broken_graph_does_not_conform(facts):
    graph = facts_to_graph(facts)
    no_evidence = claim_iri(facts[0].id)
    graph.remove((no_evidence, PROV.wasDerivedFrom, None))
    too_sure = claim_iri(facts[1].id)
    graph.set((too_sure, TG.confidence, Literal("1.5", datatype=Literal(1.5).datatype)))
    bad_degree = claim_iri(facts[6].id)
    graph.set((bad_degree, TG.degree, Literal("diploma")))
    graph.set((bad_degree, TG.end, Literal("2019-13")))
    graph.add((entity_iri("person:bob-li"), TG.name, Literal("Robert Li")))
    conforms, report = validate(graph)
    assert not conforms
    assert "Does not conform" in report
    assert "needs at least one tg:Evidence" in report
    assert "id:fact/" + facts[0].id.split(":")[1] in report
    assert "confidence" in report and "[0, 1]" in report and "1.5" in report
    assert "tg:degree is one of" in report
    assert "partial date" in report
    assert "exactly one tg:name" in report


def test_wrong_classes_and_spans_do_not_conform(facts):
    graph = facts_to_graph(facts)
    # Tsinghua becomes a company: EDUCATED_AT now points at the wrong class
    tsinghua = entity_iri("univ:tsinghua")
    graph.remove((tsinghua, None, TG.University))
    graph.add((tsinghua, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), TG.Company))
    ev_node = next(graph.objects(claim_iri(facts[2].id), PROV.wasDerivedFrom))
    graph.set((ev_node, TG.quote, Literal("not the span")))
    conforms, report = validate(graph)
    assert not conforms
    assert "EDUCATED_AT needs an object of class tg:University" in report
    assert "is not as long as its tg:quote" in report
    assert "evidence/0" in report  # the offending span is named


def test_qualifier_rules_are_checked(facts):
    graph = facts_to_graph(facts)
    invest = claim_iri(facts[-1].id)
    graph.remove((invest, TG.currency, None))
    job = claim_iri(facts[1].id)
    gyear = URIRef("http://www.w3.org/2001/XMLSchema#gYear")
    graph.add((job, TG.end, Literal("2026", datatype=gyear)))
    conforms, report = validate(graph)
    assert not conforms
    assert "a claim with a tg:amount needs a tg:currency" in report
    assert "a claim with a tg:end is not tg:current" in report


def test_validation_is_fast():
    base = make_facts()
    many = []
    for i in range(100):
        f = base[i % len(base)]
        person = f.subject.model_copy(update={"id": f"{f.subject.id}-{i}"}) \
            if f.subject.type == "Person" else f.subject
        many.append(f.model_copy(update={"subject": person}))
    graph = facts_to_graph(many)
    t0 = time.perf_counter()
    conforms, report = validate(graph)
    elapsed = time.perf_counter() - t0
    assert conforms, report
    assert elapsed < 5, elapsed


# -- the store -----------------------------------------------------------------------------------


@pytest.fixture
def store(facts) -> RdfStore:
    s = RdfStore()
    s.load(facts)
    return s


def test_open_store_by_name():
    store = open_store("rdf")
    assert isinstance(store, RdfStore) and store.backend == "rdf"
    assert store.all_facts() == []


def test_load_report_and_all_facts(facts):
    store = RdfStore()
    report = store.load(facts)
    assert (report.facts, report.new_claims, report.updated_claims) == (len(facts), len(facts), 0)
    assert report.entities == 8
    assert store.all_facts() == sorted(merge_facts(facts), key=lambda f: f.id)


def test_load_is_idempotent(store, facts):
    before = facts_to_graph(store.all_facts())
    snapshot = store.graph
    report = store.load(facts)
    assert (report.new_claims, report.updated_claims) == (0, 0)
    assert isomorphic(store.graph, snapshot)
    assert isomorphic(facts_to_graph(store.all_facts()), before)


def test_load_unites_evidence_and_keeps_max_confidence(store, facts):
    more = facts[0].model_copy(update={"evidence": (ev("a.txt", "Banghua Zhu"),),
                                       "confidence": 0.5})
    report = store.load([more])
    assert (report.new_claims, report.updated_claims) == (0, 1)
    (fact,) = [f for f in store.all_facts() if f.id == facts[0].id]
    assert fact.confidence == 0.95
    assert set(fact.evidence) == set(facts[0].evidence) | {more.evidence[0]}


def test_failed_load_changes_nothing(store, facts):
    snapshot = store.graph
    clash = facts[0].model_copy(update={
        "object": Entity(id="org:nvidia", type="University", name="Nvidia")})
    with pytest.raises(FactsFileError):
        store.load([clash])
    assert store.graph is snapshot


@pytest.mark.parametrize("name", ["store.ttl", "store.jsonld", "folder"])
def test_store_file_persists(facts, tmp_path, name):
    location = tmp_path / name
    store = RdfStore(location)
    store.load(facts)
    again = RdfStore(location)
    assert again.all_facts() == store.all_facts()
    assert isomorphic(again.graph, store.graph)
    if name == "folder":
        assert (location / "talentgraph.ttl").is_file()


def test_entities_by_keys(store):
    found = store.entities_by_keys([alias_key("清華大學")])
    assert [e.id for e in found] == ["univ:tsinghua"]
    assert found[0] == TSINGHUA
    found = store.entities_by_keys([alias_key("Nvidia"), alias_key("Banghua Zhu"), "nothing"])
    assert [e.id for e in found] == ["org:nvidia", "person:banghua-zhu"]
    assert store.entities_by_keys([]) == []


def test_facts_touching(store, facts):
    touching = store.facts_touching(["lab:nvidia-nemotron"])
    assert {f.relation for f in touching} == {"PART_OF", "EMPLOYED_BY"}
    assert touching == sorted(touching, key=lambda f: f.id)
    parts = store.facts_touching(["org:nvidia", "lab:nvidia-nemotron"], ["PART_OF"])
    assert [f.id for f in parts] == [facts[2].id]
    zhu = store.facts_touching(["person:banghua-zhu"], ["FOUNDED", "ADVISED_BY"])
    assert {f.relation for f in zhu} == {"FOUNDED", "ADVISED_BY"}
    assert store.facts_touching(["person:nobody", "not an id"]) == []
    with pytest.raises(OntologyError):
        store.facts_touching(["org:nvidia"], ["WORKS_AT"])


def test_alumni_ids_follow_labs_to_their_employer(store):
    assert store.alumni_ids(["univ:tsinghua"], ["org:nvidia"]) == {
        "person:banghua-zhu", "person:alice-wang"}
    assert store.alumni_ids(["univ:tsinghua"], ["lab:nvidia-nemotron"]) == {"person:banghua-zhu"}
    assert store.alumni_ids(["univ:tsinghua"], ["org:nexusflow"]) == set()


def test_alumni_ids_through_nested_labs(store):
    sub = Entity(id="lab:nemotron-rl", type="Lab", name="Nemotron RL", parent="lab:nvidia-nemotron")
    store.load([
        Fact(subject=sub, relation="PART_OF", object=NEMOTRON, confidence=0.9,
             evidence=(ev("a.txt", "Nemotron team"),)),
        Fact(subject=LI, relation="EMPLOYED_BY", object=sub, confidence=0.9,
             evidence=(ev("a.txt", "Bob Li"),)),
    ])
    assert "person:bob-li" in store.alumni_ids(["univ:tsinghua"], ["org:nvidia"])


def test_shortest_paths_returns_every_shortest_path(store):
    paths = store.shortest_paths(["person:banghua-zhu"], ["org:nvidia"], max_hops=4)
    assert paths == [
        ("person:banghua-zhu", "lab:nvidia-nemotron", "org:nvidia"),
        ("person:banghua-zhu", "org:nexusflow", "org:nvidia"),
    ]
    assert store.shortest_paths(["person:banghua-zhu"], ["org:nvidia"], max_hops=1) == []
    assert store.shortest_paths(["person:bob-li"], ["person:jiantao-jiao"], max_hops=6) == [
        ("person:bob-li", "univ:tsinghua", "person:banghua-zhu", "person:jiantao-jiao"),
    ]


def test_shortest_paths_between_sets_keeps_the_nearest_pairs(store):
    paths = store.shortest_paths(["person:bob-li", "person:alice-wang"], ["org:nvidia"],
                                 max_hops=6)
    assert paths == [("person:alice-wang", "org:nvidia")]
    assert store.shortest_paths(["org:nvidia"], ["org:nvidia"], max_hops=3) == []
    assert store.shortest_paths(["person:nobody"], ["org:nvidia"], max_hops=3) == []


def test_same_answers_as_networkx_store(facts):
    nxstore = pytest.importorskip("talentgraph.graph.nxstore")
    other = nxstore.NetworkxStore()
    other.load(facts)
    mine = RdfStore()
    mine.load(facts)
    assert mine.all_facts() == other.all_facts()
    for ids in (["person:banghua-zhu"], ["org:nvidia", "univ:tsinghua"]):
        assert mine.facts_touching(ids) == other.facts_touching(ids)
    assert mine.alumni_ids(["univ:tsinghua"], ["org:nvidia"]) == other.alumni_ids(
        ["univ:tsinghua"], ["org:nvidia"])
    people = ["person:banghua-zhu", "person:bob-li", "person:alice-wang", "person:jiantao-jiao"]
    orgs = ["org:nvidia", "org:nexusflow", "univ:tsinghua", "lab:nvidia-nemotron"]
    for a in people + orgs:
        for b in people + orgs:
            assert mine.shortest_paths([a], [b], 5) == other.shortest_paths([a], [b], 5), (a, b)
    assert mine.shortest_paths(people, orgs, 5) == other.shortest_paths(people, orgs, 5)
    keys = [alias_key("Nvidia"), alias_key("清华大学")]
    assert mine.entities_by_keys(keys) == other.entities_by_keys(keys)
