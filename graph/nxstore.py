"""The networkx store: the whole graph in memory, for algorithms (paths, clusters).

Open it empty, on a facts file, or on a build folder (its ``facts.jsonl``).

>>> store = NetworkxStore()
>>> store.shortest_paths(["person:a"], ["person:b"], max_hops=4)
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import networkx as nx

from talentgraph.errors import FactsFileError
from talentgraph.facts import Entity, Fact, merge_facts
from talentgraph.graph.store import GraphStore, LoadReport
from talentgraph.loaders.facts_jsonl import read_facts
from talentgraph.loaders.networkx import facts_to_multigraph, graph_to_facts

__all__ = ["NetworkxStore"]


class NetworkxStore(GraphStore):
    backend = "networkx"

    def __init__(self, location: str | Path | None = None) -> None:
        self.graph = nx.MultiDiGraph()
        if location is not None:
            path = Path(location)
            if path.is_dir():
                path = path / "facts.jsonl"
            facts, problems = read_facts(path)
            if problems:
                raise FactsFileError(f"{problems[0]}; run `talentgraph validate {path}`",
                                     code="E014")
            self.graph = facts_to_multigraph(facts)

    def load(self, facts: Sequence[Fact]) -> LoadReport:
        before = {k: d["fact"] for _, _, k, d in self.graph.edges(keys=True, data=True)}
        merged = merge_facts(graph_to_facts(self.graph) + list(facts))
        new_graph = facts_to_multigraph(merged)
        new = sum(1 for f in merged if f.id not in before)
        updated = sum(1 for f in merged if f.id in before and f != before[f.id])
        self.graph = new_graph
        return LoadReport(facts=len(facts), new_claims=new, updated_claims=updated,
                          entities=new_graph.number_of_nodes())

    def entities_by_keys(self, keys: Sequence[str]) -> list[Entity]:
        wanted = set(keys)
        return sorted((d["entity"] for _, d in self.graph.nodes(data=True)
                       if wanted.intersection(d["keys"])), key=lambda e: e.id)

    def facts_touching(self, entity_ids: Sequence[str],
                       relations: Sequence[str] | None = None) -> list[Fact]:
        ids = [i for i in entity_ids if i in self.graph]
        edges = {}
        for node in ids:
            for u, v, k, d in list(self.graph.out_edges(node, keys=True, data=True)) + list(
                    self.graph.in_edges(node, keys=True, data=True)):
                if relations is None or d["relation"] in relations:
                    edges[k] = (u, v, d["fact"])
        nodes = self.graph.nodes
        return sorted((f.model_copy(update={"subject": nodes[u]["entity"],
                                            "object": nodes[v]["entity"]})
                       for u, v, f in edges.values()), key=lambda f: f.id)

    def alumni_ids(self, school_ids: Sequence[str], employer_ids: Sequence[str]) -> set[str]:
        employers = set(employer_ids) | self._parts_of(employer_ids)
        schools = set(school_ids)
        people = set()
        for person, school, rel in self.graph.edges(data="relation"):
            if rel == "EDUCATED_AT" and school in schools:
                if any(r == "EMPLOYED_BY" and org in employers
                       for _, org, r in self.graph.out_edges(person, data="relation")):
                    people.add(person)
        return people

    def _parts_of(self, org_ids: Sequence[str]) -> set[str]:
        """Labs that are PART_OF any of ``org_ids``, directly or through other labs."""
        found: set[str] = set()
        frontier = set(org_ids)
        while frontier:
            step = {u for org in frontier if org in self.graph
                    for u, _, r in self.graph.in_edges(org, data="relation") if r == "PART_OF"}
            frontier = step - found
            found |= step
        return found

    def shortest_paths(self, source_ids: Sequence[str], target_ids: Sequence[str],
                       max_hops: int) -> list[tuple[str, ...]]:
        undirected = nx.Graph(self.graph.to_undirected(as_view=True))
        best: list[tuple[str, ...]] = []
        for source in source_ids:
            for target in target_ids:
                if source == target or source not in undirected or target not in undirected:
                    continue
                try:
                    paths = [tuple(p) for p in nx.all_shortest_paths(undirected, source, target)]
                except nx.NetworkXNoPath:
                    continue
                if len(paths[0]) - 1 > max_hops:
                    continue
                if not best or len(paths[0]) < len(best[0]):
                    best = paths
                elif len(paths[0]) == len(best[0]):
                    best += paths
        return sorted(set(best))

    def all_facts(self) -> list[Fact]:
        return sorted(graph_to_facts(self.graph), key=lambda f: f.id)
