"""The talentgraph vocabulary: entity classes, relations and their domains and ranges.

This module mirrors ``ontology/talentgraph.ttl``; ``tests/test_ontology.py`` fails when the two
disagree, so a class or relation cannot be added, removed or misspelt in one place only.

>>> RELATIONS["EDUCATED_AT"].domain
('Person',)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "NAMESPACE",
    "ENTITY_TYPES",
    "EntityType",
    "RelationName",
    "RelationSpec",
    "RELATIONS",
    "DEGREES",
    "Degree",
    "QUALIFIERS",
    "check_relation",
]

NAMESPACE = "https://talentgraph.dev/ontology#"
ID_NAMESPACE = "https://talentgraph.dev/id/"

EntityType = Literal["Person", "University", "Company", "Lab"]
ENTITY_TYPES: tuple[str, ...] = ("Person", "University", "Company", "Lab")
ORGANISATION_TYPES: tuple[str, ...] = ("University", "Company", "Lab")

RelationName = Literal[
    "EDUCATED_AT", "EMPLOYED_BY", "FOUNDED", "ACQUIRED", "INVESTED_IN", "ADVISED_BY", "PART_OF"
]

Degree = Literal["bachelor", "master", "phd", "postdoc", "other"]
DEGREES: tuple[str, ...] = ("bachelor", "master", "phd", "postdoc", "other")

QUALIFIERS: tuple[str, ...] = (
    "degree", "field", "role", "team", "start", "end", "current", "amount", "currency", "stake",
)


@dataclass(frozen=True)
class RelationSpec:
    """One relation of the ontology: its name, allowed subject and object types, and mappings."""

    name: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    stint_class: str
    property_name: str
    wikidata: str
    schema_org: str


RELATIONS: dict[str, RelationSpec] = {
    spec.name: spec
    for spec in (
        RelationSpec("EDUCATED_AT", ("Person",), ("University",),
                     "EducationStint", "educatedAt", "P69", "alumniOf"),
        RelationSpec("EMPLOYED_BY", ("Person",), ("University", "Company", "Lab"),
                     "EmploymentStint", "employedBy", "P108", "worksFor"),
        RelationSpec("FOUNDED", ("Person", "Company"), ("Company", "Lab"),
                     "Founding", "founded", "P112", "founder"),
        RelationSpec("ACQUIRED", ("Company",), ("Company", "Lab"),
                     "Acquisition", "acquired", "P1830", "owns"),
        RelationSpec("INVESTED_IN", ("Person", "Company"), ("Company",),
                     "Investment", "investedIn", "P1951", "funder"),
        RelationSpec("ADVISED_BY", ("Person",), ("Person",),
                     "Advising", "advisedBy", "P184", "colleague"),
        RelationSpec("PART_OF", ("Lab",), ("University", "Company", "Lab"),
                     "Membership", "partOf", "P361", "parentOrganization"),
    )
}


def check_relation(relation: str, subject_type: str, object_type: str) -> str | None:
    """Return why ``subject_type -relation-> object_type`` breaks the ontology, or ``None``.

    >>> check_relation("EDUCATED_AT", "Person", "Company")
    'EDUCATED_AT needs an object of type University, got Company'
    """
    spec = RELATIONS.get(relation)
    if spec is None:
        return f"unknown relation {relation!r}; known: {', '.join(RELATIONS)}"
    if subject_type not in spec.domain:
        return f"{relation} needs a subject of type {' or '.join(spec.domain)}, got {subject_type}"
    if object_type not in spec.range:
        return f"{relation} needs an object of type {' or '.join(spec.range)}, got {object_type}"
    return None
