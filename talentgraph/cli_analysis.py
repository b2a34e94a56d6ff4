"""The analysis commands of the CLI: ``query clusters|flows|moves|cohort`` and
``plot sankey|timeline|heatmap``. A thin shell over :mod:`talentgraph.graph.analysis` and
:mod:`talentgraph.view.plots`; :func:`register` adds them to the main app.

>>> import typer
>>> app, query_app = typer.Typer(), typer.Typer()
>>> register(app, query_app)
>>> sorted(c.name for c in query_app.registered_commands)
['clusters', 'cohort', 'flows', 'moves']
"""

import math
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

__all__ = ["register", "frame_records", "By"]


class By(str, Enum):
    institution = "institution"
    country = "country"


def frame_records(frame) -> list[dict]:
    """A DataFrame as JSON-ready records (NaN → None, numpy scalars → Python)."""
    out = []
    for record in frame.to_dict("records"):
        row = {}
        for key, value in record.items():
            if hasattr(value, "item"):
                value = value.item()
            if isinstance(value, float) and math.isnan(value):
                value = None
            row[str(key)] = value
        out.append(row)
    return out


def register(app: typer.Typer, query_app: typer.Typer) -> None:
    """Add the analysis queries to ``query_app`` and a ``plot`` group to ``app``."""
    from talentgraph import cli

    DbOption, FormatOption, BackendOption = cli.DbOption, cli.FormatOption, cli.BackendOption
    Backend, Format, DEFAULT_DB = cli.Backend, cli.Format, cli.DEFAULT_DB
    Since = Annotated[Optional[str], typer.Option("--since", help="Only employment known to reach this date or later (2024, 2024-06).")]
    Until = Annotated[Optional[str], typer.Option("--until", help="Only employment known to start by this date.")]
    ByOption = Annotated[By, typer.Option("--by", help="Count institutions or their countries.")]
    Latest = Annotated[bool, typer.Option("--latest", help="Only each person's latest employer, so everyone counts once.")]

    def show(frame, fmt, title: str) -> None:
        records = frame_records(frame)
        cli._emit([str(c) for c in frame.columns] or ["result"], records, fmt, records, title)

    @query_app.command("clusters")
    def clusters(
        seed: Annotated[int, typer.Option("--seed", help="Random seed of the Louvain method.")] = 42,
        resolution: Annotated[float, typer.Option("--resolution", min=0.01, help="Above 1: smaller clusters.")] = 1.0,
        min_size: Annotated[int, typer.Option("--min-size", min=1, help="Smallest cluster shown.")] = 2,
        db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded,
        fmt: FormatOption = Format.table,
    ) -> int:
        """Communities of people tied by shared schools, employers, startups and advisors."""
        from talentgraph.graph.analysis import clusters as run

        with cli._open(backend, db) as store:
            frame = run(store, seed=seed, resolution=resolution, min_size=min_size)
        show(frame.drop(columns=["person_ids"]) if fmt is Format.table else frame, fmt, "clusters")
        return cli.EXIT_OK

    @query_app.command("flows")
    def flows(
        since: Since = None, until: Until = None, by: ByOption = By.institution,
        latest: Latest = False, db: DbOption = DEFAULT_DB,
        backend: BackendOption = Backend.embedded, fmt: FormatOption = Format.table,
    ) -> int:
        """How many people went undergraduate school → PhD school → employer ('' = not known)."""
        from talentgraph.graph.analysis import flows as run

        with cli._open(backend, db) as store:
            frame = run(store, since=since, until=until, by=by.value, latest=latest)
        show(frame, fmt, f"talent flows by {by.value}")
        return cli.EXIT_OK

    @query_app.command("moves")
    def moves(
        from_employer: Annotated[Optional[str], typer.Option("--from", help="Only moves away from this employer.")] = None,
        to_employer: Annotated[Optional[str], typer.Option("--to", help="Only moves to this employer.")] = None,
        db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded,
        fmt: FormatOption = Format.table,
    ) -> int:
        """Who moved from employer A to employer B, when, and the sources."""
        from talentgraph.graph.analysis import moves as run

        with cli._open(backend, db) as store:
            frame = run(store, from_employer=from_employer, to_employer=to_employer)
        show(frame, fmt, "moves")
        return cli.EXIT_OK

    @query_app.command("cohort")
    def cohort(
        school: Annotated[str, typer.Argument(help="University, any spelling.")],
        employer: Annotated[str, typer.Argument(help="Employer, any spelling.")],
        db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded,
        fmt: FormatOption = Format.table,
    ) -> int:
        """People who share SCHOOL and EMPLOYER, and the ties among them."""
        from talentgraph.graph.analysis import cohort as run
        from talentgraph.graph.analysis import cohort_ties

        with cli._open(backend, db) as store:
            people, ties = run(store, school, employer), cohort_ties(store, school, employer)
        if fmt is Format.json:
            data = {"people": frame_records(people), "ties": frame_records(ties)}
            cli._emit([], [], fmt, data)
            return cli.EXIT_OK
        show(people, fmt, f"{school} × {employer}")
        if fmt is Format.table and not ties.empty:
            show(ties, fmt, "ties among them")
        return cli.EXIT_OK

    plot_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                           help="Plots as FILE.html (interactive, offline) or FILE.png.")
    app.add_typer(plot_app, name="plot")
    Output = Annotated[Path, typer.Option("--output", "-o", help="FILE.html or FILE.png.")]

    def write(figure_of, output: Path, db: Path, backend) -> int:
        from talentgraph.view import plots

        engine = plots.engine_for(output)
        with cli._open(backend, db) as store:
            figure = figure_of(store, engine)
        plots.save(figure, output)
        cli.err_console.print(f"wrote {output}", markup=False, highlight=False)
        return cli.EXIT_OK

    @plot_app.command("sankey")
    def sankey(output: Output, since: Since = None, until: Until = None,
               by: ByOption = By.institution, latest: Latest = False,
               db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded) -> int:
        """A Sankey diagram of talent flows: undergraduate → PhD → employer."""
        from talentgraph.graph.analysis import flows as run
        from talentgraph.view import plots

        return write(lambda store, engine: plots.sankey(
            run(store, since=since, until=until, by=by.value, latest=latest), engine=engine),
            output, db, backend)

    @plot_app.command("timeline")
    def timeline(name: Annotated[str, typer.Argument(help="A person's name, any spelling.")],
                 output: Output, db: DbOption = DEFAULT_DB,
                 backend: BackendOption = Backend.embedded) -> int:
        """A person's career on a time axis, every claim with its evidence."""
        from talentgraph.graph.analysis import timeline as run
        from talentgraph.view import plots

        return write(lambda store, engine: plots.timeline(run(store, name), engine=engine),
                     output, db, backend)

    @plot_app.command("heatmap")
    def heatmap(output: Output,
                min_count: Annotated[int, typer.Option("--min-count", min=1, help="Hide schools and employers with no cell this high.")] = 1,
                db: DbOption = DEFAULT_DB, backend: BackendOption = Backend.embedded) -> int:
        """Alumni by employer: people per school × employer, as a heat map."""
        from talentgraph.graph.analysis import alumni_matrix
        from talentgraph.view import plots

        return write(lambda store, engine: plots.heatmap(
            alumni_matrix(store, min_count=min_count), engine=engine), output, db, backend)
