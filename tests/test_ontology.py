"""The OWL ontology and SHACL shapes agree with ontology/vocab.py, term for term."""

from __future__ import annotations

import re

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Namespace, URIRef
from rdflib.collection import Collection

from talentgraph.graph import sparql
from talentgraph.ontology import load_ontology, load_shapes, ontology_path, shapes_path
from talentgraph.ontology.vocab import (
    DEGREES,
    ENTITY_TYPES,
    ID_NAMESPACE,
    NAMESPACE,
    QUALIFIERS,
    RELATIONS,
)

TG = Namespace(NAMESPACE)
SH = Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = "https://schema.org/"
WIKIDATA = ("http://www.wikidata.org/", "http://wikiba.se/ontology#")
WDT = "http://www.wikidata.org/prop/direct/"
MAPPING = (OWL.equivalentClass, OWL.equivalentProperty, RDFS.subClassOf, RDFS.subPropertyOf,
           SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch, SKOS.broadMatch,
           SKOS.narrowMatch)
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property, RDFS.Datatype)


@pytest.fixture(scope="module")
def ont() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def local(term: URIRef) -> str:
    text = str(term)
    assert text.startswith(NAMESPACE), text
    return text[len(NAMESPACE):]


def classes_of(graph: Graph, node) -> tuple[str, ...]:
    """A class, or an owl:unionOf of classes, as a tuple of tg: local names."""
    if isinstance(node, URIRef):
        return (local(node),)
    members = graph.value(node, OWL.unionOf)
    assert members is not None, f"{node} is neither a class nor a union"
    return tuple(local(m) for m in Collection(graph, members))


def declared(ont: Graph) -> set[URIRef]:
    terms = {s for t in TERM_TYPES + (OWL.AnnotationProperty,) for s in ont.subjects(RDF.type, t)}
    return {t for t in terms if isinstance(t, URIRef) and str(t).startswith(NAMESPACE)}


def mapped(ont: Graph, term: URIRef, predicates=MAPPING) -> set[str]:
    """Everything outside tg: that ``term`` (or its declared inverse) is mapped to."""
    out = set()
    for subject in (term, *ont.objects(term, OWL.inverseOf)):
        for p in predicates:
            out.update(str(o) for o in ont.objects(subject, p) if isinstance(o, URIRef))
    return out


def test_files_exist_and_parse():
    assert ontology_path().is_file() and shapes_path().is_file()
    assert len(load_ontology()) > 100
    assert len(load_shapes()) > 100


def test_namespaces():
    assert NAMESPACE == "https://talentgraph.dev/ontology#"
    assert ID_NAMESPACE == "https://talentgraph.dev/id/"
    assert (URIRef(NAMESPACE.rstrip("#")), RDF.type, OWL.Ontology) in load_ontology()


def test_entity_types_match_vocab(ont):
    named = {local(s): str(o) for s, o in ont.subject_objects(TG.entityTypeName)}
    assert set(named) == set(ENTITY_TYPES)
    assert all(k == v for k, v in named.items())
    for name in ENTITY_TYPES:
        assert (TG[name], RDF.type, OWL.Class) in ont
    for name in ("University", "Company", "Lab"):
        assert (TG[name], RDFS.subClassOf, TG.Organisation) in ont


def test_relations_match_vocab(ont):
    by_relation = {str(o): s for s, o in ont.subject_objects(TG.relationName)}
    assert set(by_relation) == set(RELATIONS)
    for name, spec in RELATIONS.items():
        cls = by_relation[name]
        assert local(cls) == spec.stint_class
        assert (cls, RDFS.subClassOf, TG.Claim) in ont
        prop = ont.value(cls, TG.shortcutProperty)
        assert prop is not None and local(prop) == spec.property_name, name
        assert (prop, RDF.type, OWL.ObjectProperty) in ont
        assert classes_of(ont, ont.value(prop, RDFS.domain)) == spec.domain, name
        assert classes_of(ont, ont.value(prop, RDFS.range)) == spec.range, name


