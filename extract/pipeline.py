"""The extraction stage: articles → resolved, merged contract Facts.

>>> from talentgraph.extract.sources import source_from_bytes
>>> doc = source_from_bytes("a.txt", "/tmp/a.txt", "2025年7月1日\\n清华校友王小明加入英伟达。".encode())
>>> [(f.subject.id, f.relation, f.object.id) for f in extract_documents([doc]).facts]
[('person:wang-xiaoming', 'EDUCATED_AT', 'univ:tsinghua'), ('person:wang-xiaoming', 'EMPLOYED_BY', 'org:nvidia')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pydantic import BaseModel, ConfigDict

from talentgraph.facts import Fact, merge_facts
from talentgraph.problems import Problem
from talentgraph.extract.dates import RefDate
from talentgraph.extract.mentions import MentionFinder, Text
from talentgraph.extract.normalize import Normalizer, RawText
from talentgraph.extract.relations import DocumentInput, RelationExtractor
from talentgraph.extract.resolve import DocClaims, Resolver, ResolverInput
from talentgraph.extract.sentences import split_sentences
from talentgraph.extract.sources import SourceDocument, read_sources

__all__ = ["SourceDocument", "read_sources", "ExtractionResult", "extract_documents", "reference_date"]

_DATELINE_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*年|\b(20\d{2})\b")


class ExtractionResult(BaseModel):
    model_config = ConfigDict(frozen=True)
    facts: tuple[Fact, ...]
    rejected: tuple[Problem, ...]
    documents: tuple[SourceDocument, ...]


def reference_date(doc: SourceDocument, clean_text: str) -> RefDate | None:
    """The publication date, else a year in the article's first three lines (its dateline)."""
    ref = RefDate.from_published(doc.published)
    if ref is not None:
        return ref
    head = "\n".join(clean_text.splitlines()[:3])
    m = _DATELINE_YEAR.search(head)
    return RefDate(year=int(m.group(1) or m.group(2))) if m else None


def extract_documents(docs: Sequence[SourceDocument], *,
                      progress: Callable[[str], None] | None = None) -> ExtractionResult:
    normalizer, finder, extractor = Normalizer(), MentionFinder(), RelationExtractor()
    per_doc: list[DocClaims] = []
    for doc in docs:
        if progress is not None:
            progress(f"extracting {doc.name}")
        norm = normalizer.run(RawText(text=doc.text))
        mentions = finder.run(Text(text=norm.text)).mentions
        claims = extractor.run(DocumentInput(text=norm.text, sentences=tuple(split_sentences(norm.text)),
                                             mentions=mentions, ref=reference_date(doc, norm.text)))
        per_doc.append(DocClaims(doc=doc, normalized=norm, claims=claims.claims))
    resolved = Resolver().run(ResolverInput(docs=tuple(per_doc)))
    return ExtractionResult(facts=tuple(merge_facts(_premerge(resolved.facts))), rejected=resolved.rejected,
                            documents=tuple(docs))


def _premerge(facts: Sequence[Fact]) -> list[Fact]:
    """One fact per claim with all its evidence, so that merging stays linear in the evidence."""
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(fact.id, []).append(fact)
    out = []
    for same in groups.values():
        if len(same) == 1:
            out.append(same[0])
            continue
        evidence = dict.fromkeys(ev for f in same for ev in f.evidence)
        out.append(same[0].model_copy(update={
            "evidence": tuple(sorted(evidence, key=lambda e: (e.source, e.start, e.end))),
            "confidence": max(f.confidence for f in same)}))
    return out
