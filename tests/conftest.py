"""Shared fixtures: a small hand-made fact set, and the sample corpus (read, never copied)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from talentgraph.facts import Entity, Evidence, Fact, Qualifiers

REPO = Path(__file__).resolve().parents[1]
SMALL_TEXT = (
    "Ada Wu studied at Tsinghua and now leads the Orion team at Nvidia. "
    "Ben Li, another Tsinghua graduate, joined Nvidia. "
    "Ada Wu and Ben Li co-founded Quanta, which Nvidia acquired. "
    "Reportedly Ben Li was a director at Nvidia."
)


def corpus_dir() -> Path:
    """The sample corpus; under CI a missing corpus fails the run instead of skipping."""
    path = Path(os.environ.get("TALENTGRAPH_CORPUS", REPO.parent / "shared" / "corpus"))
    if not path.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"sample corpus missing at {path}")
        pytest.skip(f"sample corpus not found at {path}")
    return path


def span(text: str, quote: str, source: str = "small.txt") -> Evidence:
    start = text.index(quote)
    return Evidence(source=source, start=start, end=start + len(quote), quote=quote)


@pytest.fixture
def small_text() -> str:
    return SMALL_TEXT


@pytest.fixture
def small_facts() -> list[Fact]:
    t = SMALL_TEXT
    ada = Entity(id="person:ada-wu", type="Person", name="Ada Wu", aliases=("吴艾达",))
    ben = Entity(id="person:ben-li", type="Person", name="Ben Li", aliases=("李本",))
    thu = Entity(id="univ:tsinghua", type="University", name="Tsinghua University",
                 aliases=("清华大学", "清華", "Tsinghua"), wikidata="Q16955", country="CN")
    nv = Entity(id="org:nvidia", type="Company", name="Nvidia", aliases=("英伟达", "英偉達"),
                wikidata="Q182477", country="US")
    orion = Entity(id="lab:nvidia-orion", type="Lab", name="Orion team", parent="org:nvidia")
    quanta = Entity(id="org:quanta", type="Company", name="Quanta")
    return [
        Fact(subject=ada, relation="EDUCATED_AT", object=thu, confidence=0.9,
             qualifiers=Qualifiers(degree="bachelor"), evidence=(span(t, "Ada Wu studied at Tsinghua"),)),
        Fact(subject=ada, relation="EMPLOYED_BY", object=orion, confidence=0.9,
             qualifiers=Qualifiers(role="lead", current=True),
             evidence=(span(t, "now leads the Orion team at Nvidia"),)),
        Fact(subject=orion, relation="PART_OF", object=nv, confidence=0.9,
             evidence=(span(t, "the Orion team at Nvidia"),)),
        Fact(subject=ben, relation="EDUCATED_AT", object=thu, confidence=0.8,
             evidence=(span(t, "Ben Li, another Tsinghua graduate"),)),
        Fact(subject=ben, relation="EMPLOYED_BY", object=nv, confidence=0.9,
             qualifiers=Qualifiers(role="engineer"), evidence=(span(t, "Ben Li, another Tsinghua graduate, joined Nvidia"),)),
        Fact(subject=ben, relation="EMPLOYED_BY", object=nv, confidence=0.5, hedged=True,
             qualifiers=Qualifiers(role="director"),
             evidence=(span(t, "Reportedly Ben Li was a director at Nvidia"),)),
        Fact(subject=ada, relation="FOUNDED", object=quanta, confidence=0.9,
             evidence=(span(t, "Ada Wu and Ben Li co-founded Quanta"),)),
        Fact(subject=ben, relation="FOUNDED", object=quanta, confidence=0.9,
             evidence=(span(t, "Ada Wu and Ben Li co-founded Quanta"),)),
        Fact(subject=nv, relation="ACQUIRED", object=quanta, confidence=0.9,
             evidence=(span(t, "Quanta, which Nvidia acquired"),)),
    ]


def facts_of(text: str, name: str = "t.txt"):
    """Extract facts from ``text`` as one article, checking every evidence span on the way."""
    from talentgraph.extract.pipeline import extract_documents
    from talentgraph.extract.sources import source_from_bytes

    doc = source_from_bytes(name, f"/tmp/{name}", text.encode("utf-8"))
    facts = extract_documents([doc]).facts
    for fact in facts:
        for ev in fact.evidence:
            assert doc.text[ev.start:ev.end] == ev.quote
    return facts


def score_article_set(folder: Path):
    """Extract ``folder/articles`` and score it against ``folder/gold.jsonl``."""
    from talentgraph.evaluation import evaluate, load_gold
    from talentgraph.extract.pipeline import extract_documents, read_sources

    docs, problems = read_sources([folder / "articles"])
    assert not problems
    facts = extract_documents(docs).facts
    return evaluate(load_gold(folder / "gold.jsonl"), facts, {d.name: d.text for d in docs})
