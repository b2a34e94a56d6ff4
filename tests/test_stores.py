"""Every backend answers the store primitives the same way, loads idempotently and atomically."""

import pytest

from talentgraph.errors import StoreError
from talentgraph.facts import Entity, Evidence, Fact, merge_facts
from talentgraph.graph.store import open_store
from talentgraph.names import alias_key

BACKENDS = ["embedded", "rdf", "networkx"]


@pytest.fixture(params=BACKENDS)
def store(request, small_facts):
    s = open_store(request.param)
    s.load(small_facts)
    yield s
    s.close()


def by_id(facts):
    return sorted(facts, key=lambda f: f.id)


def test_all_facts_round_trip(store, small_facts):
    assert by_id(store.all_facts()) == by_id(merge_facts(small_facts))


def test_loading_twice_changes_nothing(store, small_facts):
    before = by_id(store.all_facts())
    report = store.load(small_facts)
    assert (report.new_claims, report.updated_claims) == (0, 0)
    assert by_id(store.all_facts()) == before


def test_new_evidence_for_a_known_claim_is_merged(store, small_facts):
    fact = small_facts[0]
    extra = Evidence(source="other.txt", start=5, end=8, quote="abc")
    report = store.load([fact.model_copy(update={"evidence": (extra,)})])
    assert (report.new_claims, report.updated_claims) == (0, 1)
    stored = next(f for f in store.all_facts() if f.id == fact.id)
    assert set(stored.evidence) == {*fact.evidence, extra}


def test_aliases_resolve_in_any_script(store):
    for name in ("清华大学", "清華", "tsinghua", "Tsinghua University"):
        assert [e.id for e in store.entities_by_keys([alias_key(name)])] == ["univ:tsinghua"]


def test_alumni_include_people_at_a_lab_of_the_employer(store):
    assert store.alumni_ids(["univ:tsinghua"], ["org:nvidia"]) == {"person:ada-wu", "person:ben-li"}
    assert store.alumni_ids(["univ:tsinghua"], ["org:quanta"]) == set()


def test_facts_touching_filters_by_relation(store):
    founded = store.facts_touching(["org:quanta"], ["FOUNDED"])
    assert {f.subject.id for f in founded} == {"person:ada-wu", "person:ben-li"}
    assert all(f.relation == "FOUNDED" for f in founded)


def test_all_shortest_paths(store):
    paths = store.shortest_paths(["person:ada-wu"], ["person:ben-li"], max_hops=4)
    assert paths == [("person:ada-wu", "org:quanta", "person:ben-li"),
                     ("person:ada-wu", "univ:tsinghua", "person:ben-li")]
    assert store.shortest_paths(["person:ada-wu"], ["person:ben-li"], max_hops=1) == []


def test_embedded_failed_load_leaves_store_unchanged(small_facts, tmp_path, monkeypatch):
    from talentgraph.graph import cypher

    store = open_store("embedded", tmp_path / "db.lbug")
    store.load(small_facts[:3])
    before = by_id(store.all_facts())
    monkeypatch.setattr(cypher, "LB_MERGE_REL", cypher.LB_MERGE_REL + " SET r.confidence = 'x'")
    with pytest.raises(StoreError, match="rolled back"):
        store.load(small_facts)
    assert by_id(store.all_facts()) == before
    store.close()


def test_embedded_store_persists(small_facts, tmp_path):
    with open_store("embedded", tmp_path / "db.lbug") as store:
        store.load(small_facts)
    with open_store("embedded", tmp_path / "db.lbug", read_only=True) as store:
        assert by_id(store.all_facts()) == by_id(merge_facts(small_facts))


def test_unknown_backend_is_a_user_error():
    with pytest.raises(Exception, match="unknown backend 'mongo'"):
        open_store("mongo")


def test_labels_only_from_the_ontology():
    from talentgraph.errors import OntologyError
    from talentgraph.graph.cypher import LB_MERGE_NODES, with_labels

    with pytest.raises(OntologyError):
        with_labels(LB_MERGE_NODES, label="Person) DETACH DELETE (n")
