"""``talentgraph eval`` (score extraction against a gold file) and ``talentgraph explain``
(what normalization removed from an article, and why). Registered on the app in ``cli``."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from talentgraph.errors import EXIT_OK, UserInputError

__all__ = ["eval_command", "explain_command", "EvalFormat"]

_out = Console(soft_wrap=True)
_err = Console(stderr=True, soft_wrap=True)


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold annotation, JSON Lines (see eval/README.md).")],
    paths: Annotated[list[Path], typer.Argument(help="Articles or folders the gold annotates.")],
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f", help="Output format.")] = EvalFormat.table,
) -> int:
    """Extract facts from PATHs and score them against GOLD: precision, recall, F1 per relation,
    qualifier accuracy, evidence exactness, false positives and misses."""
    from talentgraph.evaluation import evaluate, load_gold
    from talentgraph.extract.pipeline import extract_documents, read_sources

    gold_facts = load_gold(gold)
    docs, problems = read_sources(paths)
    for problem in problems:
        _err.print(str(problem), markup=False, highlight=False)
    if not docs:
        raise UserInputError("no readable articles to evaluate", code="E072")
    result = extract_documents(docs)
    report = evaluate(gold_facts, result.facts, {d.name: d.text for d in docs})
    if fmt is EvalFormat.json:
        _out.print_json(json.dumps(report.model_dump(mode="json"), ensure_ascii=False))
        return EXIT_OK
    scores = Table(title="extraction vs gold", show_lines=False)
    for column in ("relation", "gold", "predicted", "correct", "precision", "recall", "F1"):
        scores.add_column(column, justify="left" if column == "relation" else "right")
    for s in (*report.per_relation, report.overall):
        scores.add_row(s.relation, str(s.gold), str(s.predicted), str(s.true_positives),
                       _pct(s.precision), _pct(s.recall), _pct(s.f1))
    _out.print(scores)
    quality = Table(title="qualifiers and evidence (on matched claims)")
    for column in ("measure", "checked", "correct", "share"):
        quality.add_column(column)
    for label, acc in (("degree", report.degree), ("current / past", report.current),
                       ("hedged", report.hedged), ("evidence overlaps gold span", report.evidence_overlap),
                       ("quote == raw[start:end]", report.evidence_exact)):
        quality.add_row(Text(label), str(acc.checked), str(acc.correct), _pct(acc.accuracy))
    _out.print(quality)
    for title, rows in (("false positives", report.false_positives), ("misses", report.misses)):
        table = Table(title=f"{title} ({len(rows)})")
        for column in ("source", "span", "subject", "relation", "object"):
            table.add_column(column, overflow="fold")
        for m in rows:
            table.add_row(Text(m.source), f"{m.start}..{m.end}", Text(m.subject), m.relation, Text(m.object))
        _out.print(table)
    return EXIT_OK


def explain_command(
    paths: Annotated[list[Path], typer.Argument(help="Articles or folders.")],
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f", help="Output format.")] = EvalFormat.table,
) -> int:
    """Show what normalization removed from each article (raw offsets, reason, text)."""
    from talentgraph.extract.normalize import explain
    from talentgraph.extract.pipeline import read_sources

    docs, problems = read_sources(paths)
    for problem in problems:
        _err.print(str(problem), markup=False, highlight=False)
    if not docs:
        raise UserInputError("no readable articles to explain", code="E072")
    data = {d.name: [r.model_dump() | {"text": d.text[r.start:r.end]} for r in explain(d)] for d in docs}
    if fmt is EvalFormat.json:
        _out.print_json(json.dumps(data, ensure_ascii=False))
        return EXIT_OK
    for doc in docs:
        table = Table(title=f"{doc.name} ({doc.encoding}): {len(data[doc.name])} removals")
        for column in ("start", "end", "reason", "removed text"):
            table.add_column(column, overflow="fold")
        for row in data[doc.name]:
            table.add_row(str(row["start"]), str(row["end"]), row["reason"], Text(repr(row["text"])[1:-1][:80]))
        _out.print(table)
    return EXIT_OK
