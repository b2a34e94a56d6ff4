"""Every Cypher statement talentgraph runs, in one place.

Values always travel as parameters. Labels and relationship types cannot be parameters in
Cypher, so the few templates that need one are filled by :func:`with_labels` from the
ontology's closed list only; anything else raises :class:`~talentgraph.errors.OntologyError`.

>>> with_labels(LB_MERGE_REL, relation="EMPLOYED_BY", subject="Person", object="Company")[:40]
'LOAD FROM $rows MATCH (a:Person {id: sid'
"""

from __future__ import annotations

from talentgraph.errors import OntologyError
from talentgraph.ontology.vocab import ENTITY_TYPES, RELATIONS

__all__ = ["with_labels", "ladybug_schema"]

ENTITY_PROPERTIES = ("id", "name", "aliases", "name_keys", "parent", "wikidata", "ror", "country")
CLAIM_PROPERTIES = ("fact_id", "degree", "field", "role", "team", "start_date", "end_date",
                    "current", "amount", "currency", "stake", "confidence", "hedged",
                    "sources", "evidence")

# --- LadybugDB (embedded) -------------------------------------------------------------------

LB_NODE_TABLE = (
    "CREATE NODE TABLE IF NOT EXISTS {label}(id STRING PRIMARY KEY, name STRING, "
    "aliases STRING[], name_keys STRING[], parent STRING, wikidata STRING, ror STRING, "
    "country STRING)"
)
LB_REL_TABLE = (
    "CREATE REL TABLE IF NOT EXISTS {relation}({pairs}, fact_id STRING, degree STRING, "
    "field STRING, role STRING, team STRING, start_date STRING, end_date STRING, current BOOL, "
    "amount DOUBLE, currency STRING, stake DOUBLE, confidence DOUBLE, hedged BOOL, "
    "sources STRING[], evidence STRING)"
)
LB_MERGE_NODES = (
    "LOAD FROM $rows MERGE (n:{label} {{id: id}}) SET n.name = name, n.aliases = aliases, "
    "n.name_keys = name_keys, n.parent = CAST(parent AS STRING), "
    "n.wikidata = CAST(wikidata AS STRING), n.ror = CAST(ror AS STRING), "
    "n.country = CAST(country AS STRING)"
)
LB_MERGE_REL = (
    "LOAD FROM $rows MATCH (a:{subject} {{id: sid}}) MATCH (b:{object} {{id: oid}}) "
    "MERGE (a)-[r:{relation} {{fact_id: fact_id}}]->(b) SET r.degree = CAST(degree AS STRING), "
    "r.field = CAST(field AS STRING), r.role = CAST(role AS STRING), "
    "r.team = CAST(team AS STRING), r.start_date = CAST(start_date AS STRING), "
    "r.end_date = CAST(end_date AS STRING), "
    "r.current = CAST(current AS BOOL), r.amount = CAST(amount AS DOUBLE), "
    "r.currency = CAST(currency AS STRING), r.stake = CAST(stake AS DOUBLE), "
    "r.confidence = CAST(confidence AS DOUBLE), r.hedged = CAST(hedged AS BOOL), r.sources = sources, r.evidence = evidence"
)
LB_ENTITIES_BY_ID = "MATCH (n) WHERE n.id IN $ids RETURN n"
LB_ENTITIES_BY_KEYS = "UNWIND $keys AS k MATCH (n) WHERE list_contains(n.name_keys, k) RETURN DISTINCT n"
LB_CLAIMS_BY_ID = "MATCH (a)-[r]->(b) WHERE r.fact_id IN $ids RETURN a, label(r), r, b"
LB_CLAIMS_TOUCHING = (
    "MATCH (a)-[r]->(b) WHERE a.id IN $ids OR b.id IN $ids RETURN a, label(r), r, b"
)
LB_ALL_CLAIMS = "MATCH (a)-[r]->(b) RETURN a, label(r), r, b"
LB_PARTS_OF = "MATCH (l:Lab)-[:PART_OF*1..5]->(o) WHERE o.id IN $ids RETURN DISTINCT l.id"
LB_ALUMNI = (
    "MATCH (p:Person)-[:EDUCATED_AT]->(s:University) WHERE s.id IN $schools "
    "MATCH (p)-[:EMPLOYED_BY]->(e) WHERE e.id IN $employers RETURN DISTINCT p.id"
)
LB_ALL_SHORTEST = (
    "MATCH p = (a)-[* ALL SHORTEST 1..8]-(b) WHERE a.id IN $sources AND b.id IN $targets "
    "RETURN nodes(p)"
)
LB_COUNT_NODES = "MATCH (n) RETURN label(n), count(*)"
LB_COUNT_RELS = "MATCH ()-[r]->() RETURN label(r), count(*)"


