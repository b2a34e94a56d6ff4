"""Facts ⇄ RDF (the talentgraph ontology), Turtle and JSON-LD files, and SHACL validation.

Every fact becomes a claim node ``<https://talentgraph.dev/id/fact/HEX>`` of its relation's class
(``tg:EmploymentStint`` ...) with ``tg:subject``, ``tg:object``, qualifiers, ``tg:confidence``,
``tg:hedged``, and one ``tg:Evidence`` node per span (``prov:wasDerivedFrom``), which names its
``tg:Source``. The direct triple (``subject tg:employedBy object``) is asserted too, for queries.

The round trip facts → RDF → facts is exact for facts whose entities agree (every record of one
entity id is the same, as after :func:`talentgraph.facts.merge_facts`): order of facts, of
evidence and of aliases is kept (``tg:index``, ``tg:aliasList``), floats are written as
``xsd:decimal`` whose lexical form is the float's shortest ``repr``, dates keep their precision
(``xsd:gYear`` / ``xsd:gYearMonth`` / ``xsd:date``), and absent qualifiers stay absent.

>>> from talentgraph.facts import Entity, Evidence, Fact
>>> a = Entity(id="person:a", type="Person", name="A", aliases=("阿",))
>>> b = Entity(id="org:b", type="Company", name="B")
>>> f = Fact(subject=a, relation="EMPLOYED_BY", object=b, confidence=0.7,
...          evidence=(Evidence(source="s.txt", start=0, end=1, quote="A"),))
>>> graph_to_facts(facts_to_graph([f])) == [f]
True
>>> validate(facts_to_graph([f]))[0]
True
"""

from __future__ import annotations

import os
import re as _re
import tempfile
import warnings
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote as _percent_encode

from pydantic import ValidationError
from rdflib import RDF, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from talentgraph.errors import OntologyError, UserInputError
from talentgraph.facts import (
    ENTITY_ID,
    Entity,
    Evidence,
    Fact,
    Qualifiers,
    merge_entities,
    merge_facts,
)
from talentgraph.names import entity_keys
from talentgraph.ontology.vocab import ENTITY_TYPES, ID_NAMESPACE, NAMESPACE, QUALIFIERS, RELATIONS

__all__ = [
    "TG",
    "PROV",
    "SCHEMA",
    "FORMATS",
    "entity_iri",
    "entity_id",
    "claim_iri",
    "new_graph",
    "facts_to_graph",
    "graph_to_facts",
    "read_entities",
    "write_rdf",
    "read_rdf",
    "serialize",
    "validate",
]

TG = Namespace(NAMESPACE)
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
ID = ID_NAMESPACE

#: File suffix → rdflib format name.
FORMATS: dict[str, str] = {".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld",
                           ".nt": "nt"}

_PREFIXES = {"tg": NAMESPACE, "prov": str(PROV), "xsd": str(XSD),
             "rdf": str(RDF), "schema": str(SCHEMA)}
_ENTITY_CLASS = {t: TG[t] for t in ENTITY_TYPES}
_CLASS_ENTITY = {v: k for k, v in _ENTITY_CLASS.items()}
_CLAIM_CLASS = {name: TG[spec.stint_class] for name, spec in RELATIONS.items()}
_CLASS_RELATION = {v: k for k, v in _CLAIM_CLASS.items()}
_SHORTCUT = {name: TG[spec.property_name] for name, spec in RELATIONS.items()}
_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
_STRING_QUALIFIERS = ("degree", "field", "role", "team", "currency")
_DECIMAL_QUALIFIERS = ("amount", "stake")
_NO_INDEX = 1 << 62
_ENTITY_ID_RE = _re.compile(ENTITY_ID)


# ---------------------------------------------------------------------------------------------
# IRIs


def entity_iri(entity_id: str) -> URIRef:
    """The IRI of an entity id.

    >>> str(entity_iri("person:banghua-zhu"))
    'https://talentgraph.dev/id/person/banghua-zhu'
    """
    if not _ENTITY_ID_RE.match(entity_id):
        raise UserInputError(f"{entity_id!r} is not an entity id such as person:jim-fan",
                             code="E054")
    prefix, rest = entity_id.split(":", 1)
    return URIRef(f"{ID}{prefix}/{rest}")


