"""The facts contract, version 1: one :class:`Fact` per line of a JSON Lines file.

A fact says that ``subject`` stands in ``relation`` to ``object``, with ``qualifiers`` (degree,
role, dates, ...), the ``evidence`` that supports it (character spans of source files), a
``confidence`` in [0, 1], and whether the source ``hedged``. Records are frozen; every stage of
the pipeline passes them on unchanged or makes new ones.

>>> nv = Entity(id="org:nvidia", type="Company", name="Nvidia", aliases=("英伟达",))
>>> zhu = Entity(id="person:banghua-zhu", type="Person", name="Banghua Zhu")
>>> ev = Evidence(source="a.txt", start=0, end=3, quote="朱邦华")
>>> f = Fact(subject=zhu, relation="EMPLOYED_BY", object=nv, evidence=(ev,), confidence=0.9)
>>> f.id == Fact.model_validate_json(f.model_dump_json()).id
True
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator, model_validator

from talentgraph.ontology.vocab import Degree, EntityType, RelationName, check_relation

__all__ = [
    "SCHEMA_VERSION",
    "PARTIAL_DATE",
    "Entity",
    "Qualifiers",
    "Evidence",
    "Fact",
    "merge_facts",
    "json_schema",
]

SCHEMA_VERSION = 1
PARTIAL_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
ENTITY_ID = r"^(person|org|lab|univ):[a-z0-9][a-z0-9._-]*$"

PartialDate = Annotated[str, Field(pattern=PARTIAL_DATE, description="ISO date at the known precision")]
NonEmpty = Annotated[str, Field(min_length=1)]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class Entity(_Record):
    """A person or an organisation, with every spelling seen of its name."""

    id: str = Field(pattern=ENTITY_ID, description="Stable id, e.g. person:banghua-zhu, org:nvidia")
    type: EntityType
    name: NonEmpty = Field(description="Canonical name, English where known")
    aliases: tuple[NonEmpty, ...] = Field(default=(), description="Every spelling seen, any script")
    parent: str | None = Field(default=None, pattern=ENTITY_ID, description="For a Lab: its organisation")
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")
    ror: str | None = Field(default=None, pattern=r"^0[a-z0-9]{8}$")
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")

    @field_validator("aliases")
    @classmethod
    def _dedupe_aliases(cls, aliases: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(aliases))

    @model_validator(mode="after")
    def _lab_has_parent(self) -> "Entity":
        if self.parent is not None and self.type != "Lab":
            raise ValueError(f"only a Lab has a parent organisation, not a {self.type}")
        return self


class Qualifiers(_Record):
    """What a relation's claim says beyond its two ends. All optional."""

    degree: Degree | None = None
    field: str | None = None
    role: str | None = None
    team: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    current: bool | None = None
    amount: float | None = Field(default=None, ge=0)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    stake: float | None = Field(default=None, ge=0, le=1, description="Fraction owned, 0..1")

    @model_validator(mode="after")
    def _consistent(self) -> "Qualifiers":
        if self.amount is not None and self.currency is None:
            raise ValueError("amount needs a currency (ISO 4217, e.g. USD)")
        if self.start and self.end and _date_key(self.end) < _date_key(self.start):
            raise ValueError(f"end {self.end} is before start {self.start}")
        if self.current and self.end:
            raise ValueError("a current relation has no end date")
        return self

    def non_empty(self) -> dict[str, object]:
        return self.model_dump(exclude_none=True)


class Evidence(_Record):
    """A span of a source file: ``quote`` is exactly its decoded text from ``start`` to ``end``."""

    source: NonEmpty = Field(description="File name of the article, relative to the input folder")
    start: int = Field(ge=0, description="Character offset into the decoded raw file")
    end: int = Field(gt=0)
    quote: NonEmpty

    @model_validator(mode="after")
    def _span_matches_quote(self) -> "Evidence":
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"evidence span {self.start}..{self.end} is {self.end - self.start} characters "
                f"but the quote has {len(self.quote)}"
            )
        return self


