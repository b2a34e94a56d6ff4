"""Benchmark: facts per second into Neo4j, batched loader vs one statement per fact.

Run against a real server (start one with scripts/neo4j-test-server/neo4j-test-server):

    scripts/neo4j-test-server/neo4j-test-server run -- python benchmarks/bench_neo4j.py 10000 100000

Prints a table; the database is emptied before each run.
"""

from __future__ import annotations

import logging
import random
import sys
import time

from rich.console import Console
from rich.table import Table

from talentgraph.facts import Entity, Evidence, Fact, Qualifiers
from talentgraph.graph import cypher
from talentgraph.graph.neo4jstore import Neo4jStore
from talentgraph.loaders.property_graph import claim_row, entity_row

NAIVE_NODE = ("MERGE (n:Entity {id: $id}) SET n.name = $name, n.aliases = $aliases, "
              "n.name_keys = $name_keys")


def synthetic_facts(n: int, seed: int = 7) -> list[Fact]:
    """``n`` employment and education facts among n/3 people and n/30 organisations."""
    rng = random.Random(seed)
    people = [Entity(id=f"person:p{i}", type="Person", name=f"Person {i}") for i in range(max(1, n // 3))]
    orgs = [Entity(id=f"org:c{i}", type="Company", name=f"Company {i}") for i in range(max(1, n // 30))]
    schools = [Entity(id=f"univ:u{i}", type="University", name=f"University {i}") for i in range(50)]
    facts = []
    for i in range(n):
        person = rng.choice(people)
        quote = f"{person.name} fact {i}"
        evidence = (Evidence(source=f"article-{i % 997}.txt", start=0, end=len(quote), quote=quote),)
        if i % 3 == 0:
            facts.append(Fact(subject=person, relation="EDUCATED_AT", object=rng.choice(schools),
                              qualifiers=Qualifiers(degree=rng.choice(["bachelor", "phd"]), start=str(1990 + i % 30)),
                              evidence=evidence, confidence=0.9))
        else:
            facts.append(Fact(subject=person, relation="EMPLOYED_BY", object=rng.choice(orgs),
                              qualifiers=Qualifiers(role=f"role {i}", start=str(2000 + i % 25)),
                              evidence=evidence, confidence=0.8))
    return facts


def naive_load(store: Neo4jStore, facts: list[Fact]) -> None:
    """One auto-committed statement per entity and per fact."""
    with store._driver.session(database=store.database) as session:
        seen = set()
        for fact in facts:
            for entity in (fact.subject, fact.object):
                if entity.id not in seen:
                    seen.add(entity.id)
                    row = entity_row(entity)
                    session.run(NAIVE_NODE, id=row["id"], name=row["name"], aliases=row["aliases"],
                                name_keys=row["name_keys"]).consume()
            row = claim_row(fact)
            row["spans"] = [e.model_dump() for e in fact.evidence]
            query = cypher.with_labels(cypher.NEO4J_MERGE_CLAIMS, relation=fact.relation)
            session.run(query, rows=[row]).consume()


def main(sizes: list[int]) -> None:
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    table = Table(title="Neo4j load: facts per second")
    for column in ("facts", "loader", "seconds", "facts/s"):
        table.add_column(column, justify="right")
    store = Neo4jStore()
    for n in sizes:
        facts = synthetic_facts(n)
        for name, load in (("batched (UNWIND $rows, 1000/tx)", store.load),
                           ("naive (1 statement per fact)", lambda f: naive_load(store, f))):
            with store._driver.session(database=store.database) as session:
                session.run("MATCH (n) CALL (n) { DETACH DELETE n } "
                            "IN TRANSACTIONS OF 10000 ROWS").consume()
            started = time.perf_counter()
            load(facts)
            elapsed = time.perf_counter() - started
            table.add_row(f"{n:,}", name, f"{elapsed:.1f}", f"{n / elapsed:,.0f}")
    store.close()
    Console().print(table)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000])
