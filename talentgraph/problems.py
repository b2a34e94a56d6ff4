"""Problems found in the input: kept, reported as ``FILE:LINE: message``, never raised mid-run.

>>> str(Problem(file="facts.jsonl", line=3, code="E011", message="confidence: must be <= 1"))
'facts.jsonl:3: confidence: must be <= 1 [E011]'
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["Problem"]


class Problem(BaseModel):
    """One bad input (a line, a file, an extracted item that failed the schema) and why."""

    model_config = ConfigDict(frozen=True)

    file: str
    line: int | None = None
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.message} [{self.code}]"
