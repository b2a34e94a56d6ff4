"""The analyses on a small hand-made graph with known answers, the same from every store."""

import pandas as pd
import pytest

from talentgraph.errors import NotFoundError, UserInputError
from talentgraph.facts import Entity, Evidence, Fact, Qualifiers
from talentgraph.graph import analysis
from talentgraph.graph.store import open_store

BACKENDS = ["embedded", "rdf", "networkx"]
TEXT = "x" * 10


def ent(id_, type_, name, **kw):
    return Entity(id=id_, type=type_, name=name, **kw)


A = ent("person:ann", "Person", "Ann")
B = ent("person:bo", "Person", "Bo")
C = ent("person:cy", "Person", "Cy")
D = ent("person:di", "Person", "Di")
E = ent("person:ed", "Person", "Ed")
THU = ent("univ:thu", "University", "Tsinghua University", aliases=("清华",), country="CN")
PKU = ent("univ:pku", "University", "Peking University", aliases=("北大",), country="CN")
SU = ent("univ:su", "University", "Stanford University", country="US")
GOOG = ent("org:google", "Company", "Google", country="US")
NV = ent("org:nvidia", "Company", "Nvidia", aliases=("英伟达",), country="US")
NVR = ent("lab:nv-research", "Lab", "Nvidia Research", parent="org:nvidia", country="US")
META = ent("org:meta", "Company", "Meta", country="US")
OAI = ent("org:openai", "Company", "OpenAI", country="US")
X = ent("org:x", "Company", "X Labs", country="US")


def fact(s, rel, o, n, hedged=False, **q):
    return Fact(subject=s, relation=rel, object=o, qualifiers=Qualifiers(**q), hedged=hedged,
                confidence=0.9, evidence=(Evidence(source="t.txt", start=n, end=n + 1, quote="x"),))


FACTS = [
    fact(A, "EDUCATED_AT", THU, 0, degree="bachelor"),
    fact(A, "EDUCATED_AT", SU, 1, degree="phd"),
    fact(A, "EMPLOYED_BY", GOOG, 2, end="2020", current=False),
    fact(A, "EMPLOYED_BY", NVR, 3, start="2021", current=True, role="scientist"),
    fact(A, "FOUNDED", X, 4, start="2019"),
    fact(B, "EDUCATED_AT", THU, 5, degree="bachelor"),
    fact(B, "EDUCATED_AT", SU, 6, degree="phd"),
    fact(B, "EMPLOYED_BY", GOOG, 7, current=False),
    fact(B, "EMPLOYED_BY", NV, 8, current=True),
    fact(B, "FOUNDED", X, 9),
    fact(C, "EDUCATED_AT", PKU, 0, degree="bachelor"),
    fact(C, "EMPLOYED_BY", META, 1, start="2018", end="2022"),
    fact(C, "EMPLOYED_BY", OAI, 2, start="2023", current=True),
    fact(D, "EDUCATED_AT", PKU, 3),  # no degree stated: stands in as the undergrad school
    fact(D, "EMPLOYED_BY", META, 4, current=True),
    fact(D, "ADVISED_BY", E, 5),
    fact(E, "EMPLOYED_BY", PKU, 6, role="professor"),
    fact(NVR, "PART_OF", NV, 7),
    fact(NV, "ACQUIRED", X, 8, start="2024"),
]


@pytest.fixture(scope="module", params=BACKENDS)
def store(request):
    s = open_store(request.param)
    s.load(FACTS)
    yield s
    s.close()


@pytest.fixture(scope="module")
def stores():
    opened = {name: open_store(name) for name in BACKENDS}
    for s in opened.values():
        s.load(FACTS)
    yield opened
    for s in opened.values():
        s.close()


