"""One interface for every store, and the registry that opens a store by name.

Each backend answers the same primitive questions in its own language (Cypher for the embedded
LadybugDB store and Neo4j, SPARQL for RDF, Python for networkx); the named queries in
:mod:`talentgraph.graph.queries` are built on these primitives only, so every backend gives the
same answers. Backends are imported lazily: asking for ``rdf`` never imports ``ladybug``.

>>> sorted(BACKENDS)
['embedded', 'neo4j', 'networkx', 'rdf']
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from talentgraph.errors import UserInputError
from talentgraph.facts import Entity, Fact, merge_entities, merge_facts

__all__ = ["GraphStore", "LoadReport", "LoadPlan", "plan_load", "BACKENDS", "open_store"]

BACKENDS: dict[str, str] = {
    "embedded": "talentgraph.graph.embedded:LadybugStore",
    "rdf": "talentgraph.graph.rdfstore:RdfStore",
    "networkx": "talentgraph.graph.nxstore:NetworkxStore",
    "neo4j": "talentgraph.graph.neo4jstore:Neo4jStore",
}


class LoadReport(BaseModel):
    """What one load did: facts given, claims new to the store, claims whose evidence grew."""

    model_config = ConfigDict(frozen=True)

    facts: int
    new_claims: int
    updated_claims: int
    entities: int


class LoadPlan(NamedTuple):
    """What a store must write to add some facts: merged entities and claims, and the report."""

    entities: list[Entity]
    facts: list[Fact]
    report: LoadReport


def plan_load(facts: Sequence[Fact], *, stored_claims: Callable[[list[str]], list[Fact]],
              stored_entities: Callable[[list[str]], list[Entity]]) -> LoadPlan:
    """Merge incoming facts with what a store already holds for the same claims and entities.

    A claim already stored gains the new evidence (and the higher confidence); an entity already
    stored gains the new aliases. Loading the same facts twice plans no change.
    """
    incoming = merge_facts(list(facts))
    stored = {f.id: f for f in stored_claims([f.id for f in incoming])}
    ids = sorted({e.id for f in incoming for e in (f.subject, f.object)})
    entities = {e.id: e for e in stored_entities(ids)}
    for fact in incoming:
        for e in (fact.subject, fact.object):
            entities[e.id] = merge_entities(entities[e.id], e) if e.id in entities else e
    final = merge_facts(list(stored.values()) + [
        f.model_copy(update={"subject": entities[f.subject.id], "object": entities[f.object.id]})
        for f in incoming])
    report = LoadReport(
        facts=len(facts),
        new_claims=sum(1 for f in final if f.id not in stored),
        updated_claims=sum(1 for f in final if f.id in stored and f != stored[f.id]),
        entities=len(entities),
    )
    return LoadPlan(list(entities.values()), final, report)


class GraphStore(ABC):
    """A store of facts. Loading is idempotent and atomic; queries never modify the store."""

    backend: str = ""

    @abstractmethod
    def load(self, facts: Sequence[Fact]) -> LoadReport:
        """Add facts. A claim already stored gains the new evidence; a failed load changes nothing."""

    @abstractmethod
    def entities_by_keys(self, keys: Sequence[str]) -> list[Entity]:
        """Entities one of whose name keys (:func:`talentgraph.names.alias_key`) is in ``keys``."""

    @abstractmethod
    def facts_touching(self, entity_ids: Sequence[str],
                       relations: Sequence[str] | None = None) -> list[Fact]:
        """Facts whose subject or object is one of ``entity_ids``, optionally of some relations."""

    @abstractmethod
    def alumni_ids(self, school_ids: Sequence[str], employer_ids: Sequence[str]) -> set[str]:
        """People EDUCATED_AT a school and EMPLOYED_BY an employer or a lab PART_OF it."""

    @abstractmethod
    def shortest_paths(self, source_ids: Sequence[str], target_ids: Sequence[str],
                       max_hops: int) -> list[tuple[str, ...]]:
        """Every shortest path (as entity ids, edges taken both ways) between the two sets."""

    @abstractmethod
    def all_facts(self) -> list[Fact]:
        """Every fact in the store."""

    def counts(self) -> dict[str, int]:
        """Entities by type and facts by relation."""
        from collections import Counter

        facts = self.all_facts()
        entities = {e.id: e.type for f in facts for e in (f.subject, f.object)}
        out = Counter(entities.values())
        out.update(f.relation for f in facts)
        return dict(sorted(out.items()))

    def close(self) -> None:
        """Release files and connections."""

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(backend: str, location: str | Path | None = None, **options: object) -> GraphStore:
    """Open the store called ``backend`` at ``location`` (a folder, a file, or a URI).

    >>> store = open_store("networkx")
    >>> store.all_facts()
    []
    """
    target = BACKENDS.get(backend)
    if target is None:
        raise UserInputError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}",
                             code="E002")
    module_name, class_name = target.split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(location, **options)
