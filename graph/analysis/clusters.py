"""Communities of people tied by shared schools, employers, startups and advisors.

People are nodes; two people are tied for every institution they share in any role (a lab
counts as its organisation; studying and teaching at one university both count), and an
advisee is tied to the advisor. Each shared institution with *k* people
adds ``1/(k-1)`` to the tie, so a small startup binds more than a big employer. Communities
come from Louvain (networkx, with a seed), and each is described by its dominant institutions.

>>> from talentgraph.graph.store import open_store
>>> clusters(open_store("networkx")).empty
True
"""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx
import pandas as pd

from talentgraph.graph.analysis._common import OrgIndex, join, sorted_facts
from talentgraph.graph.store import GraphStore
from talentgraph.loaders.networkx import facts_to_multigraph

__all__ = ["clusters", "CLUSTER_COLUMNS", "affiliations", "people_graph"]

CLUSTER_COLUMNS = ["cluster", "size", "label", "people", "schools", "employers", "startups",
                   "advisors", "person_ids"]
KINDS = {"EDUCATED_AT": "schools", "EMPLOYED_BY": "employers", "FOUNDED": "startups",
         "ADVISED_BY": "advisors"}


def affiliations(graph: nx.MultiDiGraph) -> dict[str, set[tuple[str, str]]]:
    """Each person's ``(kind, institution id)`` pairs, labs rolled up to their organisation."""
    orgs = OrgIndex([d["fact"] for _, _, d in graph.edges(data=True)])
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for node, data in graph.nodes(data=True):
        if data["type"] == "Person":
            out[node]
    for u, v, data in graph.edges(data=True):
        kind = KINDS.get(data["relation"])
        if kind and graph.nodes[u]["type"] == "Person":
            out[u].add((kind, orgs.top(v) if kind == "employers" else v))
    return out


def people_graph(graph: nx.MultiDiGraph, *, max_shared: int = 500) -> nx.Graph:
    """The weighted person–person graph, nodes and edges added in sorted order.

    An institution shared by more than ``max_shared`` people ties nobody (its ties would weigh
    almost nothing and cost ``k²`` pairs); it still describes the clusters."""
    aff = affiliations(graph)
    members: dict[str, list[str]] = defaultdict(list)
    for person in sorted(aff):
        for inst in sorted({inst for _, inst in aff[person]}):
            members[inst].append(person)
            if inst in aff:  # an advisor is a person: advisee and advisor are tied directly
                members[f"{inst} {person}"] = [person, inst]
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for inst in sorted(members):
        people = sorted(set(members[inst]))
        if not 2 <= len(people) <= max_shared:
            continue
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                weights[(a, b)] += 1.0 / (len(people) - 1)
    out = nx.Graph()
    out.add_nodes_from(sorted(aff))
    out.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()) if a != b)
    return out


def _ranked(counts: Counter, names: dict[str, str]) -> list[tuple[str, int]]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], names.get(kv[0], kv[0]), kv[0]))
    return [(names.get(i, i), n) for i, n in ranked]


def _dominant(counts: Counter, names: dict[str, str], top: int) -> str:
    return join(f"{name} ({n})" for name, n in _ranked(counts, names)[:top])


def clusters(store: GraphStore, *, seed: int = 42, resolution: float = 1.0, min_size: int = 2,
             top: int = 3, max_shared: int = 500) -> pd.DataFrame:
    """One row per community of at least ``min_size`` people, largest first.

    ``label`` names the two most shared institutions; ``schools``, ``employers``, ``startups``
    and ``advisors`` list the ``top`` most common of each, with how many members share it.
    """
    graph = facts_to_multigraph(sorted_facts(store.all_facts()))
    people = people_graph(graph, max_shared=max_shared)
    if people.number_of_nodes() == 0:
        return pd.DataFrame(columns=CLUSTER_COLUMNS)
    communities = nx.algorithms.community.louvain_communities(
        people, weight="weight", resolution=resolution, seed=seed)
    aff = affiliations(graph)
    names = {n: d["name"] for n, d in graph.nodes(data=True)}
    groups = sorted((sorted(c) for c in communities if len(c) >= min_size),
                    key=lambda c: (-len(c), sorted(names[p] for p in c)))
    rows = []
    for number, members in enumerate(groups, start=1):
        by_kind: dict[str, Counter] = {kind: Counter() for kind in KINDS.values()}
        for person in members:
            for kind, inst in aff[person]:
                by_kind[kind][inst] += 1
        overall = Counter({i: n for c in by_kind.values() for i, n in c.items() if n > 1})
        rows.append({
            "cluster": number,
            "size": len(members),
            "label": " · ".join(name for name, _ in _ranked(overall, names)[:2]),
            "people": join(sorted(names[p] for p in members)),
            **{kind: _dominant(counts, names, top) for kind, counts in by_kind.items()},
            "person_ids": join(members),
        })
    return pd.DataFrame(rows, columns=CLUSTER_COLUMNS)
