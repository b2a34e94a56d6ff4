"""The talentgraph exception hierarchy.

Every error carries a short code (``E0xx``) and says how to fix the problem. The CLI turns a
:class:`TalentgraphError` into one line on stderr and the exit code of its class; anything else is
a bug and keeps its traceback.

>>> str(FactsFileError("facts.jsonl:3: confidence must be <= 1", code="E011"))
'E011 facts.jsonl:3: confidence must be <= 1'
"""

from __future__ import annotations

__all__ = [
    "TalentgraphError",
    "UserInputError",
    "FactsFileError",
    "SourceFileError",
    "NotFoundError",
    "AmbiguousNameError",
    "StoreError",
    "ConnectionFailed",
    "OntologyError",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "EXIT_NOT_FOUND",
    "EXIT_STORE",
]

EXIT_OK = 0
EXIT_PARTIAL = 1  # the run finished, but some inputs were bad and were skipped
EXIT_STORE = 2  # a database could not be reached or refused the operation
EXIT_NOT_FOUND = 3  # a name in a query matched nothing
EXIT_USAGE = 64  # bad command line or unusable input


class TalentgraphError(Exception):
    """Base class. ``code`` identifies the error; ``exit_code`` is what the CLI exits with."""

    exit_code = EXIT_USAGE
    default_code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code

    def __str__(self) -> str:
        return f"{self.code} {self.message}"


class UserInputError(TalentgraphError):
    """Input the user can fix: a bad option, a missing file, an unreadable folder."""

    default_code = "E001"


class FactsFileError(UserInputError):
    """A facts JSON Lines file, or one line of it, does not follow the contract."""

    default_code = "E010"


class SourceFileError(UserInputError):
    """An article could not be read or decoded."""

    default_code = "E020"


class NotFoundError(TalentgraphError):
    """A name given to a query matched no entity."""

    exit_code = EXIT_NOT_FOUND
    default_code = "E030"


class AmbiguousNameError(NotFoundError):
    """A name matched several entities of different kinds where one was needed."""

    default_code = "E031"


class StoreError(TalentgraphError):
    """A store could not be opened, written or queried."""

    exit_code = EXIT_STORE
    default_code = "E040"


class ConnectionFailed(StoreError):
    """A database server is unreachable, refused the credentials, or lacks the database."""

    default_code = "E041"


class OntologyError(TalentgraphError):
    """A term is not in the ontology, or the ontology files disagree with the code."""

    default_code = "E050"