def entity_id(iri: str) -> str:
    """The entity id of an entity IRI (inverse of :func:`entity_iri`).

    >>> entity_id("https://talentgraph.dev/id/org/nvidia")
    'org:nvidia'
    """
    text = str(iri)
    if not text.startswith(ID) or "/" not in text[len(ID):]:
        raise OntologyError(f"{text} is not a talentgraph entity IRI", code="E051")
    prefix, rest = text[len(ID):].split("/", 1)
    out = f"{prefix}:{rest}"
    if not _ENTITY_ID_RE.match(out):
        raise OntologyError(f"{text} is not a talentgraph entity IRI", code="E051")
    return out


def claim_iri(fact_id: str) -> URIRef:
    """The IRI of a claim: ``fact:HEX`` → ``<https://talentgraph.dev/id/fact/HEX>``."""
    return URIRef(f"{ID}fact/{fact_id.removeprefix('fact:')}")


def _source_iri(name: str) -> URIRef:
    return URIRef(f"{ID}source/{_percent_encode(name, safe='')}")


# ---------------------------------------------------------------------------------------------
# literals


def _decimal(value: float) -> Literal:
    """An xsd:decimal whose lexical form reads back as exactly ``value``."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def _date(value: str) -> Literal:
    return Literal(value, datatype=_DATE_TYPES[len(value)])


def _bool(value: bool) -> Literal:
    return Literal("true" if value else "false", datatype=XSD.boolean)


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.nonNegativeInteger)


def _read_bool(lit: object) -> bool:
    return str(lit) in ("true", "1")


# ---------------------------------------------------------------------------------------------
# facts → graph


def new_graph() -> Graph:
    """An empty graph with the talentgraph prefixes bound."""
    graph = Graph()
    for prefix, ns in _PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    graph.bind("id", ID, override=True)
    return graph


def facts_to_graph(facts: Iterable[Fact]) -> Graph:
    """An RDF graph of ``facts`` in the talentgraph ontology.

    Facts with the same id are merged (:func:`~talentgraph.facts.merge_facts`), and records of
    one entity are merged (aliases united), since a graph has one node per claim and per entity.
    """
    facts = list(facts)
    if len({f.id for f in facts}) != len(facts):
        facts = merge_facts(facts)
    entities: dict[str, Entity] = {}
    try:
        for fact in facts:
            for ent in (fact.subject, fact.object):
                prior = entities.get(ent.id)
                entities[ent.id] = ent if prior is None else merge_entities(prior, ent)
    except ValueError as err:
        raise OntologyError(str(err), code="E051") from err
    graph = new_graph()
    for ent in entities.values():
        _add_entity(graph, ent)
    for index, fact in enumerate(facts):
        _add_claim(graph, fact, index)
    return graph


def _add_entity(graph: Graph, ent: Entity) -> None:
    node = entity_iri(ent.id)
    graph.add((node, RDF.type, _ENTITY_CLASS[ent.type]))
    graph.add((node, TG.name, Literal(ent.name)))
    for alias in ent.aliases:
        graph.add((node, TG.alias, Literal(alias)))
    if ent.aliases:
        head = BNode()
        Collection(graph, head, [Literal(a) for a in ent.aliases])
        graph.add((node, TG.aliasList, head))
    for key in entity_keys(ent.name, ent.aliases):
        graph.add((node, TG.aliasKey, Literal(key)))
    if ent.parent is not None:
        graph.add((node, TG.parentOrganisation, entity_iri(ent.parent)))
    for name in ("wikidata", "ror", "country"):
        value = getattr(ent, name)
        if value is not None:
            graph.add((node, TG[name], Literal(value)))


def _add_claim(graph: Graph, fact: Fact, index: int) -> None:
    node = claim_iri(fact.id)
    subject, obj = entity_iri(fact.subject.id), entity_iri(fact.object.id)
    graph.add((node, RDF.type, _CLAIM_CLASS[fact.relation]))
    graph.add((node, TG.subject, subject))
    graph.add((node, TG.object, obj))
    graph.add((subject, _SHORTCUT[fact.relation], obj))
    graph.add((node, TG.confidence, _decimal(fact.confidence)))
    graph.add((node, TG.hedged, _bool(fact.hedged)))
    graph.add((node, TG["index"], _int(index)))
    q = fact.qualifiers
    for name in _STRING_QUALIFIERS:
        if getattr(q, name) is not None:
            graph.add((node, TG[name], Literal(getattr(q, name))))
    for name in ("start", "end"):
        if getattr(q, name) is not None:
            graph.add((node, TG[name], _date(getattr(q, name))))
    if q.current is not None:
        graph.add((node, TG.current, _bool(q.current)))
    for name in _DECIMAL_QUALIFIERS:
        if getattr(q, name) is not None:
            graph.add((node, TG[name], _decimal(getattr(q, name))))
    for i, ev in enumerate(fact.evidence):
        ev_node = URIRef(f"{node}/evidence/{i}")
        source = _source_iri(ev.source)
        graph.add((node, PROV.wasDerivedFrom, ev_node))
        graph.add((ev_node, RDF.type, TG.Evidence))
        graph.add((ev_node, TG.source, source))
        graph.add((ev_node, TG.startOffset, _int(ev.start)))
        graph.add((ev_node, TG.endOffset, _int(ev.end)))
        graph.add((ev_node, TG.quote, Literal(ev.quote)))
        graph.add((ev_node, TG["index"], _int(i)))
        graph.add((source, RDF.type, TG.Source))
        graph.add((source, TG.fileName, Literal(ev.source)))


# ---------------------------------------------------------------------------------------------
# graph → facts


def graph_to_facts(graph: Graph, *, claims: Iterable[URIRef] | None = None) -> list[Fact]:
    """The facts of a graph in the talentgraph ontology, in ``tg:index`` order (then by id).

    ``claims`` restricts the result to those claim nodes. A claim that cannot be read back (a
    missing part, a value outside the contract, an IRI that does not match its content) raises
    :class:`~talentgraph.errors.OntologyError`; run :func:`validate` for every problem at once.
    """
    nodes = set(graph.subjects(TG.subject, None)) if claims is None else set(claims)
    entities: dict[URIRef, Entity] = {}
    keyed = []
    for node in nodes:
        fact = _read_claim(graph, node, entities)
        keyed.append((_index(graph, node), fact.id, fact))
    keyed.sort(key=lambda item: (item[0], item[1]))
    return [fact for _, _, fact in keyed]


def read_entities(graph: Graph, nodes: Iterable[URIRef]) -> list[Entity]:
    """The entities at ``nodes`` (entity IRIs), sorted by id."""
    cache: dict[URIRef, Entity] = {}
    return sorted((_read_entity(graph, node, cache) for node in set(nodes)), key=lambda e: e.id)


def _index(graph: Graph, node: URIRef) -> int:
    value = graph.value(node, TG["index"])
    return _NO_INDEX if value is None else int(str(value))


def _one(graph: Graph, node: URIRef, prop: URIRef, what: str) -> object:
    values = list(graph.objects(node, prop))
    if len(values) != 1:
        raise OntologyError(f"{node} has {len(values)} {what} ({graph.qname(prop)}), needs one",
                            code="E051")
    return values[0]


def _read_entity(graph: Graph, node: URIRef, cache: dict[URIRef, Entity]) -> Entity:
    if node in cache:
        return cache[node]
    types = [_CLASS_ENTITY[t] for t in graph.objects(node, RDF.type) if t in _CLASS_ENTITY]
    if len(types) != 1:
        raise OntologyError(f"{node} needs exactly one entity type of {', '.join(ENTITY_TYPES)}",
                            code="E051")
    head = graph.value(node, TG.aliasList)
    if head is not None:
        aliases = [str(a) for a in Collection(graph, head)]
    else:
        aliases = sorted(str(a) for a in graph.objects(node, TG.alias))
    data: dict[str, object] = {
        "id": entity_id(node),
        "type": types[0],
        "name": str(_one(graph, node, TG.name, "names")),
        "aliases": tuple(aliases),
    }
    parent = graph.value(node, TG.parentOrganisation)
    if parent is not None:
        data["parent"] = entity_id(parent)
    for name in ("wikidata", "ror", "country"):
        value = graph.value(node, TG[name])
        if value is not None:
            data[name] = str(value)
    try:
        entity = Entity(**data)
    except ValidationError as err:
        raise OntologyError(f"{node} is not a valid entity: {_describe(err)}", code="E051") from err
    cache[node] = entity
    return entity


def _read_claim(graph: Graph, node: URIRef, entities: dict[URIRef, Entity]) -> Fact:
    relations = [_CLASS_RELATION[t] for t in graph.objects(node, RDF.type) if t in _CLASS_RELATION]
    if len(relations) != 1:
        raise OntologyError(f"claim {node} needs exactly one claim class", code="E051")
    qualifiers: dict[str, object] = {}
    for name in QUALIFIERS:
        value = graph.value(node, TG[name])
        if value is None:
            continue
        if name in _DECIMAL_QUALIFIERS:
            qualifiers[name] = float(str(value))
        elif name == "current":
            qualifiers[name] = _read_bool(value)
        else:
            qualifiers[name] = str(value)
    evidence = []
    for ev_node in graph.objects(node, PROV.wasDerivedFrom):
        source = _one(graph, ev_node, TG.source, "sources")
        try:
            ev = Evidence(source=str(_one(graph, source, TG.fileName, "file names")),
                          start=int(str(_one(graph, ev_node, TG.startOffset, "start offsets"))),
                          end=int(str(_one(graph, ev_node, TG.endOffset, "end offsets"))),
                          quote=str(_one(graph, ev_node, TG.quote, "quotes")))
        except (ValidationError, ValueError) as err:
            raise OntologyError(f"evidence {ev_node} of claim {node} is not valid: {err}",
                                code="E051") from err
        evidence.append((_index(graph, ev_node), ev.source, ev.start, ev.end, ev))
    evidence.sort(key=lambda item: item[:4])
    try:
        fact = Fact(
            subject=_read_entity(graph, _one(graph, node, TG.subject, "subjects"), entities),
            relation=relations[0],
            object=_read_entity(graph, _one(graph, node, TG.object, "objects"), entities),
            qualifiers=Qualifiers(**qualifiers),
            evidence=tuple(item[-1] for item in evidence),
            confidence=float(str(_one(graph, node, TG.confidence, "confidences"))),
            hedged=_read_bool(_one(graph, node, TG.hedged, "hedged flags")),
        )
    except ValidationError as err:
        raise OntologyError(f"claim {node} is not a valid fact: {_describe(err)}",
                            code="E051") from err
    except ValueError as err:
        raise OntologyError(f"claim {node} has a malformed value: {err}", code="E051") from err
    if claim_iri(fact.id) != node:
        raise OntologyError(f"claim {node} says what claim {claim_iri(fact.id)} says; "
                            "its IRI must be derived from its content", code="E052")
    return fact


def _describe(err: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg']}"
                     for e in err.errors())


# ---------------------------------------------------------------------------------------------
# files


def _format_for(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        if fmt not in set(FORMATS.values()):
            raise UserInputError(f"unknown RDF format {fmt!r}; choose one of "
                                 f"{', '.join(sorted(set(FORMATS.values())))}", code="E054")
        return fmt
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise UserInputError(f"{path}: cannot tell the RDF format from the suffix; use "
                             f"{', '.join(FORMATS)} or pass format=", code="E054")
    return found


def serialize(graph: Graph, *, format: str = "turtle") -> str:  # noqa: A002
    """The graph as text: ``turtle``, ``json-ld`` (compacted with the tg: and prov: prefixes)
    or ``nt``."""
    if format == "json-ld":
        return graph.serialize(format="json-ld", context=dict(_PREFIXES), auto_compact=True)
    return graph.serialize(format=format)


def write_rdf(facts: Iterable[Fact] | Graph, path: str | Path, *,
              format: str | None = None) -> Path:  # noqa: A002
    """Write facts (or a graph made from them) to ``path``; the format follows the suffix
    (``.ttl`` Turtle, ``.jsonld`` JSON-LD, ``.nt`` N-Triples) unless ``format`` is given.
    The file is replaced atomically."""
    path = Path(path)
    fmt = _format_for(path, format)
    graph = facts if isinstance(facts, Graph) else facts_to_graph(facts)
    text = serialize(graph, format=fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_rdf(path: str | Path, *, format: str | None = None) -> Graph:  # noqa: A002
    """Parse an RDF file (format from the suffix unless given)."""
    path = Path(path)
    fmt = _format_for(path, format)
    graph = new_graph()
    try:
        with warnings.catch_warnings():  # rdflib's JSON-LD parser uses its own deprecated class
            warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated",
                                    DeprecationWarning)
            graph.parse(path, format=fmt)
    except FileNotFoundError as err:
        raise UserInputError(f"{path}: no such file", code="E053") from err
    except Exception as err:  # rdflib raises many parser-specific types
        raise UserInputError(f"{path}: not valid {fmt}: {err}", code="E053") from err
    return graph


# ---------------------------------------------------------------------------------------------
# SHACL


def validate(graph: Graph, *, inference: str = "none",
             with_ontology: bool = False) -> tuple[bool, str]:
    """Check ``graph`` against ``ontology/shapes.ttl``: ``(conforms, report)``.

    The report has one line per problem, ``focus-node path: message (value)``. The shapes need
    no inference, so the default is ``"none"`` (fast); ``inference="rdfs"`` and
    ``with_ontology=True`` mix the ontology in first.
    """
    import pyshacl

    from talentgraph.ontology import load_ontology, load_shapes

    if inference not in ("none", "rdfs", "owlrl", "both"):
        raise UserInputError(f"unknown inference {inference!r}; use none, rdfs, owlrl or both",
                             code="E054")
    ont = load_ontology() if (with_ontology or inference != "none") else None
    conforms, results, _ = pyshacl.validate(
        graph, shacl_graph=load_shapes(), ont_graph=ont,
        inference=None if inference == "none" else inference,
        abort_on_first=False, allow_warnings=False, meta_shacl=False, advanced=False,
    )
    return bool(conforms), _report(results, graph, bool(conforms))


def _report(results: Graph, data: Graph, conforms: bool) -> str:
    if conforms:
        return "Conforms: every claim, evidence span, source and entity fits the shapes."
    sh = Namespace("http://www.w3.org/ns/shacl#")
    lines = []
    for result in results.subjects(RDF.type, sh.ValidationResult):
        focus = results.value(result, sh.focusNode)
        path = results.value(result, sh.resultPath)
        message = results.value(result, sh.resultMessage)
        value = results.value(result, sh.value)
        where = _short(data, focus)
        if path is not None and not isinstance(path, BNode):
            where += " " + _short(data, path)
        if message is None:
            component = results.value(result, sh.sourceConstraintComponent)
            message = "violates " + _short(data, component)
        line = f"{where}: {message}"
        if value is not None and not isinstance(value, BNode):
            line += f" (value {_short(data, value)})"
        lines.append(line)
    lines = sorted(set(lines))
    return f"Does not conform: {len(lines)} problem(s)\n" + "\n".join(lines)


def _short(graph: Graph, term: object) -> str:
    if isinstance(term, URIRef):
        text = str(term)
        if text.startswith(ID):
            return "id:" + text[len(ID):]
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # pragma: no cover - rdflib refuses some IRIs
            return f"<{text}>"
    if isinstance(term, Literal):
        return term.n3()
    return str(term)
