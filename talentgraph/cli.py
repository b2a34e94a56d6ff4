"""The ``talentgraph`` command: a thin shell over the library.

Exit codes: 0 success; 1 finished but some inputs were bad and skipped; 2 a store or server
failed; 3 a name matched nothing; 64 bad usage or unusable input.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from talentgraph.errors import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, TalentgraphError, UserInputError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Build and query a knowledge graph of AI researchers' careers from news.")
query_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                        help="Named queries; every answer carries its sources.")
app.add_typer(query_app, name="query")

out_console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class Backend(str, Enum):
    embedded = "embedded"
    rdf = "rdf"
    networkx = "networkx"
    neo4j = "neo4j"


DbOption = Annotated[Path, typer.Option("--db", help="Build output folder to query.")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
BackendOption = Annotated[Backend, typer.Option("--backend", "-b", help="Store that answers.")]
DEFAULT_DB = Path("talentgraph-out")


def _report_problems(problems) -> None:
    for problem in problems:
        err_console.print(str(problem), markup=False, highlight=False)


def _emit(columns: list[str], rows: list[dict], fmt: Format, data: object, title: str = "") -> None:
    if fmt is Format.json:
        out_console.print_json(json.dumps(data, ensure_ascii=False, default=str))
    elif fmt is Format.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    else:
        table = Table(title=title or None, show_lines=True)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(Text(str(row.get(c, ""))) for c in columns))
        out_console.print(table)


def _open(backend: Backend, db: Path):
    from talentgraph.graph.store import open_store

    if backend is Backend.neo4j:
        return open_store("neo4j", None, read_only=True)
    if not db.exists():
        raise UserInputError(f"{db} does not exist; run `talentgraph build` first or pass --db",
                             code="E006")
    location = {Backend.embedded: db, Backend.rdf: db / "graph.ttl",
                Backend.networkx: db}[backend]
    options = {"read_only": True} if backend is Backend.embedded else {}
    return open_store(backend.value, location, **options)


def _show(result, fmt: Format, title: str) -> None:
    from talentgraph.render import to_json_data, to_rows

    rows = to_rows(result)
    columns = list(rows[0]) if rows else ["result"]
    _emit(columns, rows, fmt, to_json_data(result), title)


@app.command()
def build(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Articles or folders (.txt .md .html); default examples/articles/.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = DEFAULT_DB,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> int:
    """Articles → facts.jsonl, the embedded database, RDF and an HTML view, in OUT."""
    from rich.progress import Progress

    from talentgraph.build import build as run_build
    from talentgraph.build import default_articles

    inputs = list(paths) if paths else [default_articles()]
    with Progress(console=err_console, transient=True, disable=quiet) as progress:
        task = progress.add_task("extracting", total=None)
        report = run_build(inputs, out, progress=lambda name: progress.update(
            task, advance=1, description=f"extracting {name}"))
    _report_problems(report.problems)
    if not quiet:
        table = Table(title="talentgraph build", show_header=False)
        for key, value in report.summary().items():
            table.add_row(key, Text(str(value)))
        err_console.print(table)
    return EXIT_PARTIAL if report.problems else EXIT_OK


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Articles or folders.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Facts file; stdout if absent.")] = None,
) -> int:
    """Articles → facts JSON Lines (contract v1)."""
    from talentgraph.extract.pipeline import extract_documents, read_sources
    from talentgraph.loaders.facts_jsonl import write_facts

    docs, problems = read_sources(paths)
    result = extract_documents(docs)
    write_facts(result.facts, output if output else sys.stdout)
    problems = [*problems, *result.rejected]
    _report_problems(problems)
    return EXIT_PARTIAL if problems else EXIT_OK


@app.command()
def validate(files: Annotated[list[Path], typer.Argument(help="Facts files to check.")]) -> int:
    """Check facts files against the contract; report each bad line as FILE:LINE: reason."""
    from talentgraph.loaders.facts_jsonl import read_facts

    bad = 0
    for file in files:
        facts, problems = read_facts(file)
        _report_problems(problems)
        bad += len(problems)
        err_console.print(f"{file}: {len(facts)} valid facts, {len(problems)} bad lines",
                          markup=False, highlight=False)
    return EXIT_PARTIAL if bad else EXIT_OK


def _read_fact_inputs(files: list[Path]):
    from talentgraph.loaders.facts_jsonl import read_facts

    facts, problems = [], []
    for file in files:
        good, bad = read_facts(file / "facts.jsonl" if file.is_dir() else file)
        facts += good
        problems += bad
    return facts, problems


@app.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="Facts files (JSON Lines) or build folders.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder to add them to.")] = DEFAULT_DB,
    neo4j: Annotated[bool, typer.Option("--neo4j", help="Load into Neo4j instead of --out.")] = False,
    neo4j_uri: Annotated[Optional[str], typer.Option("--neo4j-uri", envvar="NEO4J_URI", help="bolt://host:7687 or neo4j+s://... (env NEO4J_URI).")] = None,
    neo4j_user: Annotated[Optional[str], typer.Option("--neo4j-user", envvar="NEO4J_USERNAME", help="User (env NEO4J_USERNAME).")] = None,
    neo4j_database: Annotated[Optional[str], typer.Option("--neo4j-database", envvar="NEO4J_DATABASE", help="Database (env NEO4J_DATABASE).")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per Neo4j transaction.")] = 1000,
) -> int:
    """Add facts to a build folder, or with --neo4j to a Neo4j server; the same facts twice change nothing.

    The Neo4j password is read from the environment variable NEO4J_PASSWORD only."""
    from talentgraph.build import load_facts_into

    facts, problems = _read_fact_inputs(files)
    _report_problems(problems)
    if neo4j:
        from talentgraph.graph.neo4jstore import Neo4jStore

        with Neo4jStore(neo4j_uri, user=neo4j_user, database=neo4j_database,
                        batch_size=batch_size) as store:
            result = store.load(facts)
        err_console.print(f"loaded {result.facts} facts into Neo4j at {store.uri}: "
                          f"{result.new_claims} new claims, {result.updated_claims} updated, "
                          f"{result.entities} entities", markup=False, highlight=False)
        return EXIT_PARTIAL if problems else EXIT_OK
    report = load_facts_into(out, facts)
    err_console.print(f"loaded {len(facts)} facts into {out}: {report.facts} claims, "
                      f"{report.people} people, {report.organisations} organisations",
                      markup=False, highlight=False)
    return EXIT_PARTIAL if problems else EXIT_OK


@query_app.command("alumni-at")
def alumni_at(
    school: Annotated[str, typer.Argument(help="University, any spelling (清华, 清華, Tsinghua).")],
    employer: Annotated[str, typer.Argument(help="Employer, any spelling (英伟达, Nvidia).")],
    db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded,
    fmt: FormatOption = Format.table,
) -> int:
    """Everyone who studied at SCHOOL and works or worked at EMPLOYER, with sources and ties."""
    from talentgraph.graph import queries

    with _open(backend, db) as store:
        result = queries.alumni_at(store, school, employer)
    _show(result, fmt, f"{school} alumni at {employer}")
    if fmt is Format.table and result.ties:
        _emit(["kind", "via", "people"], [
            {"kind": t.kind, "via": t.via.name, "people": ", ".join(t.people)} for t in result.ties
        ], fmt, None, "ties among them")
    return EXIT_OK


@query_app.command("person")
def person(
    name: Annotated[str, typer.Argument(help="A person's name, any spelling.")],
    db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded,
    fmt: FormatOption = Format.table,
) -> int:
    """A person's career timeline, with sources and any conflicting claims."""
    from talentgraph.graph import queries

    with _open(backend, db) as store:
        results = queries.person(store, name)
    _show(results, fmt, f"timeline of {name}")
    if fmt is Format.table:
        for result in results:
            for conflict in result.conflicts:
                _emit(["rank", "value", "hedged", "sources"], [
                    {"rank": i + 1, "value": v, "hedged": f.hedged,
                     "sources": len({e.source for e in f.evidence})}
                    for i, (v, f) in enumerate(zip(conflict.values, conflict.claims))
                ], fmt, None, f"conflict: {conflict.subject} — {conflict.slot}")
    return EXIT_OK


