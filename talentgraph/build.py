"""``talentgraph build``: articles in, facts and every store out, in one folder.

The output folder holds ``facts.jsonl``, ``sources.json``, ``problems.txt``, the embedded
database ``graph.lbug``, RDF (``graph.ttl``, ``graph.jsonld``) and the view ``graph.html``. Each
is written to a temporary name first and moved into place, so a failed build leaves the previous
output as it was.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from talentgraph.errors import UserInputError
from talentgraph.facts import Fact
from talentgraph.graph.conflicts import find_conflicts
from talentgraph.problems import Problem

__all__ = ["BuildReport", "build", "load_facts_into", "DEFAULT_OUT", "default_articles"]

DEFAULT_OUT = Path("talentgraph-out")
OUTPUT_FILES = ("facts.jsonl", "sources.json", "problems.txt", "graph.lbug", "graph.ttl",
                "graph.jsonld", "graph.html")


class BuildReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    out_dir: str
    articles: int
    facts: int
    people: int
    organisations: int
    conflicts: int
    problems: tuple[Problem, ...]
    shacl_conforms: bool

    def summary(self) -> dict[str, object]:
        return {"articles": self.articles, "facts": self.facts, "people": self.people,
                "organisations": self.organisations, "conflicts": self.conflicts,
                "problems": len(self.problems), "rdf conforms to shapes": self.shacl_conforms,
                "output": self.out_dir}


def default_articles() -> Path:
    """The bundled example articles, used when ``build`` gets no path."""
    here = Path(__file__).resolve().parent.parent / "examples" / "articles"
    if not here.is_dir():
        raise UserInputError("no PATH given and examples/articles/ is not beside the package; "
                             "pass a file or folder of articles", code="E003")
    return here


def build(paths: Sequence[str | Path], out_dir: str | Path = DEFAULT_OUT, *,
          progress: Callable[[str], None] | None = None) -> BuildReport:
    """Extract facts from the articles at ``paths`` and write every output into ``out_dir``."""
    from talentgraph.extract.pipeline import extract_documents, read_sources

    docs, problems = read_sources(paths)
    if not docs:
        raise UserInputError("no readable articles (.txt, .md, .html) at "
                             + ", ".join(str(p) for p in paths), code="E004")
    result = extract_documents(docs, progress=progress)
    problems = [*problems, *result.rejected]
    sources = [{"name": d.name, "path": d.path, "sha256": d.sha256, "encoding": d.encoding,
                "published": d.published} for d in docs]
    return write_outputs(list(result.facts), out_dir, sources=sources, problems=problems)


def write_outputs(facts: list[Fact], out_dir: str | Path, *, sources: list[dict],
                  problems: list[Problem]) -> BuildReport:
    """Write every output for ``facts`` into ``out_dir``, replacing what was there."""
    from talentgraph.graph.embedded import LadybugStore
    from talentgraph.loaders.facts_jsonl import write_facts
    from talentgraph.loaders.rdf import facts_to_graph, validate, write_rdf
    from talentgraph.view.html import write_view

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=out))
    try:
        write_facts(facts, staging / "facts.jsonl")
        (staging / "sources.json").write_text(json.dumps(sources, ensure_ascii=False, indent=2),
                                              encoding="utf-8")
        (staging / "problems.txt").write_text("".join(f"{p}\n" for p in problems),
                                              encoding="utf-8")
        with LadybugStore(staging / "graph.lbug") as store:
            store.load(facts)
        rdf = facts_to_graph(facts)
        write_rdf(rdf, staging / "graph.ttl")
        write_rdf(rdf, staging / "graph.jsonld")
        conforms, _report = validate(rdf)
        write_view(facts, staging / "graph.html", title="talentgraph")
        for name in OUTPUT_FILES:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            (staging / name).rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    entities = {e.id: e.type for f in facts for e in (f.subject, f.object)}
    people = sum(1 for t in entities.values() if t == "Person")
    return BuildReport(out_dir=str(out), articles=len(sources), facts=len(facts), people=people,
                       organisations=len(entities) - people, conflicts=len(find_conflicts(facts)),
                       problems=tuple(problems), shacl_conforms=conforms)


def load_facts_into(out_dir: str | Path, facts: list[Fact]) -> BuildReport:
    """Add facts to an existing output folder (or a new one): merged, then every output rewritten."""
    from talentgraph.facts import merge_facts
    from talentgraph.loaders.facts_jsonl import read_facts

    out = Path(out_dir)
    existing: list[Fact] = []
    sources: list[dict] = []
    if (out / "facts.jsonl").exists():
        existing, bad = read_facts(out / "facts.jsonl")
        if bad:
            raise UserInputError(f"{bad[0]}; the output folder is damaged, rebuild it", code="E005")
    if (out / "sources.json").exists():
        sources = json.loads((out / "sources.json").read_text(encoding="utf-8"))
    return write_outputs(merge_facts(existing + facts), out, sources=sources, problems=[])