def with_labels(template: str, **labels: str) -> str:
    """Fill label slots of ``template``, accepting only the ontology's own names."""
    allowed = set(ENTITY_TYPES) | set(RELATIONS)
    for slot, value in labels.items():
        if value not in allowed:
            raise OntologyError(f"{value!r} (for {slot}) is not an ontology class or relation",
                                code="E051")
    return template.format(**labels)


def ladybug_schema() -> list[str]:
    """DDL for every node and relationship table, derived from the ontology."""
    statements = [with_labels(LB_NODE_TABLE, label=label) for label in ENTITY_TYPES]
    for name, spec in RELATIONS.items():
        pairs = ", ".join(f"FROM {s} TO {o}" for s in spec.domain for o in spec.range)
        statements.append(LB_REL_TABLE.format(relation=with_labels("{r}", r=name), pairs=pairs))
    return statements

# --- Neo4j ------------------------------------------------------------------------------------

NEO4J_CONSTRAINTS = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.fact_id IS UNIQUE",
    "CREATE CONSTRAINT source_name IF NOT EXISTS FOR (s:Source) REQUIRE s.name IS UNIQUE",
    "CREATE INDEX entity_name_keys IF NOT EXISTS FOR (n:Entity) ON (n.name_keys)",
)
NEO4J_MERGE_NODES = (
    "UNWIND $rows AS row MERGE (n:Entity {{id: row.id}}) SET n:{label}, n.name = row.name, "
    "n.aliases = row.aliases, n.name_keys = row.name_keys, n.parent = row.parent, "
    "n.wikidata = row.wikidata, n.ror = row.ror, n.country = row.country"
)
NEO4J_MERGE_CLAIMS = (
    "UNWIND $rows AS row MATCH (a:Entity {{id: row.sid}}) MATCH (b:Entity {{id: row.oid}}) "
    "MERGE (a)-[r:{relation} {{fact_id: row.fact_id}}]->(b) "
    "SET r.degree = row.degree, r.field = row.field, r.role = row.role, r.team = row.team, "
    "r.start_date = row.start_date, r.end_date = row.end_date, r.current = row.current, "
    "r.amount = row.amount, r.currency = row.currency, r.stake = row.stake, "
    "r.confidence = row.confidence, r.hedged = row.hedged, r.sources = row.sources, "
    "r.evidence = row.evidence "
    "MERGE (c:Claim {{fact_id: row.fact_id}}) "
    "SET c.relation = '{relation}', c.confidence = row.confidence, c.hedged = row.hedged "
    "MERGE (c)-[:SUBJECT]->(a) MERGE (c)-[:OBJECT]->(b) "
    "WITH c, row UNWIND row.spans AS span "
    "MERGE (s:Source {{name: span.source}}) "
    "MERGE (c)-[e:CITES {{start: span.start, end: span.end}}]->(s) SET e.quote = span.quote"
)
NEO4J_ENTITIES_BY_ID = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n, labels(n) AS labels"
NEO4J_ENTITIES_BY_KEYS = (
    "MATCH (n:Entity) WHERE any(k IN n.name_keys WHERE k IN $keys) RETURN n, labels(n) AS labels"
)
NEO4J_CLAIMS_BY_ID = (
    "MATCH (c:Claim) WHERE c.fact_id IN $ids "
    "MATCH (c)-[:SUBJECT]->(a:Entity), (c)-[:OBJECT]->(b:Entity) "
    "MATCH (a)-[r]->(b) WHERE r.fact_id = c.fact_id "
    "RETURN a, labels(a) AS al, type(r) AS rel, r, b, labels(b) AS bl"
)
NEO4J_CLAIMS_TOUCHING = (
    "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids OR b.id IN $ids "
    "RETURN a, labels(a) AS al, type(r) AS rel, r, b, labels(b) AS bl"
)
NEO4J_ALL_CLAIMS = (
    "MATCH (a:Entity)-[r]->(b:Entity) RETURN a, labels(a) AS al, type(r) AS rel, r, b, "
    "labels(b) AS bl"
)
NEO4J_PARTS_OF = "MATCH (l:Lab)-[:PART_OF*1..5]->(o:Entity) WHERE o.id IN $ids RETURN DISTINCT l.id"
NEO4J_ALUMNI = (
    "MATCH (p:Person)-[:EDUCATED_AT]->(s:University) WHERE s.id IN $schools "
    "MATCH (p)-[:EMPLOYED_BY]->(e:Entity) WHERE e.id IN $employers RETURN DISTINCT p.id"
)
NEO4J_ALL_SHORTEST = (
    "MATCH (a:Entity) WHERE a.id IN $sources MATCH (b:Entity) WHERE b.id IN $targets AND a <> b "
    "MATCH p = allShortestPaths((a)-[:{relations}*..8]-(b)) "
    "RETURN [n IN nodes(p) | n.id] AS ids"
)


