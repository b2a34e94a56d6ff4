"""Scoring extracted facts against a hand-made gold annotation (``eval/gold/*.jsonl``).

A gold line is one claim a source states: ``{source, start, end, subject, relation, object,
degree?, current?, hedged?}``, where ``start``/``end`` are character offsets of the supporting
span in the decoded raw file and ``subject``/``object`` are entity ids or any name the entity is
known by (resolved through the gazetteer and the extracted entities' aliases). See eval/README.md.

A claim is identified by (source, subject id, relation, object id): a predicted fact counts for
every source it has evidence in, and several gold lines with one identity are one gold claim.

>>> from talentgraph.facts import Entity, Evidence, Fact
>>> zhu = Entity(id="person:banghua-zhu", type="Person", name="Banghua Zhu")
>>> nv = Entity(id="org:nvidia", type="Company", name="Nvidia")
>>> ev = Evidence(source="a.txt", start=0, end=3, quote="Zhu")
>>> fact = Fact(subject=zhu, relation="EMPLOYED_BY", object=nv, evidence=(ev,), confidence=0.9)
>>> gold = [GoldFact(source="a.txt", start=0, end=10, subject="Zhu Banghua", relation="EMPLOYED_BY",
...                  object="Nvidia")]
>>> evaluate(gold, [fact]).overall.f1
1.0
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from talentgraph.errors import FactsFileError, UserInputError
from talentgraph.facts import Fact
from talentgraph.names import alias_key
from talentgraph.ontology.vocab import Degree

__all__ = ["SCORED", "GoldFact", "RelationScore", "Mismatch", "EvalReport", "load_gold", "evaluate"]

SCORED = ("EDUCATED_AT", "EMPLOYED_BY", "FOUNDED", "ACQUIRED", "INVESTED_IN", "ADVISED_BY")
_ID = re.compile(r"^(person|org|lab|univ):[a-z0-9][a-z0-9._-]*$")

Key = tuple[str, str, str, str]  # source, subject id, relation, object id


class GoldFact(BaseModel):
    """One claim stated by a source, located by offsets (the text itself is never stored)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    source: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    subject: str = Field(min_length=1)
    relation: str
    object: str = Field(min_length=1)
    degree: Degree | None = None
    current: bool | None = None
    hedged: bool | None = None
    note: str | None = None


class RelationScore(BaseModel):
    model_config = ConfigDict(frozen=True)
    relation: str
    gold: int
    predicted: int
    true_positives: int
    precision: float
    recall: float
    f1: float


class Mismatch(BaseModel):
    """A false positive (with the predicted evidence) or a miss (with the gold span)."""

    model_config = ConfigDict(frozen=True)
    source: str
    subject: str
    relation: str
    object: str
    start: int | None = None
    end: int | None = None
    detail: str = ""


class Accuracy(BaseModel):
    model_config = ConfigDict(frozen=True)
    checked: int
    correct: int
    accuracy: float | None


class EvalReport(BaseModel):
    model_config = ConfigDict(frozen=True)
    per_relation: tuple[RelationScore, ...]
    overall: RelationScore
    degree: Accuracy
    current: Accuracy
    hedged: Accuracy
    evidence_overlap: Accuracy = Field(description="matched claims whose evidence overlaps the gold span")
    evidence_exact: Accuracy = Field(description="matched claims whose every quote == raw[start:end]")
    false_positives: tuple[Mismatch, ...]
    misses: tuple[Mismatch, ...]


def load_gold(path: Path) -> list[GoldFact]:
    """Read a gold JSON Lines file; a bad line raises :class:`FactsFileError` naming FILE:LINE."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserInputError(f"cannot read gold file {path}: {exc.strerror or exc}", code="E070") from exc
    gold = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            gold.append(GoldFact.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "; ".join(
                f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise FactsFileError(f"{path}:{number}: {reason}", code="E071") from exc
        if gold[-1].relation not in SCORED:
            raise FactsFileError(f"{path}:{number}: relation must be one of {', '.join(SCORED)}",
                                 code="E071")
    return gold


class _Names:
    """Any name → entity id, through the gazetteer and the aliases of the extracted entities."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        from talentgraph.extract.gazetteer import load_gazetteer
        from talentgraph.extract.resolve import slug

        self._slug = slug
        self.by_key: dict[str, str] = {}
        for fact in facts:
            for ent in (fact.subject, fact.object):
                for name in (ent.name, *ent.aliases):
                    self.by_key.setdefault(alias_key(name), ent.id)
        self.gaz = load_gazetteer()

    def resolve(self, name: str) -> str:
        if _ID.match(name):
            return name
        entry = self.gaz.lookup(name)
        if entry is not None:
            return entry.id
        return self.by_key.get(alias_key(name)) or f"unresolved:{self._slug(name)}"