def test_clusters_split_the_two_groups_and_name_their_institutions(store):
    frame = analysis.clusters(store)
    assert list(frame.columns) == analysis.CLUSTER_COLUMNS
    assert frame["people"].tolist() == ["Cy; Di; Ed", "Ann; Bo"]
    assert frame["size"].tolist() == [3, 2]
    assert frame.loc[1, "schools"] == "Stanford University (2); Tsinghua University (2)"
    assert frame.loc[1, "employers"] == "Google (2); Nvidia (2)"  # the lab counts as Nvidia
    assert frame.loc[1, "startups"] == "X Labs (2)"
    assert frame.loc[0, "advisors"] == "Ed (1)"
    assert frame.loc[0, "label"] == "Meta · Peking University"


def test_clusters_are_reproducible_with_a_seed(store):
    pd.testing.assert_frame_equal(analysis.clusters(store, seed=7), analysis.clusters(store, seed=7))
    assert len(analysis.clusters(store, min_size=1)) == 2


def test_flows_count_each_path(store):
    frame = analysis.flows(store)
    rows = [tuple(r) for r in frame[["undergrad", "phd", "employer", "people"]].itertuples(index=False)]
    assert rows == [
        ("Peking University", "", "Meta", 2),
        ("Tsinghua University", "Stanford University", "Google", 2),
        ("Tsinghua University", "Stanford University", "Nvidia", 2),
        ("", "", "Peking University", 1),
        ("Peking University", "", "OpenAI", 1),
    ]
    assert frame.loc[0, "names"] == "Cy; Di"


def test_flows_by_country_and_over_a_date_range(store):
    by_country = analysis.flows(store, by="country")
    assert by_country[["undergrad", "phd", "employer", "people"]].values.tolist() == [
        ["CN", "", "US", 2], ["CN", "US", "US", 2], ["", "", "CN", 1]]  # people, not jobs
    since = analysis.flows(store, since=2021)
    # Ann's Google job ended in 2020 and Bo's has no date; Ed's professorship has no date
    assert set(zip(since["employer"], since["people"])) == {("Nvidia", 2), ("Meta", 2), ("OpenAI", 1)}
    until = analysis.flows(store, until="2019")
    assert set(zip(until["employer"], until["names"])) == {("Meta", "Cy")}
    with pytest.raises(UserInputError, match="E092"):
        analysis.flows(store, since="last year")


def test_latest_counts_everyone_once(store):
    paths = analysis.career_paths(store, latest=True)
    assert dict(zip(paths["person"], paths["employer"])) == {
        "Ann": "Nvidia", "Bo": "Nvidia", "Cy": "OpenAI", "Di": "Meta", "Ed": "Peking University"}
    assert dict(zip(paths["person"], paths["undergrad_basis"]))["Di"] == "inferred"


def test_flow_links_skip_unknown_stages(store):
    links = analysis.flow_links(analysis.flows(store))
    assert ("undergrad", "Peking University", "employer", "Meta", 2) in [tuple(r) for r in links.itertuples(index=False)]
    assert links.iloc[0].tolist() == ["undergrad", "Tsinghua University", "phd", "Stanford University", 4]
    assert links["value"].sum() == 4 + 2 + 2 + 2 + 1


def test_moves_in_order_with_when_and_sources(store):
    frame = analysis.moves(store)
    rows = [tuple(r) for r in frame[["person", "from_employer", "to_employer", "when", "basis"]].itertuples(index=False)]
    assert rows == [
        ("Ann", "Google", "Nvidia", "2021", "dates"),
        ("Bo", "Google", "Nvidia", "", "past → current"),
        ("Cy", "Meta", "OpenAI", "2023", "dates"),
    ]
    assert frame.loc[0, "evidence"] == "t.txt[2:3]; t.txt[3:4]"
    assert frame.loc[0, "to_roles"] == "scientist"
    assert analysis.moves(store, to_employer="英伟达")["person"].tolist() == ["Ann", "Bo"]
    assert analysis.moves(store, from_employer="Meta")["person"].tolist() == ["Cy"]
    with pytest.raises(NotFoundError):
        analysis.moves(store, from_employer="Nowhere Inc")