def test_relation_mappings_match_vocab(ont):
    for name, spec in RELATIONS.items():
        prop = TG[spec.property_name]
        targets = mapped(ont, prop)
        wikidata = {t[len(WDT):] for t in targets if t.startswith(WDT)}
        schema = {t[len(SCHEMA):] for t in targets if t.startswith(SCHEMA)}
        assert wikidata == {spec.wikidata}, name
        assert schema == {spec.schema_org}, name


def test_inverse_mappings_are_declared_both_ways(ont):
    for s, o in ont.subject_objects(OWL.inverseOf):
        assert (o, OWL.inverseOf, s) in ont
    assert (TG.founded, OWL.inverseOf, TG.foundedBy) in ont
    assert (TG.foundedBy, SKOS.exactMatch, URIRef(WDT + "P112")) in ont


def test_qualifiers_match_vocab(ont):
    subs = {local(s) for s in ont.subjects(RDFS.subPropertyOf, TG.qualifier)}
    assert subs == set(QUALIFIERS)


def test_degrees_match_vocab(ont, shapes):
    values = tuple(str(v) for v in Collection(ont, ont.value(TG.Degree, OWL.oneOf)))
    assert values == DEGREES
    degree_shape = next(shapes.subjects(SH.path, TG.degree))
    allowed = Collection(shapes, shapes.value(degree_shape, SH["in"]))
    assert tuple(str(v) for v in allowed) == DEGREES


def test_every_term_has_schema_and_wikidata_mappings(ont):
    terms = {t for t in declared(ont) if (t, RDF.type, OWL.AnnotationProperty) not in ont}
    assert len(terms) > 40
    missing = []
    for term in sorted(terms):
        targets = mapped(ont, term)
        if not any(t.startswith(SCHEMA) for t in targets):
            missing.append(f"{local(term)}: no schema.org mapping")
        if not any(t.startswith(WIKIDATA) for t in targets):
            missing.append(f"{local(term)}: no Wikidata mapping")
        if ont.value(term, RDFS.label) is None:
            missing.append(f"{local(term)}: no rdfs:label")
    assert not missing, "\n".join(missing)


def _tg_terms(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple
            if isinstance(t, URIRef) and str(t).startswith(NAMESPACE)}


def test_no_undeclared_terms_in_ontology_or_shapes(ont, shapes):
    known = declared(ont)
    assert _tg_terms(ont) - known == set()
    assert _tg_terms(shapes) - known == set()


def test_sparql_queries_use_declared_terms(ont):
    known = {local(t) for t in declared(ont)}
    for name in sparql.__all__:
        text = getattr(sparql, name)
        if isinstance(text, str):
            used = set(re.findall(r"tg:(\w+)", text))
            assert used <= known, (name, used - known)
    shortcut = set(re.findall(r"(?<!\^)tg:(\w+)", sparql.SHORTCUT_PATH))
    assert shortcut == {spec.property_name for spec in RELATIONS.values()}


def test_shapes_domain_and_range_match_vocab(shapes):
    for name, spec in RELATIONS.items():
        found = {}
        props = [p for node in shapes.subjects(SH.targetClass, TG[spec.stint_class])
                 for p in shapes.objects(node, SH.property)]
        for prop in props:
            path = shapes.value(prop, SH.path)
            if path not in (TG.subject, TG.object) or shapes.value(prop, SH.minCount):
                continue
            cls = shapes.value(prop, SH["class"])
            if cls is not None:
                found[local(path)] = (local(cls),)
            else:
                options = Collection(shapes, shapes.value(prop, SH["or"]))
                found[local(path)] = tuple(local(shapes.value(o, SH["class"])) for o in options)
        assert found == {"subject": spec.domain, "object": spec.range}, name


def test_shapes_date_pattern_is_the_contracts():
    from talentgraph.facts import PARTIAL_DATE

    shapes = load_shapes()
    for path in (TG.start, TG.end):
        prop = next(shapes.subjects(SH.path, path))
        assert str(shapes.value(prop, SH.pattern)) == PARTIAL_DATE


def test_union_classes_are_anonymous(ont):
    for node in ont.subjects(OWL.unionOf, None):
        assert isinstance(node, BNode)