@query_app.command("path")
def path(
    source: Annotated[str, typer.Argument(help="A person or organisation.")],
    target: Annotated[str, typer.Argument(help="A person or organisation.")],
    max_hops: Annotated[int, typer.Option("--max-hops", min=1, max=8)] = 6,
    db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded,
    fmt: FormatOption = Format.table,
) -> int:
    """Shortest connections between two people or organisations, evidence for every hop."""
    from talentgraph.graph import queries

    with _open(backend, db) as store:
        result = queries.path(store, source, target, max_hops=max_hops)
    _show(result, fmt, f"{source} → {target}")
    if not result.paths:
        err_console.print(f"no connection within {max_hops} hops", markup=False)
    return EXIT_OK


@query_app.command("conflicts")
def conflicts(db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded,
              fmt: FormatOption = Format.table) -> int:
    """Claims that disagree, ranked: firm over hedged, more sources, higher confidence."""
    from talentgraph.graph import queries

    with _open(backend, db) as store:
        result = queries.conflicts(store)
    _show(result, fmt, "conflicting claims")
    return EXIT_OK


@query_app.command("entities")
def entities(db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded,
             fmt: FormatOption = Format.table) -> int:
    """Every person and organisation, with the names it is known by."""
    with _open(backend, db) as store:
        facts = store.all_facts()
    found = {e.id: e for f in facts for e in (f.subject, f.object)}
    rows = [{"id": e.id, "type": e.type, "name": e.name, "aliases": ", ".join(e.aliases)}
            for e in sorted(found.values(), key=lambda e: (e.type, e.id))]
    _emit(["id", "type", "name", "aliases"], rows, fmt, rows, "entities")
    return EXIT_OK


def _parse_params(params: list[str]) -> dict[str, object]:
    out: dict[str, object] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UserInputError(f"--param {item!r} is not KEY=VALUE", code="E007")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