class Fact(_Record):
    """One claim, with its sources. ``id`` is derived from the claim, never from the evidence."""

    v: Literal[1] = Field(default=SCHEMA_VERSION, description="Contract version")
    subject: Entity
    relation: RelationName
    object: Entity
    qualifiers: Qualifiers = Qualifiers()
    evidence: tuple[Evidence, ...] = Field(min_length=1)
    confidence: float = Field(ge=0, le=1)
    hedged: bool = False

    @model_validator(mode="before")
    @classmethod
    def _drop_derived_id(cls, data: object) -> object:
        if isinstance(data, dict) and "id" in data:
            data = {k: v for k, v in data.items() if k != "id"}
        return data

    @model_validator(mode="after")
    def _fits_ontology(self) -> "Fact":
        problem = check_relation(self.relation, self.subject.type, self.object.type)
        if problem:
            raise ValueError(problem)
        if self.subject.id == self.object.id:
            raise ValueError(f"{self.subject.id} cannot be {self.relation} itself")
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        return claim_id(self.subject.id, self.relation, self.object.id, self.qualifiers, self.hedged)

    @classmethod
    def from_json_line(cls, line: str) -> "Fact":
        return cls.model_validate_json(line)

    def to_json_line(self) -> str:
        return json.dumps(self.model_dump(mode="json", exclude_none=True), ensure_ascii=False,
                          sort_keys=False)


def claim_id(subject_id: str, relation: str, object_id: str, qualifiers: Qualifiers,
             hedged: bool) -> str:
    """A stable id for a claim: the same claim from two articles gets the same id."""
    key = json.dumps([subject_id, relation, object_id, qualifiers.non_empty(), hedged],
                     sort_keys=True, ensure_ascii=False)
    return "fact:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _date_key(date: str) -> tuple[int, ...]:
    return tuple(int(p) for p in date.split("-"))


def merge_facts(facts: list[Fact] | tuple[Fact, ...]) -> list[Fact]:
    """Merge facts that make the same claim: evidence is united, confidence is the highest.

    Entities with the same id are merged too (aliases united), so every fact refers to one
    version of each entity. The order of first appearance is kept.
    """
    entities: dict[str, Entity] = {}
    for fact in facts:
        for ent in (fact.subject, fact.object):
            entities[ent.id] = merge_entities(entities[ent.id], ent) if ent.id in entities else ent
    merged: dict[str, Fact] = {}
    for fact in facts:
        prior = merged.get(fact.id)
        evidence = fact.evidence if prior is None else prior.evidence + fact.evidence
        evidence = tuple(sorted(set(evidence), key=lambda e: (e.source, e.start, e.end)))
        confidence = fact.confidence if prior is None else max(prior.confidence, fact.confidence)
        merged[fact.id] = fact.model_copy(update={
            "subject": entities[fact.subject.id],
            "object": entities[fact.object.id],
            "evidence": evidence,
            "confidence": confidence,
        })
    return list(merged.values())


def merge_entities(a: Entity, b: Entity) -> Entity:
    """One entity from two records of it: the first's name, both sets of aliases and ids."""
    if a.type != b.type:
        raise ValueError(f"{a.id} is a {a.type} in one fact and a {b.type} in another")
    return a.model_copy(update={
        "aliases": tuple(dict.fromkeys(a.aliases + b.aliases)),
        "parent": a.parent or b.parent,
        "wikidata": a.wikidata or b.wikidata,
        "ror": a.ror or b.ror,
        "country": a.country or b.country,
    })


def json_schema() -> dict:
    """The JSON Schema of one line of a facts file (``schema/facts-v1.schema.json``)."""
    schema = Fact.model_json_schema(mode="validation")
    schema["properties"]["id"] = {
        "type": "string", "pattern": r"^fact:[0-9a-f]{16}$", "readOnly": True,
        "description": "Derived from the claim (subject, relation, object, qualifiers, hedged); "
                       "written for reference and recomputed when read.",
    }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://talentgraph.dev/schema/facts-v1.schema.json"
    schema["title"] = "talentgraph fact, contract v1"
    return schema

