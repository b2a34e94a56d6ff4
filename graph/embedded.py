"""The embedded store: LadybugDB (the maintained fork of Kùzu), no server needed.

Entities are node tables (one per ontology class); each claim is one relationship, so a Cypher
user sees ``(p:Person)-[r:EMPLOYED_BY {role, start_date, confidence, hedged, sources}]->(c)``.
Loading runs in one transaction: a failure leaves the database as it was.

>>> store = LadybugStore()          # in memory
>>> store.counts()
{}
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from talentgraph.errors import StoreError
from talentgraph.facts import Entity, Fact
from talentgraph.graph import cypher
from talentgraph.graph.store import GraphStore, LoadReport, plan_load
from talentgraph.loaders.property_graph import (claim_rows_by_type, entity_from_row,
                                                fact_from_row, rows_by_label)

__all__ = ["LadybugStore", "DEFAULT_FILE"]

DEFAULT_FILE = "graph.lbug"


class LadybugStore(GraphStore):
    backend = "embedded"

    def __init__(self, location: str | Path | None = None, *, read_only: bool = False) -> None:
        import ladybug

        path = ":memory:" if location is None else Path(location)
        if isinstance(path, Path) and path.is_dir():
            path = path / DEFAULT_FILE
        if read_only and isinstance(path, Path) and not path.exists():
            raise StoreError(f"no embedded database at {path}; run `talentgraph build` first",
                             code="E042")
        try:
            self._db = ladybug.Database(str(path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
            if not read_only:
                for statement in cypher.ladybug_schema():
                    self._conn.execute(statement)
        except RuntimeError as err:
            raise StoreError(f"cannot open the embedded database at {path}: {err}",
                             code="E043") from err
        self.location = path

    # -- writing -------------------------------------------------------------------------

    def load(self, facts: Sequence[Fact]) -> LoadReport:
        plan = plan_load(
            facts,
            stored_claims=lambda ids: self._claims(cypher.LB_CLAIMS_BY_ID, ids=ids),
            stored_entities=lambda ids: self._entities(cypher.LB_ENTITIES_BY_ID, ids=ids))
        self._write(plan.entities, plan.facts)
        return plan.report

    def _write(self, entities, facts: list[Fact]) -> None:
        self._conn.execute("BEGIN TRANSACTION")
        try:
            for label, rows in rows_by_label(entities).items():
                self._conn.execute(cypher.with_labels(cypher.LB_MERGE_NODES, label=label),
                                   {"rows": _frame(rows)})
            for (relation, subject, obj), rows in claim_rows_by_type(facts).items():
                query = cypher.with_labels(cypher.LB_MERGE_REL, relation=relation,
                                           subject=subject, object=obj)
                self._conn.execute(query, {"rows": _frame(rows)})
            self._conn.execute("COMMIT")
        except RuntimeError as err:
            self._rollback()
            raise StoreError(f"load failed and was rolled back: {err}", code="E044") from err

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError:
            pass  # LadybugDB already rolled the transaction back when the statement failed

    # -- reading -------------------------------------------------------------------------

    def _rows(self, query: str, **params: object) -> list[list[object]]:
        try:
            result = self._conn.execute(query, params)
        except RuntimeError as err:
            raise StoreError(f"query failed: {err}", code="E045") from err
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return rows

    def _entities(self, query: str, **params: object) -> list[Entity]:
        return sorted((entity_from_row(row[0]) for row in self._rows(query, **params)),
                      key=lambda e: e.id)

    def _claims(self, query: str, **params: object) -> list[Fact]:
        facts = [fact_from_row(a, relation, rel, b) for a, relation, rel, b in
                 self._rows(query, **params)]
        return sorted(facts, key=lambda f: f.id)

    def entities_by_keys(self, keys: Sequence[str]) -> list[Entity]:
        return self._entities(cypher.LB_ENTITIES_BY_KEYS, keys=list(keys))

    def facts_touching(self, entity_ids: Sequence[str],
                       relations: Sequence[str] | None = None) -> list[Fact]:
        facts = self._claims(cypher.LB_CLAIMS_TOUCHING, ids=list(entity_ids))
        return [f for f in facts if relations is None or f.relation in relations]

    def alumni_ids(self, school_ids: Sequence[str], employer_ids: Sequence[str]) -> set[str]:
        labs = [row[0] for row in self._rows(cypher.LB_PARTS_OF, ids=list(employer_ids))]
        rows = self._rows(cypher.LB_ALUMNI, schools=list(school_ids),
                          employers=list(employer_ids) + labs)
        return {row[0] for row in rows}

    def shortest_paths(self, source_ids: Sequence[str], target_ids: Sequence[str],
                       max_hops: int) -> list[tuple[str, ...]]:
        rows = self._rows(cypher.LB_ALL_SHORTEST, sources=list(source_ids),
                          targets=list(target_ids))
        paths = {tuple(node["id"] for node in row[0]) for row in rows}
        paths = {p for p in paths if len(p) - 1 <= max_hops and p[0] != p[-1]}
        if not paths:
            return []
        shortest = min(len(p) for p in paths)
        return sorted(p for p in paths if len(p) == shortest)

    def all_facts(self) -> list[Fact]:
        return self._claims(cypher.LB_ALL_CLAIMS)

    def cypher(self, query: str, params: dict[str, object] | None = None
               ) -> tuple[list[str], list[list[object]]]:
        """Run an ad-hoc Cypher query with parameters; return column names and rows."""
        try:
            result = self._conn.execute(query, params or {})
        except RuntimeError as err:
            raise StoreError(f"Cypher error: {err}", code="E046") from err
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return columns, rows

    def close(self) -> None:
        self._conn.close()
        self._db.close()


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    return pd.DataFrame(rows, dtype=object)