@app.command()
def cypher(
    statement: Annotated[str, typer.Argument(help="A Cypher query; use $name for parameters.")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="KEY=VALUE (JSON or text).")] = None,
    db: DbOption = DEFAULT_DB, fmt: FormatOption = Format.table,
    backend: Annotated[Backend, typer.Option("--backend", "-b", help="embedded or neo4j.")] = Backend.embedded,
) -> int:
    """Run a Cypher query on the embedded database (read-only) or, with -b neo4j, on Neo4j."""
    if backend not in (Backend.embedded, Backend.neo4j):
        raise UserInputError("cypher runs on the embedded store or neo4j", code="E008")
    with _open(backend, db) as store:
        columns, rows = store.cypher(statement, _parse_params(param or []))
    records = [dict(zip(columns, row)) for row in rows]
    _emit(columns, records, fmt, records)
    return EXIT_OK


@app.command()
def sparql(
    statement: Annotated[str, typer.Argument(help="A SPARQL SELECT or ASK query.")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="KEY=VALUE bound to ?KEY (IRIs as <...>).")] = None,
    db: DbOption = DEFAULT_DB, fmt: FormatOption = Format.table,
) -> int:
    """Run a SPARQL query on the RDF graph."""
    with _open(Backend.rdf, db) as store:
        columns, rows = store.sparql(statement, _parse_params(param or []))
    records = [dict(zip(columns, row)) for row in rows]
    _emit(columns, records, fmt, records)
    return EXIT_OK


@app.command()
def view(
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("talentgraph-view.html"),
    focus: Annotated[Optional[str], typer.Option("--focus", help="Show one entity's neighbourhood.")] = None,
    radius: Annotated[int, typer.Option("--radius", min=1, max=4)] = 1,
    school: Annotated[Optional[str], typer.Option("--school", help="With --employer: only the alumni of SCHOOL at EMPLOYER and the claims among them.")] = None,
    employer: Annotated[Optional[str], typer.Option("--employer", help="With --school: the employer (its labs included).")] = None,
    relation: Annotated[Optional[list[str]], typer.Option("--relation", help="Only this relation (repeatable), e.g. EMPLOYED_BY.")] = None,
    since: Annotated[Optional[int], typer.Option("--since", help="Only claims dated this year or later (undated claims stay).")] = None,
    until: Annotated[Optional[int], typer.Option("--until", help="Only claims dated this year or earlier (undated claims stay).")] = None,
    db: DbOption = DEFAULT_DB,
) -> int:
    """Write the interactive graph as one offline HTML file."""
    from talentgraph.graph import queries
    from talentgraph.view.html import facts_for_view, write_view

    with _open(Backend.networkx, db) as store:
        facts = facts_for_view(store, school=school, employer=employer)
        ids = [e.id for e in queries.resolve(store, focus)] if focus else []
    title = " — ".join(["talentgraph", *([f"{school} alumni at {employer}"] if school else []),
                        *([focus] if focus else [])])
    write_view(facts, output, focus=ids, radius=radius, title=title, relations=relation,
               since=since, until=until)
    err_console.print(f"wrote {output}", markup=False, highlight=False)
    return EXIT_OK


@app.command()
def export(
    neo4j_import: Annotated[Path, typer.Option("--neo4j-import", help="Folder for neo4j-admin import CSV files.")],
    db: DbOption = DEFAULT_DB,
) -> int:
    """Write CSV files and the neo4j-admin command line for a bulk import of a big graph."""
    from talentgraph.loaders.neo4j_import import export_neo4j_import

    facts, problems = _read_fact_inputs([db])
    _report_problems(problems)
    files = export_neo4j_import(facts, neo4j_import)
    err_console.print(f"wrote {len(files['nodes'])} node files and {len(files['relationships'])} "
                      f"relationship files to {neo4j_import}; import with:", markup=False)
    out_console.print(" ".join(files["command"]), markup=False, highlight=False)
    return EXIT_PARTIAL if problems else EXIT_OK


@app.command()
def schema() -> int:
    """Print the JSON Schema of one line of a facts file."""
    from talentgraph.facts import json_schema

    out_console.print_json(json.dumps(json_schema(), ensure_ascii=False))
    return EXIT_OK


from talentgraph.cli_eval import eval_command, explain_command  # noqa: E402
app.command("eval")(eval_command)
app.command("explain")(explain_command)

from talentgraph.cli_analysis import register as _register_analysis  # noqa: E402
_register_analysis(app, query_app)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; user errors become one line on stderr and an exit code, never a traceback."""
    try:
        code = app(args=argv, prog_name="talentgraph", standalone_mode=False)
    except TalentgraphError as err:
        err_console.print(f"talentgraph: error: {err}", markup=False, highlight=False)
        return err.exit_code
    except typer.Abort:
        err_console.print("talentgraph: aborted", markup=False)
        return 130
    except typer.TyperException as err:
        show = getattr(err, "show", None)
        if show is not None:
            show(file=sys.stderr)
        else:
            err_console.print(f"talentgraph: error: {err}", markup=False, highlight=False)
        return EXIT_USAGE
    return code if isinstance(code, int) else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
