"""Facts ⇄ rows for property-graph stores (LadybugDB, Neo4j).

Entities become nodes labelled with their type; each claim becomes one relationship typed with
its relation, carrying the qualifiers, confidence, hedging and evidence (as JSON, plus the list of
source names so a Cypher user can filter by source without parsing JSON).

>>> from talentgraph.facts import Entity, Evidence, Fact
>>> a = Entity(id="person:a", type="Person", name="A", aliases=("甲",))
>>> b = Entity(id="org:b", type="Company", name="B")
>>> f = Fact(subject=a, relation="EMPLOYED_BY", object=b, confidence=0.5,
...          evidence=(Evidence(source="s.txt", start=0, end=1, quote="A"),))
>>> row = claim_row(f)
>>> fact_from_row(entity_row(a) | {"_label": "Person"}, "EMPLOYED_BY", row,
...               entity_row(b) | {"_label": "Company"}) == f
True
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping

from talentgraph.facts import Entity, Evidence, Fact, Qualifiers
from talentgraph.names import entity_keys

__all__ = ["entity_row", "claim_row", "entity_from_row", "fact_from_row", "rows_by_label",
           "claim_rows_by_type"]

_QUALIFIER_COLUMNS = {"start": "start_date", "end": "end_date"}


def entity_row(entity: Entity) -> dict[str, object]:
    return {
        "id": entity.id,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "name_keys": entity_keys(entity.name, entity.aliases),
        "parent": entity.parent,
        "wikidata": entity.wikidata,
        "ror": entity.ror,
        "country": entity.country,
    }


def claim_row(fact: Fact) -> dict[str, object]:
    q = fact.qualifiers
    row: dict[str, object] = {"sid": fact.subject.id, "oid": fact.object.id, "fact_id": fact.id}
    for name in Qualifiers.model_fields:
        row[_QUALIFIER_COLUMNS.get(name, name)] = getattr(q, name)
    row.update(
        confidence=fact.confidence,
        hedged=fact.hedged,
        sources=sorted({e.source for e in fact.evidence}),
        evidence=json.dumps([e.model_dump() for e in fact.evidence], ensure_ascii=False),
    )
    return row


def entity_from_row(node: Mapping[str, object], label: str | None = None) -> Entity:
    return Entity(
        id=node["id"],
        type=label or node.get("_label") or node["_LABEL"],
        name=node["name"],
        aliases=tuple(node.get("aliases") or ()),
        parent=node.get("parent"),
        wikidata=node.get("wikidata"),
        ror=node.get("ror"),
        country=node.get("country"),
    )


def fact_from_row(subject: Mapping[str, object], relation: str, rel: Mapping[str, object],
                  obj: Mapping[str, object]) -> Fact:
    qualifiers = {}
    for name in Qualifiers.model_fields:
        value = rel.get(_QUALIFIER_COLUMNS.get(name, name))
        if value is not None and value == value:  # NaN from a DataFrame is missing
            qualifiers[name] = value
    return Fact(
        subject=entity_from_row(subject),
        relation=relation,
        object=entity_from_row(obj),
        qualifiers=Qualifiers(**qualifiers),
        evidence=tuple(Evidence(**e) for e in json.loads(rel["evidence"])),
        confidence=rel["confidence"],
        hedged=bool(rel["hedged"]),
    )


def rows_by_label(entities: Iterable[Entity]) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = defaultdict(list)
    for entity in entities:
        out[entity.type].append(entity_row(entity))
    return dict(out)


def claim_rows_by_type(facts: Iterable[Fact]) -> dict[tuple[str, str, str], list[dict[str, object]]]:
    """Claim rows grouped by (relation, subject type, object type)."""
    out: dict[tuple[str, str, str], list[dict[str, object]]] = defaultdict(list)
    for fact in facts:
        out[(fact.relation, fact.subject.type, fact.object.type)].append(claim_row(fact))
    return dict(out)
