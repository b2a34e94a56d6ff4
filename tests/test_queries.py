"""Named queries give the same answers from every store, with evidence on every claim."""

import pytest

from talentgraph.errors import NotFoundError
from talentgraph.graph import queries
from talentgraph.graph.store import open_store

BACKENDS = ["embedded", "rdf", "networkx"]


@pytest.fixture
def stores(small_facts):
    opened = {name: open_store(name) for name in BACKENDS}
    for store in opened.values():
        store.load(small_facts)
    yield opened
    for store in opened.values():
        store.close()


def answers(stores, run):
    return {name: run(store).model_dump() if not isinstance(run(store), list)
            else [r.model_dump() for r in run(store)] for name, store in stores.items()}


@pytest.mark.parametrize("run", [
    lambda s: queries.alumni_at(s, "清華", "英偉達"),
    lambda s: queries.person(s, "Ben Li"),
    lambda s: queries.path(s, "吴艾达", "李本"),
    lambda s: queries.path(s, "Ada Wu", "Nvidia"),
    lambda s: queries.conflicts(s),
], ids=["alumni-at", "person", "path-people", "path-org", "conflicts"])
def test_every_store_gives_the_same_answer(stores, run):
    results = answers(stores, run)
    assert results["embedded"] == results["rdf"] == results["networkx"]


def test_alumni_at_lists_people_with_evidence_and_ties(small_facts):
    store = open_store("networkx")
    store.load(small_facts)
    result = queries.alumni_at(store, "清华大学", "nvidia")
    assert [a.person.id for a in result.people] == ["person:ada-wu", "person:ben-li"]
    ada = result.people[0]
    assert [f.object.id for f in ada.employment] == ["lab:nvidia-orion"]
    assert ada.education[0].qualifiers.degree == "bachelor"
    assert all(f.evidence for a in result.people for f in (*a.education, *a.employment))
    kinds = {(t.kind, t.via.id) for t in result.ties}
    assert kinds == {("co-founded", "org:quanta"), ("same acquired company", "org:quanta")}


def test_person_shows_ranked_conflict(small_facts):
    store = open_store("networkx")
    store.load(small_facts)
    (ben,) = queries.person(store, "李本")
    (conflict,) = ben.conflicts
    assert conflict.slot == "role at Nvidia"
    assert conflict.values == ["engineer", "director"]  # the firm claim outranks the hedged one
    assert conflict.claims[1].hedged


def test_path_hops_carry_evidence(small_facts):
    store = open_store("networkx")
    store.load(small_facts)
    result = queries.path(store, "Ada Wu", "Ben Li")
    assert len(result.paths) == 2
    for hops in result.paths:
        assert all(hop.facts and hop.facts[0].evidence for hop in hops)


def test_unknown_name_raises_not_found(small_facts):
    store = open_store("networkx")
    store.load(small_facts)
    with pytest.raises(NotFoundError, match="no entity is called 'Atlantis U'"):
        queries.alumni_at(store, "Atlantis U", "Nvidia")
