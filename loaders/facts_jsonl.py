"""Read and write facts files (JSON Lines, contract v1).

Reading validates every line; a bad line becomes a :class:`~talentgraph.problems.Problem`
(``FILE:LINE: reason``) and is skipped, and the good lines are still returned.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "f.jsonl"
>>> _ = p.write_text('{"relation": "EMPLOYED_BY"}\\n', encoding="utf-8")
>>> facts, problems = read_facts(p)
>>> facts, problems[0].line
([], 1)
"""

from __future__ import annotations


from collections.abc import Iterable
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from talentgraph.errors import FactsFileError
from talentgraph.facts import Fact
from talentgraph.problems import Problem

__all__ = ["read_facts", "write_facts", "describe_validation_error"]


def describe_validation_error(err: ValidationError) -> str:
    """One line naming each failing field and why."""
    parts = []
    for item in err.errors():
        where = ".".join(str(p) for p in item["loc"]) or "line"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def read_facts(path: str | Path) -> tuple[list[Fact], list[Problem]]:
    """Every valid fact of a facts file, and a problem for every invalid line."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise FactsFileError(f"{path}: cannot open ({err.strerror}); check the path",
                             code="E012") from err
    facts: list[Fact] = []
    problems: list[Problem] = []
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    facts.append(Fact.from_json_line(line))
                except ValidationError as err:
                    message = describe_validation_error(err)
                    if err.errors() and err.errors()[0]["type"] == "json_invalid":
                        message = f"not valid JSON ({err.errors()[0]['msg']}); fix or delete the line"
                    problems.append(Problem(file=str(path), line=number, code="E011",
                                            message=message))
        except UnicodeDecodeError as err:
            problems.append(Problem(file=str(path), line=None, code="E013",
                                    message=f"not UTF-8 at byte {err.start}; save the file as UTF-8"))
    return facts, problems


def write_facts(facts: Iterable[Fact], out: str | Path | IO[str]) -> int:
    """Write facts one per line; return how many. ``out`` is a path or an open text stream."""
    lines = [fact.to_json_line() + "\n" for fact in facts]
    if isinstance(out, (str, Path)):
        Path(out).write_text("".join(lines), encoding="utf-8")
    else:
        out.writelines(lines)
    return len(lines)