def test_unordered_past_jobs_both_lead_to_the_current_one():
    s = open_store("networkx")
    s.load([fact(A, "EMPLOYED_BY", GOOG, 0, current=False), fact(A, "EMPLOYED_BY", META, 1, current=False),
            fact(A, "EMPLOYED_BY", NV, 2, current=True)])
    assert analysis.moves(s)[["from_employer", "to_employer"]].values.tolist() == [
        ["Google", "Nvidia"], ["Meta", "Nvidia"]]


def test_cohort_people_and_ties(store):
    people = analysis.cohort(store, "清华", "英伟达")
    assert people["person"].tolist() == ["Ann", "Bo"]
    assert people.loc[0, "employment"] == "Nvidia Research (scientist; 2021–now)"
    assert people.loc[0, "ties"] == "co-founded X Labs with Bo; same acquired company X Labs with Bo"
    ties = analysis.cohort_ties(store, "Tsinghua University", "Nvidia")
    assert ties[["kind", "via", "people"]].values.tolist() == [
        ["co-founded", "X Labs", "Ann; Bo"], ["same acquired company", "X Labs", "Ann; Bo"]]


def test_alumni_matrix(store):
    matrix = analysis.alumni_matrix(store)
    assert matrix.index.tolist() == ["Stanford University", "Tsinghua University", "Peking University"]
    assert matrix.loc["Tsinghua University", "Nvidia"] == 2
    assert matrix.loc["Peking University", "Meta"] == 2
    assert matrix.loc["Peking University", "Google"] == 0
    assert analysis.alumni_matrix(store, min_count=2).shape == (3, 3)


def test_alumni_subgraph_holds_the_cohort_and_its_ties(store):
    facts = analysis.alumni_subgraph(store, "Tsinghua University", "Nvidia")
    ids = {e.id for f in facts for e in (f.subject, f.object)}
    assert ids == {"person:ann", "person:bo", "univ:thu", "org:nvidia", "lab:nv-research", "org:x"}


def test_timeline(store):
    frame = analysis.timeline(store, "Ann")
    assert frame["person"].unique().tolist() == ["Ann"]
    assert frame["other"].tolist() == ["X Labs", "Google", "Nvidia Research", "Stanford University",
                                       "Tsinghua University"]  # dated first, in date order
    assert set(frame["relation"]) == {"EDUCATED_AT", "EMPLOYED_BY", "FOUNDED"}
    assert (frame["evidence"].str.startswith("t.txt[")).all()


@pytest.mark.parametrize("name,call", [
    ("clusters", lambda s: analysis.clusters(s)),
    ("flows", lambda s: analysis.flows(s)),
    ("flows-country", lambda s: analysis.flows(s, by="country", since=2019)),
    ("career-paths", lambda s: analysis.career_paths(s)),
    ("moves", lambda s: analysis.moves(s)),
    ("cohort", lambda s: analysis.cohort(s, "Tsinghua University", "Nvidia")),
    ("cohort-ties", lambda s: analysis.cohort_ties(s, "Tsinghua University", "Nvidia")),
    ("matrix", lambda s: analysis.alumni_matrix(s)),
    ("timeline", lambda s: analysis.timeline(s, "Bo")),
])
def test_every_store_gives_the_same_frame(stores, name, call):
    frames = {backend: call(s) for backend, s in stores.items()}
    for backend, frame in frames.items():
        pd.testing.assert_frame_equal(frame, frames["networkx"], obj=f"{name} from {backend}")


def test_empty_store_gives_empty_frames_with_columns():
    s = open_store("networkx")
    assert list(analysis.clusters(s).columns) == analysis.CLUSTER_COLUMNS
    assert list(analysis.flows(s).columns) == analysis.FLOW_COLUMNS
    assert list(analysis.moves(s).columns) == analysis.MOVE_COLUMNS
    assert analysis.alumni_matrix(s).empty