def _score(relation: str, gold: int, predicted: int, tp: int) -> RelationScore:
    p = tp / predicted if predicted else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not predicted else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return RelationScore(relation=relation, gold=gold, predicted=predicted, true_positives=tp,
                         precision=round(p, 4), recall=round(r, 4), f1=round(f1, 4))


def _accuracy(results: list[bool]) -> Accuracy:
    return Accuracy(checked=len(results), correct=sum(results),
                    accuracy=round(sum(results) / len(results), 4) if results else None)


def evaluate(gold: Sequence[GoldFact], facts: Iterable[Fact],
             texts: Mapping[str, str] | None = None) -> EvalReport:
    """Score ``facts`` against ``gold``.

    Only sources in ``texts`` (the documents that were extracted) are scored, or, without
    ``texts``, the sources the gold names. ``texts`` (source → decoded raw text) is also what
    the evidence quotes are checked against; without it a quote is taken as exact.
    """
    facts = list(facts)
    names = _Names(facts)
    sources = set(texts) if texts is not None else {g.source for g in gold}
    gold_by: dict[Key, list[GoldFact]] = defaultdict(list)
    for g in gold:
        if g.source in sources:
            gold_by[(g.source, names.resolve(g.subject), g.relation, names.resolve(g.object))].append(g)
    pred_by: dict[Key, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.relation not in SCORED:
            continue
        for source in {ev.source for ev in fact.evidence if ev.source in sources}:
            pred_by[(source, fact.subject.id, fact.relation, fact.object.id)].append(fact)

    per_relation = []
    for rel in SCORED:
        g = {k for k in gold_by if k[2] == rel}
        p = {k for k in pred_by if k[2] == rel}
        per_relation.append(_score(rel, len(g), len(p), len(g & p)))
    overall = _score("overall", len(gold_by), len(pred_by), len(set(gold_by) & set(pred_by)))

    degree, current, hedged, overlap, exact = [], [], [], [], []
    for key in sorted(set(gold_by) & set(pred_by)):
        golds, preds = gold_by[key], pred_by[key]
        wanted_degrees = {g.degree for g in golds if g.degree}
        if wanted_degrees:
            degree.append(any(f.qualifiers.degree in wanted_degrees for f in preds))
        wanted_current = {g.current for g in golds if g.current is not None}
        if len(wanted_current) == 1:
            current.append(any(f.qualifiers.current in wanted_current for f in preds))
        for want in {g.hedged for g in golds if g.hedged is not None}:
            hedged.append(any(f.hedged == want for f in preds))
        evidence = [ev for f in preds for ev in f.evidence if ev.source == key[0]]
        overlap.append(any(ev.start < g.end and g.start < ev.end for ev in evidence for g in golds))
        exact.append(texts is None or all(
            ev.source in texts and texts[ev.source][ev.start:ev.end] == ev.quote for ev in evidence))

    false_positives = []
    for key in sorted(set(pred_by) - set(gold_by)):
        ev = next(e for f in pred_by[key] for e in f.evidence if e.source == key[0])
        false_positives.append(Mismatch(source=key[0], subject=key[1], relation=key[2], object=key[3],
                                        start=ev.start, end=ev.end))
    misses = []
    for key in sorted(set(gold_by) - set(pred_by)):
        g = gold_by[key][0]
        misses.append(Mismatch(source=key[0], subject=key[1], relation=key[2], object=key[3],
                               start=g.start, end=g.end, detail=g.note or ""))
    return EvalReport(per_relation=tuple(per_relation), overall=overall, degree=_accuracy(degree),
                      current=_accuracy(current), hedged=_accuracy(hedged),
                      evidence_overlap=_accuracy(overlap), evidence_exact=_accuracy(exact),
                      false_positives=tuple(false_positives), misses=tuple(misses))
