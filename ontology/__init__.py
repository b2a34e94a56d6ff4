"""The talentgraph ontology: the vocabulary in Python (:mod:`.vocab`) and in OWL and SHACL.

``talentgraph.ttl`` is the OWL ontology (namespace ``https://talentgraph.dev/ontology#``) and
``shapes.ttl`` the SHACL shapes a data graph must conform to; both ship with the package.

>>> g = load_ontology()
>>> from rdflib import URIRef, OWL, RDF
>>> (URIRef(NAMESPACE + "Person"), RDF.type, OWL.Class) in g
True
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from talentgraph.ontology.vocab import ID_NAMESPACE, NAMESPACE

__all__ = [
    "NAMESPACE",
    "ID_NAMESPACE",
    "ontology_path",
    "shapes_path",
    "load_ontology",
    "load_shapes",
]


def _resource(name: str) -> Path:
    return Path(str(resources.files(__name__).joinpath(name)))


def ontology_path() -> Path:
    """Path of the OWL ontology, ``talentgraph.ttl``."""
    return _resource("talentgraph.ttl")


def shapes_path() -> Path:
    """Path of the SHACL shapes, ``shapes.ttl``."""
    return _resource("shapes.ttl")


@functools.lru_cache(maxsize=1)
def _parsed(name: str):
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=resources.files(__name__).joinpath(name).read_text(encoding="utf-8"),
                format="turtle")
    return graph


def _copy(graph):
    import rdflib

    out = rdflib.Graph()
    for prefix, namespace in graph.namespaces():
        out.bind(prefix, namespace, override=True)
    for triple in graph:
        out.add(triple)
    return out


def load_ontology():
    """The OWL ontology as a new :class:`rdflib.Graph` (a fresh copy each call)."""
    return _copy(_parsed("talentgraph.ttl"))


def load_shapes():
    """The SHACL shapes as a new :class:`rdflib.Graph` (a fresh copy each call)."""
    return _copy(_parsed("shapes.ttl"))
