"""The named queries: ``alumni_at``, ``person``, ``path`` and ``conflicts``.

Each is a plain function over a :class:`~talentgraph.graph.store.GraphStore` and returns a
frozen result record whose every claim carries its evidence. Names resolve through aliases in
any script or language (清华, 清華 and Tsinghua are one key).

>>> from talentgraph.graph.nxstore import NetworkxStore
>>> alumni_at(NetworkxStore(), "Tsinghua", "Nvidia")
Traceback (most recent call last):
...
talentgraph.errors.NotFoundError: E030 no entity is called 'Tsinghua'; check the spelling or run `talentgraph query entities`
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from talentgraph.errors import NotFoundError
from talentgraph.facts import Entity, Fact
from talentgraph.graph.conflicts import Conflict, find_conflicts, rank_claims
from talentgraph.graph.store import GraphStore
from talentgraph.names import alias_key

__all__ = [
    "resolve", "alumni_at", "person", "path", "conflicts",
    "AlumniResult", "Alumnus", "Tie", "PersonResult", "PathResult", "Hop", "ConflictsResult",
]


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True)


class Alumnus(_Result):
    person: Entity
    education: tuple[Fact, ...]
    employment: tuple[Fact, ...]


class Tie(_Result):
    """Two or more of the people share something: a startup, an advisor, an acquired company."""

    kind: str
    via: Entity
    people: tuple[str, ...]
    facts: tuple[Fact, ...]


class AlumniResult(_Result):
    schools: tuple[Entity, ...]
    employers: tuple[Entity, ...]
    people: tuple[Alumnus, ...]
    ties: tuple[Tie, ...]


class PersonResult(_Result):
    person: Entity
    timeline: tuple[Fact, ...]
    conflicts: tuple[Conflict, ...]


class Hop(_Result):
    source: Entity
    target: Entity
    facts: tuple[Fact, ...]


class PathResult(_Result):
    sources: tuple[Entity, ...]
    targets: tuple[Entity, ...]
    paths: tuple[tuple[Hop, ...], ...]


class ConflictsResult(_Result):
    conflicts: tuple[Conflict, ...]


def resolve(store: GraphStore, name: str, *, types: Sequence[str] | None = None) -> list[Entity]:
    """Every entity one of whose names has the same key as ``name``.

    A Lab is never returned for an organisation name unless asked for, since its name often
    contains its parent's (Meta Superintelligence Labs vs Meta).
    """
    key = alias_key(name)
    found = [e for e in store.entities_by_keys([key]) if types is None or e.type in types]
    if not found:
        raise NotFoundError(
            f"no entity is called {name!r}; check the spelling or run `talentgraph query entities`",
            code="E030")
    return found


def _parts(store: GraphStore, org_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    frontier = set(org_ids)
    while frontier:
        step = {f.subject.id for f in store.facts_touching(sorted(frontier), ["PART_OF"])
                if f.object.id in frontier}
        frontier = step - found
        found |= step
    return found


def alumni_at(store: GraphStore, school: str, employer: str) -> AlumniResult:
    """Everyone who studied at ``school`` and works or worked at ``employer`` (or one of its labs),
    with their education and employment claims and the ties among them."""
    schools = resolve(store, school, types=["University"])
    employers = resolve(store, employer, types=["Company", "University", "Lab"])
    school_ids = [e.id for e in schools]
    employer_ids = [e.id for e in employers]
    org_ids = set(employer_ids) | _parts(store, employer_ids)
    person_ids = sorted(store.alumni_ids(school_ids, employer_ids))
    facts = store.facts_touching(person_ids) if person_ids else []
    by_person: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_person[fact.subject.id].append(fact)
    people = []
    for pid in person_ids:
        own = by_person[pid]
        people.append(Alumnus(
            person=own[0].subject,
            education=tuple(rank_claims(f for f in own if f.relation == "EDUCATED_AT"
                                        and f.object.id in school_ids)),
            employment=tuple(rank_claims(f for f in own if f.relation == "EMPLOYED_BY"
                                         and f.object.id in org_ids)),
        ))
    return AlumniResult(schools=tuple(schools), employers=tuple(employers), people=tuple(people),
                        ties=tuple(_ties(store, person_ids, facts)))


def _ties(store: GraphStore, person_ids: list[str], facts: list[Fact]) -> list[Tie]:
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    entities: dict[str, Entity] = {}
    members = set(person_ids)
    for fact in facts:
        if fact.subject.id not in members:
            continue
        if fact.relation == "FOUNDED":
            groups[("co-founded", fact.object.id)].append(fact)
        elif fact.relation == "ADVISED_BY":
            groups[("same advisor", fact.object.id)].append(fact)
        entities[fact.object.id] = fact.object
    org_ids = sorted({f.object.id for f in facts if f.subject.id in members
                      and f.relation in ("FOUNDED", "EMPLOYED_BY")})
    acquired = {f.object.id: f for f in store.facts_touching(org_ids, ["ACQUIRED"])
                if f.object.id in org_ids} if org_ids else {}
    for fact in facts:
        if fact.subject.id in members and fact.object.id in acquired and fact.relation in (
                "FOUNDED", "EMPLOYED_BY"):
            groups[("same acquired company", fact.object.id)].append(fact)
    ties = []
    for (kind, via), tie_facts in sorted(groups.items()):
        people = tuple(sorted({f.subject.id for f in tie_facts}))
        if len(people) < 2:
            continue
        if kind == "same acquired company":
            tie_facts = tie_facts + [acquired[via]]
        ties.append(Tie(kind=kind, via=entities[via], people=people,
                        facts=tuple(sorted(set(tie_facts), key=lambda f: f.id))))
    return ties


def _timeline_key(fact: Fact) -> tuple:
    q = fact.qualifiers
    start = q.start or q.end or "9999"
    return (start, fact.relation, fact.object.name, fact.id)


def person(store: GraphStore, name: str) -> list[PersonResult]:
    """The career timeline of every person called ``name`` (namesakes are kept apart)."""
    results = []
    for entity in resolve(store, name, types=["Person"]):
        facts = store.facts_touching([entity.id])
        timeline = tuple(sorted(facts, key=_timeline_key))
        own = [f for f in facts if f.subject.id == entity.id]
        results.append(PersonResult(person=entity, timeline=timeline,
                                    conflicts=tuple(find_conflicts(own))))
    return results


def path(store: GraphStore, source: str, target: str, *, max_hops: int = 6) -> PathResult:
    """Every shortest connection between two people or organisations, evidence on each hop."""
    sources = resolve(store, source)
    targets = resolve(store, target)
    node_paths = store.shortest_paths([e.id for e in sources], [e.id for e in targets],
                                      max_hops=max_hops)
    nodes = sorted({n for p in node_paths for n in p})
    facts = store.facts_touching(nodes) if nodes else []
    between: dict[frozenset[str], list[Fact]] = defaultdict(list)
    entities: dict[str, Entity] = {}
    for fact in facts:
        between[frozenset((fact.subject.id, fact.object.id))].append(fact)
        entities[fact.subject.id] = fact.subject
        entities[fact.object.id] = fact.object
    paths = tuple(
        tuple(Hop(source=entities[a], target=entities[b],
                  facts=tuple(rank_claims(between[frozenset((a, b))])))
              for a, b in zip(p, p[1:]))
        for p in node_paths)
    return PathResult(sources=tuple(sources), targets=tuple(targets), paths=paths)


def conflicts(store: GraphStore) -> ConflictsResult:
    """Every conflict among the store's claims."""
    return ConflictsResult(conflicts=tuple(find_conflicts(store.all_facts())))
