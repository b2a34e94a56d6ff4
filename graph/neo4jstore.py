"""The Neo4j store, over Bolt with the official driver.

Entities are ``:Entity`` nodes with their type as a second label; each claim is one typed
relationship carrying its qualifiers and evidence, and also a ``:Claim`` node linked to its
``:Source`` nodes by ``CITES {start, end, quote}`` — so a Cypher user can see why an edge exists.
Writes go in batches (``UNWIND $rows``), one transaction each; every value is a parameter.

Connection settings come from arguments or the environment: ``NEO4J_URI``, ``NEO4J_USERNAME``,
``NEO4J_PASSWORD``, ``NEO4J_DATABASE``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence

from talentgraph.errors import ConnectionFailed, StoreError, UserInputError
from talentgraph.facts import Entity, Fact
from talentgraph.graph import cypher
from talentgraph.graph.store import GraphStore, LoadReport, plan_load
from talentgraph.loaders.property_graph import (claim_rows_by_type, entity_from_row,
                                                fact_from_row, rows_by_label)

__all__ = ["Neo4jStore", "connection_settings"]

ENTITY_LABELS = ("Person", "University", "Company", "Lab")


def connection_settings(uri: str | None = None, user: str | None = None,
                        password: str | None = None, database: str | None = None) -> dict:
    """Settings from the arguments, else the environment; a missing URI is a usage error."""
    settings = {
        "uri": uri or os.environ.get("NEO4J_URI"),
        "user": user or os.environ.get("NEO4J_USERNAME", "neo4j"),
        "password": password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
        "database": database or os.environ.get("NEO4J_DATABASE", "neo4j"),
    }
    if not settings["uri"]:
        raise UserInputError("no Neo4j server given: pass --neo4j-uri or set NEO4J_URI "
                             "(e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io)",
                             code="E047")
    return settings


class Neo4jStore(GraphStore):
    backend = "neo4j"

    def __init__(self, location: str | None = None, *, user: str | None = None,
                 password: str | None = None, database: str | None = None,
                 batch_size: int = 1000, read_only: bool = False) -> None:
        import neo4j

        settings = connection_settings(location, user, password, database)
        self.uri, self.database, self.batch_size = settings["uri"], settings["database"], batch_size
        self._user = settings["user"]
        try:
            self._driver = neo4j.GraphDatabase.driver(
                self.uri, auth=(settings["user"], settings["password"]))
            self._driver.verify_connectivity()
            with self._driver.session(database=self.database) as session:
                session.run("RETURN 1").consume()
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError,
                ValueError) as err:
            self._fail(err)
        if not read_only:
            self._run_each(cypher.NEO4J_CONSTRAINTS)

    def _fail(self, err: BaseException) -> None:
        from neo4j import exceptions as nx

        if isinstance(err, nx.AuthError):
            raise ConnectionFailed(f"Neo4j at {self.uri} refused the credentials of user "
                                   f"{self._user!r}; check NEO4J_USERNAME and NEO4J_PASSWORD",
                                   code="E048") from None
        if isinstance(err, nx.ClientError) and "DatabaseNotFound" in (err.code or ""):
            raise ConnectionFailed(f"Neo4j at {self.uri} has no database {self.database!r}; "
                                   "check NEO4J_DATABASE (Community edition has only 'neo4j')",
                                   code="E049") from None
        if isinstance(err, (nx.ServiceUnavailable, nx.SessionExpired, OSError, ValueError,
                            nx.ConfigurationError)):
            raise ConnectionFailed(f"cannot reach Neo4j at {self.uri}; is the server running "
                                   "and is NEO4J_URI right?", code="E041") from None
        if isinstance(err, nx.Neo4jError):
            raise StoreError(f"Neo4j error {err.code}: {err.message}", code="E040") from None
        raise err

    def _run_each(self, statements: Sequence[str]) -> None:
        with self._driver.session(database=self.database) as session:
            for statement in statements:
                session.run(statement).consume()

    def _query(self, query: str, params: dict[str, object], *, what: str = "Neo4j query failed"):
        """Run a read query; return its records and column names, errors as one line."""
        from neo4j import exceptions as nx

        try:
            records, _, keys = self._driver.execute_query(query, params, database_=self.database,
                                                          routing_="r")
        except nx.Neo4jError as err:
            raise StoreError(f"{what}: {err.code}: {err.message}", code="E045") from None
        return records, keys

    def _read(self, query: str, **params: object) -> list[dict]:
        return [r.data() for r in self._query(query, params)[0]]

    # -- writing -------------------------------------------------------------------------

    def load(self, facts: Sequence[Fact]) -> LoadReport:
        plan = plan_load(
            facts,
            stored_claims=lambda ids: self._claims(cypher.NEO4J_CLAIMS_BY_ID, ids=ids),
            stored_entities=lambda ids: self._entities(cypher.NEO4J_ENTITIES_BY_ID, ids=ids))
        for label, rows in rows_by_label(plan.entities).items():
            self._write_batches(cypher.with_labels(cypher.NEO4J_MERGE_NODES, label=label), rows)
        for (relation, _s, _o), rows in claim_rows_by_type(plan.facts).items():
            for row in rows:
                row["spans"] = json.loads(row["evidence"])
            self._write_batches(cypher.with_labels(cypher.NEO4J_MERGE_CLAIMS, relation=relation),
                                rows)
        return plan.report

    def _write_batches(self, query: str, rows: list[dict]) -> None:
        from neo4j import exceptions as nx

        for batch in _chunks(rows, self.batch_size):
            try:
                with self._driver.session(database=self.database) as session:
                    session.execute_write(lambda tx, b=batch: tx.run(query, rows=b).consume())
            except nx.Neo4jError as err:
                raise StoreError(f"Neo4j rejected a batch (rolled back; earlier batches are "
                                 f"kept and a rerun completes the load): {err.code}: "
                                 f"{err.message}", code="E044") from None
            except nx.ServiceUnavailable:
                raise ConnectionFailed(f"lost the connection to Neo4j at {self.uri} during the "
                                       "load; rerun it to complete", code="E041") from None

    # -- reading -------------------------------------------------------------------------

    def _entities(self, query: str, **params: object) -> list[Entity]:
        records, _ = self._query(query, params)
        return sorted((entity_from_row(dict(r["n"]), _type(r["labels"])) for r in records),
                      key=lambda e: e.id)

    def _claims(self, query: str, **params: object) -> list[Fact]:
        records, _ = self._query(query, params)
        facts = [fact_from_row(dict(r["a"]) | {"_label": _type(r["al"])}, r["rel"], dict(r["r"]),
                               dict(r["b"]) | {"_label": _type(r["bl"])}) for r in records]
        return sorted(facts, key=lambda f: f.id)

    def entities_by_keys(self, keys: Sequence[str]) -> list[Entity]:
        return self._entities(cypher.NEO4J_ENTITIES_BY_KEYS, keys=list(keys))

    def facts_touching(self, entity_ids: Sequence[str],
                       relations: Sequence[str] | None = None) -> list[Fact]:
        facts = self._claims(cypher.NEO4J_CLAIMS_TOUCHING, ids=list(entity_ids))
        return [f for f in facts if relations is None or f.relation in relations]

    def alumni_ids(self, school_ids: Sequence[str], employer_ids: Sequence[str]) -> set[str]:
        labs = [r["l.id"] for r in self._read(cypher.NEO4J_PARTS_OF, ids=list(employer_ids))]
        rows = self._read(cypher.NEO4J_ALUMNI, schools=list(school_ids),
                          employers=list(employer_ids) + labs)
        return {r["p.id"] for r in rows}

    def shortest_paths(self, source_ids: Sequence[str], target_ids: Sequence[str],
                       max_hops: int) -> list[tuple[str, ...]]:
        rows = self._read(cypher.neo4j_shortest_query(), sources=list(source_ids),
                          targets=list(target_ids))
        paths = {tuple(r["ids"]) for r in rows if len(r["ids"]) - 1 <= max_hops}
        if not paths:
            return []
        shortest = min(len(p) for p in paths)
        return sorted(p for p in paths if len(p) == shortest)

    def all_facts(self) -> list[Fact]:
        return self._claims(cypher.NEO4J_ALL_CLAIMS)

    def cypher(self, query: str, params: dict[str, object] | None = None
               ) -> tuple[list[str], list[list[object]]]:
        """Run an ad-hoc read query with parameters; return column names and rows."""
        records, keys = self._query(query, params or {}, what="Cypher error")
        return list(keys), [list(r.values()) for r in records]

    def import_csv(self, files: dict, url_prefix: str) -> None:
        """Load files written by :func:`~talentgraph.loaders.neo4j_import.export_neo4j_import`
        with LOAD CSV; ``url_prefix`` is how the server sees their folder (``file:///``)."""
        plan = []
        for path in files["nodes"]:
            label = path.stem.split("-", 1)[1].capitalize()
            if label in ENTITY_LABELS:
                plan.append((cypher.with_labels(cypher.NEO4J_CSV_NODES, label=label), path))
        plan.append((cypher.NEO4J_CSV_CLAIM_NODES, _named(files["nodes"], "nodes-claim.csv")))
        plan.append((cypher.NEO4J_CSV_SOURCES, _named(files["nodes"], "nodes-source.csv")))
        for path in files["relationships"]:
            relation = path.stem.split("-", 1)[1].upper()
            if relation in cypher.RELATIONS:
                plan.append((cypher.with_labels(cypher.NEO4J_CSV_CLAIMS, relation=relation), path))
        plan.append((cypher.NEO4J_CSV_PROVENANCE,
                     _named(files["relationships"], "rels-provenance.csv")))
        plan.append((cypher.NEO4J_CSV_CITES, _named(files["relationships"], "rels-cites.csv")))
        from neo4j import exceptions as nx

        for query, path in plan:
            try:
                self._driver.execute_query(query, {"url": url_prefix + path.name},
                                           database_=self.database)
            except nx.Neo4jError as err:
                raise StoreError(f"LOAD CSV of {path.name} failed: {err.code}: {err.message}",
                                 code="E044") from None

    def count_nodes_and_relationships(self) -> tuple[int, int]:
        rows = self._read("MATCH (n) RETURN count(n) AS n")
        rels = self._read("MATCH ()-[r]->() RETURN count(r) AS r")
        return rows[0]["n"], rels[0]["r"]

    def close(self) -> None:
        self._driver.close()


def _type(labels: Sequence[str]) -> str:
    return next(label for label in labels if label in ENTITY_LABELS)


def _named(paths, name: str):
    return next(p for p in paths if p.name == name)


def _chunks(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]
