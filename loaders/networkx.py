"""Facts ⇄ a networkx ``MultiDiGraph``: entities are nodes, each claim is one keyed edge.

>>> from talentgraph.facts import Entity, Evidence, Fact
>>> a = Entity(id="person:a", type="Person", name="A")
>>> b = Entity(id="org:b", type="Company", name="B")
>>> f = Fact(subject=a, relation="EMPLOYED_BY", object=b, confidence=1,
...          evidence=(Evidence(source="s.txt", start=0, end=1, quote="A"),))
>>> g = facts_to_multigraph([f])
>>> graph_to_facts(g) == [f]
True
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from talentgraph.facts import Entity, Fact, merge_facts
from talentgraph.names import entity_keys

__all__ = ["facts_to_multigraph", "graph_to_facts"]


def facts_to_multigraph(facts: Iterable[Fact]) -> nx.MultiDiGraph:
    """A graph with node attributes ``entity`` and ``keys``, and edge attributes ``fact``."""
    graph = nx.MultiDiGraph()
    for fact in merge_facts(list(facts)):
        for entity in (fact.subject, fact.object):
            graph.add_node(entity.id, entity=entity, type=entity.type, name=entity.name,
                           keys=entity_keys(entity.name, entity.aliases))
        graph.add_edge(fact.subject.id, fact.object.id, key=fact.id, fact=fact,
                       relation=fact.relation)
    return graph


def graph_to_facts(graph: nx.MultiDiGraph) -> list[Fact]:
    """The facts of a graph made by :func:`facts_to_multigraph`, entities as the nodes hold them."""
    entities: dict[str, Entity] = {n: data["entity"] for n, data in graph.nodes(data=True)}
    out = []
    for u, v, data in graph.edges(data=True):
        fact: Fact = data["fact"]
        out.append(fact.model_copy(update={"subject": entities[u], "object": entities[v]}))
    return out
