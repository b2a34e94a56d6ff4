"""Every SPARQL query the RDF store runs, as constants.

No query text is ever built from user input: values (entity IRIs, keys, classes) are bound with
rdflib's ``initBindings`` on the variables named in each constant's docstring comment, and the
store turns ids into IRIs only after checking them against the entity-id pattern. Queries use the
prefixes of :data:`PREFIXES` (``tg:``, ``prov:``).

>>> "?key" in ENTITIES_BY_KEY
True
"""

from __future__ import annotations

from talentgraph.ontology.vocab import NAMESPACE

__all__ = [
    "PREFIXES",
    "ENTITIES_BY_KEY",
    "CLAIMS_TOUCHING",
    "CLAIMS_TOUCHING_OF_CLASS",
    "ALUMNI",
    "NEIGHBOURS",
    "ALL_CLAIMS",
    "SHORTCUT_PATH",
]

PREFIXES: dict[str, str] = {
    "tg": NAMESPACE,
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}

#: Entities with a name key. Bind ``?key`` (a plain literal).
ENTITIES_BY_KEY = """
SELECT DISTINCT ?entity WHERE {
    ?entity tg:aliasKey ?key .
}
"""

#: Claims whose subject or object is ``?entity`` (bind an entity IRI).
CLAIMS_TOUCHING = """
SELECT DISTINCT ?claim WHERE {
    { ?claim tg:subject ?entity . }
    UNION
    { ?claim tg:object ?entity . }
}
"""

#: Claims of class ``?class`` (a claim class IRI, e.g. tg:Membership) touching ``?entity``.
CLAIMS_TOUCHING_OF_CLASS = """
SELECT DISTINCT ?claim WHERE {
    ?claim a ?class .
    { ?claim tg:subject ?entity . }
    UNION
    { ?claim tg:object ?entity . }
}
"""

#: People educated at ``?school`` and employed by ``?employer`` or by a lab that is part of it,
#: directly or through other labs. Bind ``?school`` and ``?employer`` (entity IRIs).
ALUMNI = """
SELECT DISTINCT ?person WHERE {
    ?person tg:educatedAt ?school .
    { ?person tg:employedBy ?employer . }
    UNION
    { ?person tg:employedBy ?lab . ?lab tg:partOf+ ?employer . }
}
"""

#: The shortcut properties, one per relation, in both directions.
SHORTCUT_PATH = (
    "tg:educatedAt|tg:employedBy|tg:founded|tg:acquired|tg:investedIn|tg:advisedBy|tg:partOf"
    "|^tg:educatedAt|^tg:employedBy|^tg:founded|^tg:acquired|^tg:investedIn|^tg:advisedBy"
    "|^tg:partOf"
)

#: Entities one relation away from ``?entity`` (bind an entity IRI), edges taken both ways.
NEIGHBOURS = """
SELECT DISTINCT ?neighbour WHERE {
    ?entity (%s) ?neighbour .
    FILTER (?neighbour != ?entity)
}
""" % SHORTCUT_PATH

#: Every claim node.
ALL_CLAIMS = """
SELECT DISTINCT ?claim WHERE {
    ?claim tg:subject ?subject .
}
"""
