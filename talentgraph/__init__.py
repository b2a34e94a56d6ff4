"""talentgraph: a knowledge graph of AI researchers' careers, built from news, with sources.

>>> from talentgraph import Fact, Entity, Evidence
>>> Fact.model_fields["confidence"].annotation
<class 'float'>
"""

from talentgraph.errors import TalentgraphError
from talentgraph.facts import SCHEMA_VERSION, Entity, Evidence, Fact, Qualifiers

__all__ = ["Entity", "Evidence", "Fact", "Qualifiers", "SCHEMA_VERSION", "TalentgraphError"]
__version__ = "0.1.0"
