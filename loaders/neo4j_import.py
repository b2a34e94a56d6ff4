"""Bulk export for big graphs: CSV files for ``neo4j-admin database import full``.

Writes one node file per entity type plus ``claims.csv`` and ``sources.csv``, one relationship
file per relation plus the provenance links, and ``import.sh`` with the command line. The same
files also load with ``LOAD CSV`` (see ``load_csv_statements``) where neo4j-admin is not at hand.

>>> from talentgraph.loaders.neo4j_import import ARRAY_DELIMITER
>>> ARRAY_DELIMITER
'|'
"""

from __future__ import annotations

import csv
import shlex
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from talentgraph.errors import UserInputError
from talentgraph.facts import Fact, merge_facts
from talentgraph.loaders.property_graph import claim_row, entity_row
from talentgraph.ontology.vocab import ENTITY_TYPES, RELATIONS

__all__ = ["export_neo4j_import", "ARRAY_DELIMITER", "ExportedFiles"]

ARRAY_DELIMITER = "|"
NODE_HEADER = ["id:ID(Entity)", ":LABEL", "name", "aliases:string[]", "name_keys:string[]",
               "parent", "wikidata", "ror", "country"]
CLAIM_COLUMNS = ["degree", "field", "role", "team", "start_date", "end_date", "current:boolean",
                 "amount:double", "currency", "stake:double", "confidence:double",
                 "hedged:boolean", "sources:string[]", "evidence"]


class ExportedFiles(dict):
    """File kind → paths written, plus ``command`` (the neo4j-admin command line)."""


def _array(values: Sequence[str], what: str) -> str:
    for value in values:
        if ARRAY_DELIMITER in value:
            raise UserInputError(f"{what} {value!r} contains {ARRAY_DELIMITER!r}, the array "
                                 "delimiter of the import files; rename it in the facts",
                                 code="E015")
    return ARRAY_DELIMITER.join(values)


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def export_neo4j_import(facts: Sequence[Fact], out_dir: str | Path, *,
                        database: str = "neo4j") -> ExportedFiles:
    """Write the import files for ``facts`` into ``out_dir``; return what was written."""
    facts = merge_facts(list(facts))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = ExportedFiles(nodes=[], relationships=[])
    entities = {e.id: e for f in facts for e in (f.subject, f.object)}
    by_type = defaultdict(list)
    for entity in entities.values():
        by_type[entity.type].append(entity)
    for label in ENTITY_TYPES:
        path = out / f"nodes-{label.lower()}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(NODE_HEADER)
            for entity in sorted(by_type[label], key=lambda e: e.id):
                row = entity_row(entity)
                writer.writerow([row["id"], f"Entity;{label}", row["name"],
                                 _array(row["aliases"], "alias"),
                                 _array(row["name_keys"], "name key"),
                                 *(_cell(row[k]) for k in ("parent", "wikidata", "ror", "country"))])
        files["nodes"].append(path)
    rel_rows = defaultdict(list)
    for fact in facts:
        rel_rows[fact.relation].append(claim_row(fact))
    for relation in RELATIONS:
        path = out / f"rels-{relation.lower()}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "fact_id",
                             *CLAIM_COLUMNS])
            for row in sorted(rel_rows[relation], key=lambda r: r["fact_id"]):
                writer.writerow([row["sid"], row["oid"], relation, row["fact_id"],
                                 *(_cell(row[c.split(":")[0]]) if c.split(":")[0] != "sources"
                                   else _array(row["sources"], "source name")
                                   for c in CLAIM_COLUMNS)])
        files["relationships"].append(path)
    _write_provenance(facts, out, files)
    command = ["neo4j-admin", "database", "import", "full", f"--array-delimiter={ARRAY_DELIMITER}",
               "--overwrite-destination"]
    command += [f"--nodes={p.name}" for p in files["nodes"]]
    command += [f"--relationships={p.name}" for p in files["relationships"]]
    command.append(database)
    script = out / "import.sh"
    script.write_text("#!/usr/bin/env sh\n# Run from this folder, with the Neo4j server stopped.\n"
                      'cd "$(dirname "$0")"\n' + " ".join(shlex.quote(c) for c in command) + "\n",
                      encoding="utf-8")
    script.chmod(0o755)
    files["command"] = command
    return files


def _write_provenance(facts: list[Fact], out: Path, files: ExportedFiles) -> None:
    claims = out / "nodes-claim.csv"
    sources = out / "nodes-source.csv"
    links = out / "rels-provenance.csv"
    names = sorted({e.source for f in facts for e in f.evidence})
    with claims.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["fact_id:ID(Claim)", ":LABEL", "relation", "confidence:double",
                         "hedged:boolean"])
        for fact in sorted(facts, key=lambda f: f.id):
            writer.writerow([fact.id, "Claim", fact.relation, fact.confidence,
                             _cell(fact.hedged)])
    with sources.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name:ID(Source)", ":LABEL"])
        writer.writerows([name, "Source"] for name in names)
    with links.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"])
        for fact in sorted(facts, key=lambda f: f.id):
            writer.writerow([fact.id, fact.subject.id, "SUBJECT"])
            writer.writerow([fact.id, fact.object.id, "OBJECT"])
    cites = out / "rels-cites.csv"
    with cites.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([":START_ID(Claim)", ":END_ID(Source)", ":TYPE", "start:long", "end:long",
                         "quote"])
        for fact in sorted(facts, key=lambda f: f.id):
            for ev in fact.evidence:
                writer.writerow([fact.id, ev.source, "CITES", ev.start, ev.end, ev.quote])
    files["nodes"] += [claims, sources]
    files["relationships"] += [links, cites]