def neo4j_shortest_query() -> str:
    """The all-shortest-paths query over the ontology's relationship types only."""
    return NEO4J_ALL_SHORTEST.format(relations="|".join(
        with_labels("{r}", r=name) for name in RELATIONS))

# LOAD CSV over the files of talentgraph.loaders.neo4j_import (where neo4j-admin is not at hand)
NEO4J_CSV_NODES = (
    "LOAD CSV WITH HEADERS FROM $url AS row "
    "MERGE (n:Entity {{id: row.`id:ID(Entity)`}}) SET n:{label}, n.name = row.name, "
    "n.aliases = coalesce(split(row.`aliases:string[]`, '|'), []), "
    "n.name_keys = coalesce(split(row.`name_keys:string[]`, '|'), []), "
    "n.parent = row.parent, n.wikidata = row.wikidata, n.ror = row.ror, n.country = row.country"
)
NEO4J_CSV_CLAIMS = (
    "LOAD CSV WITH HEADERS FROM $url AS row "
    "MATCH (a:Entity {{id: row.`:START_ID(Entity)`}}) MATCH (b:Entity {{id: row.`:END_ID(Entity)`}}) "
    "MERGE (a)-[r:{relation} {{fact_id: row.fact_id}}]->(b) "
    "SET r.degree = row.degree, r.field = row.field, r.role = row.role, r.team = row.team, "
    "r.start_date = row.start_date, r.end_date = row.end_date, "
    "r.current = toBoolean(row.`current:boolean`), r.amount = toFloat(row.`amount:double`), "
    "r.currency = row.currency, r.stake = toFloat(row.`stake:double`), "
    "r.confidence = toFloat(row.`confidence:double`), r.hedged = toBoolean(row.`hedged:boolean`), "
    "r.sources = split(row.`sources:string[]`, '|'), r.evidence = row.evidence"
)
NEO4J_CSV_CLAIM_NODES = (
    "LOAD CSV WITH HEADERS FROM $url AS row MERGE (c:Claim {fact_id: row.`fact_id:ID(Claim)`}) "
    "SET c.relation = row.relation, c.confidence = toFloat(row.`confidence:double`), "
    "c.hedged = toBoolean(row.`hedged:boolean`)"
)
NEO4J_CSV_SOURCES = (
    "LOAD CSV WITH HEADERS FROM $url AS row MERGE (:Source {name: row.`name:ID(Source)`})"
)
NEO4J_CSV_PROVENANCE = (
    "LOAD CSV WITH HEADERS FROM $url AS row MATCH (c:Claim {fact_id: row.`:START_ID(Claim)`}) "
    "MATCH (e:Entity {id: row.`:END_ID(Entity)`}) "
    "FOREACH (_ IN CASE row.`:TYPE` WHEN 'SUBJECT' THEN [1] ELSE [] END | MERGE (c)-[:SUBJECT]->(e)) "
    "FOREACH (_ IN CASE row.`:TYPE` WHEN 'OBJECT' THEN [1] ELSE [] END | MERGE (c)-[:OBJECT]->(e))"
)
NEO4J_CSV_CITES = (
    "LOAD CSV WITH HEADERS FROM $url AS row MATCH (c:Claim {fact_id: row.`:START_ID(Claim)`}) "
    "MATCH (s:Source {name: row.`:END_ID(Source)`}) "
    "MERGE (c)-[e:CITES {start: toInteger(row.`start:long`), end: toInteger(row.`end:long`)}]->(s) "
    "SET e.quote = row.quote"
)
