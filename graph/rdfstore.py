"""The RDF store: facts as an rdflib graph in the talentgraph ontology, queried with SPARQL.

``RdfStore(location)`` keeps the graph in memory and, when ``location`` is given, in a file:
a ``.ttl`` / ``.jsonld`` / ``.nt`` path, or a folder (its ``talentgraph.ttl``). An existing file
is loaded on opening; :meth:`RdfStore.load` writes the file back (atomically) and :meth:`save`
writes it on demand. Every query is a constant of :mod:`talentgraph.graph.sparql` run with
``initBindings``.

>>> from talentgraph.facts import Entity, Evidence, Fact
>>> a = Entity(id="person:a", type="Person", name="Ann")
>>> b = Entity(id="org:b", type="Company", name="B")
>>> ev = Evidence(source="s.txt", start=0, end=3, quote="Ann")
>>> store = RdfStore()
>>> fact = Fact(subject=a, relation="EMPLOYED_BY", object=b, confidence=1, evidence=(ev,))
>>> store.load([fact]).new_claims
1
>>> [e.id for e in store.entities_by_keys(["ann"])]
['person:a']
>>> store.shortest_paths(["person:a"], ["org:b"], max_hops=3)
[('person:a', 'org:b')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.plugins.sparql import prepareQuery

from talentgraph.errors import FactsFileError, OntologyError, StoreError, UserInputError
from talentgraph.facts import ENTITY_ID, Entity, Fact, merge_facts
from talentgraph.graph import sparql
from talentgraph.graph.store import GraphStore, LoadReport
from talentgraph.loaders.rdf import (
    FORMATS,
    TG,
    entity_id,
    entity_iri,
    facts_to_graph,
    graph_to_facts,
    new_graph,
    read_entities,
    read_rdf,
    write_rdf,
)
from talentgraph.ontology.vocab import RELATIONS

__all__ = ["RdfStore", "DEFAULT_FILE"]

#: File name used when the location is a folder.
DEFAULT_FILE = "talentgraph.ttl"

_ID = re.compile(ENTITY_ID)


@functools.lru_cache(maxsize=None)
def _query(text: str):
    return prepareQuery(text, initNs=sparql.PREFIXES)


class RdfStore(GraphStore):
    """A store backed by an rdflib graph; see the module docstring."""

    backend = "rdf"

    def __init__(self, location: str | Path | None = None, *,
                 format: str | None = None) -> None:  # noqa: A002
        self.path: Path | None = None
        self.format: str | None = format
        self.graph: Graph = new_graph()
        if location is None:
            return
        path = Path(location)
        if path.is_dir() or (not path.exists() and path.suffix.lower() not in FORMATS):
            path = path / DEFAULT_FILE
        if format is None and path.suffix.lower() not in FORMATS:
            raise UserInputError(f"{path}: an RDF store file must end in "
                                 f"{', '.join(FORMATS)}", code="E054")
        self.path = path
        if path.exists():
            graph = read_rdf(path, format=format)
            try:
                graph_to_facts(graph)
            except OntologyError as err:
                raise StoreError(f"{path} is not a talentgraph graph: {err.message}",
                                 code="E040") from err
            self.graph = graph

    # -- writing ---------------------------------------------------------------------------------

    def load(self, facts: Sequence[Fact]) -> LoadReport:
        """Add facts: the store becomes ``merge_facts(stored + facts)``, built in full before it
        replaces the old graph (and the file, when the store has one)."""
        before = {f.id: f for f in graph_to_facts(self.graph)}
        try:
            merged = merge_facts(list(before.values()) + list(facts))
            graph = facts_to_graph(merged)
        except (ValueError, OntologyError) as err:
            message = err.message if isinstance(err, OntologyError) else str(err)
            raise FactsFileError(f"cannot load these facts: {message}", code="E010") from err
        if self.path is not None:
            self._write(graph)
        self.graph = graph
        new = sum(1 for f in merged if f.id not in before)
        updated = sum(1 for f in merged if f.id in before and f != before[f.id])
        entities = len({e.id for f in merged for e in (f.subject, f.object)})
        return LoadReport(facts=len(facts), new_claims=new, updated_claims=updated,
                          entities=entities)

    def save(self) -> Path:
        """Write the graph to the store's file (atomically) and return its path."""
        if self.path is None:
            raise StoreError("this RDF store has no file; open it with a location to save",
                             code="E040")
        self._write(self.graph)
        return self.path

    def _write(self, graph: Graph) -> None:
        assert self.path is not None
        try:
            write_rdf(graph, self.path, format=self.format)
        except OSError as err:
            raise StoreError(f"cannot write {self.path}: {err}", code="E040") from err

    # -- queries ---------------------------------------------------------------------------------

    def sparql(self, query: str, params: dict[str, object] | None = None
               ) -> tuple[list[str], list[list[object]]]:
        """Run an ad-hoc SELECT or ASK query; ``params`` bind variables (``<...>`` is an IRI)."""
        from pyparsing import ParseException

        bindings = {name: _term(value) for name, value in (params or {}).items()}
        try:
            result = self.graph.query(query, initNs=sparql.PREFIXES, initBindings=bindings)
        except (ParseException, ValueError, TypeError) as err:
            raise StoreError(f"SPARQL error: {' '.join(str(err).split())}", code="E046") from err
        if result.type == "ASK":
            return ["ask"], [[bool(result.askAnswer)]]
        if result.type != "SELECT":
            raise StoreError("only SELECT and ASK queries are supported here", code="E046")
        columns = [str(v) for v in result.vars]
        rows = [[None if term is None else (term.toPython() if isinstance(term, Literal)
                                            else str(term)) for term in row] for row in result]
        return columns, rows

    def _select(self, text: str, **bindings: object) -> list:
        return [row[0] for row in self.graph.query(_query(text), initBindings=bindings)]

    def entities_by_keys(self, keys: Sequence[str]) -> list[Entity]:
        nodes = {node for key in dict.fromkeys(keys)
                 for node in self._select(sparql.ENTITIES_BY_KEY, key=Literal(key))}
        return read_entities(self.graph, nodes)

    def facts_touching(self, entity_ids: Sequence[str],
                       relations: Sequence[str] | None = None) -> list[Fact]:
        iris = [entity_iri(i) for i in dict.fromkeys(entity_ids) if _ID.match(i)]
        claims: set = set()
        if relations is None:
            for iri in iris:
                claims.update(self._select(sparql.CLAIMS_TOUCHING, entity=iri))
        else:
            unknown = [r for r in relations if r not in RELATIONS]
            if unknown:
                raise OntologyError(f"unknown relation {unknown[0]!r}; known: "
                                    f"{', '.join(RELATIONS)}", code="E050")
            classes = [TG[RELATIONS[r].stint_class] for r in dict.fromkeys(relations)]
            for iri in iris:
                for cls in classes:
                    claims.update(self._select(sparql.CLAIMS_TOUCHING_OF_CLASS, entity=iri,
                                               **{"class": cls}))
        return sorted(graph_to_facts(self.graph, claims=claims), key=lambda f: f.id)

    def alumni_ids(self, school_ids: Sequence[str], employer_ids: Sequence[str]) -> set[str]:
        schools = [entity_iri(i) for i in dict.fromkeys(school_ids) if _ID.match(i)]
        employers = [entity_iri(i) for i in dict.fromkeys(employer_ids) if _ID.match(i)]
        return {entity_id(person) for school in schools for employer in employers
                for person in self._select(sparql.ALUMNI, school=school, employer=employer)}

    def _neighbours(self, node: str, cache: dict[str, list[str]]) -> list[str]:
        if node not in cache:
            cache[node] = sorted(entity_id(n) for n in
                                 self._select(sparql.NEIGHBOURS, entity=entity_iri(node)))
        return cache[node]

    def _exists(self, node: str) -> bool:
        return (entity_iri(node), TG.name, None) in self.graph

    def shortest_paths(self, source_ids: Sequence[str], target_ids: Sequence[str],
                       max_hops: int) -> list[tuple[str, ...]]:
        """All shortest paths between any source and any other target, ignoring edge direction;
        when pairs are at different distances only the nearest pairs' paths are returned."""
        if max_hops < 0:
            raise UserInputError(f"max_hops must be >= 0, got {max_hops}", code="E001")
        sources = [s for s in dict.fromkeys(source_ids) if _ID.match(s) and self._exists(s)]
        targets = {t for t in target_ids if _ID.match(t) and self._exists(t)}
        cache: dict[str, list[str]] = {}
        best: list[tuple[str, ...]] = []
        limit = max_hops
        for source in sources:
            paths = self._bfs(source, targets - {source}, limit, cache)
            if not paths:
                continue
            hops = len(paths[0]) - 1
            if not best or hops < len(best[0]) - 1:
                best, limit = paths, hops
            elif hops == len(best[0]) - 1:
                best += paths
        return sorted(set(best))

    def _bfs(self, source: str, targets: set[str], max_hops: int,
             cache: dict[str, list[str]]) -> list[tuple[str, ...]]:
        """Every shortest path from ``source`` to its nearest targets, at most ``max_hops``."""
        if not targets:
            return []
        parents: dict[str, list[str]] = {source: []}
        frontier = [source]
        hops = 0
        while frontier and hops < max_hops:
            hops += 1
            layer: dict[str, list[str]] = {}
            for node in frontier:
                for nxt in self._neighbours(node, cache):
                    if nxt not in parents:
                        layer.setdefault(nxt, []).append(node)
            parents.update(layer)
            reached = sorted(targets.intersection(layer))
            if reached:
                return [p for t in reached for p in _unwind(t, parents)]
            frontier = sorted(layer)
        return []

    def all_facts(self) -> list[Fact]:
        return sorted(graph_to_facts(self.graph), key=lambda f: f.id)

    def __len__(self) -> int:
        return len(self.graph)


def _term(value: object):
    from rdflib import URIRef

    if isinstance(value, str) and value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    return Literal(value)


def _unwind(node: str, parents: dict[str, list[str]]) -> list[tuple[str, ...]]:
    if not parents[node]:
        return [(node,)]
    return [path + (node,) for parent in parents[node] for path in _unwind(parent, parents)]
