"""Helpers for the notebooks: find the sample corpus, build it into a temporary folder, and
show the interactive graph inline (in a sandboxed iframe, so the page keeps its own scripts).

The corpus is ``$TALENTGRAPH_CORPUS`` or ``../shared/corpus`` beside the repository.

>>> sample_corpus("/nonexistent")
Traceback (most recent call last):
...
talentgraph.errors.UserInputError: E096 the sample corpus is not at /nonexistent; set TALENTGRAPH_CORPUS to the folder of articles
"""

from __future__ import annotations

import html
import os
import tempfile
import warnings
from collections.abc import Iterable
from pathlib import Path

from talentgraph.errors import UserInputError
from talentgraph.facts import Fact

__all__ = ["sample_corpus", "build_sample", "show_view", "REPO"]

REPO = Path(__file__).resolve().parent.parent


def sample_corpus(path: str | Path | None = None) -> Path:
    """The folder of sample articles: ``path``, ``$TALENTGRAPH_CORPUS`` or ``../shared/corpus``."""
    path = Path(path or os.environ.get("TALENTGRAPH_CORPUS") or REPO.parent / "shared" / "corpus")
    if not path.is_dir():
        raise UserInputError(f"the sample corpus is not at {path}; set TALENTGRAPH_CORPUS to the "
                             "folder of articles", code="E096")
    return path


def build_sample(out_dir: str | Path | None = None) -> Path:
    """Build the sample corpus into ``out_dir`` (a new temporary folder if not given)."""
    from talentgraph.build import build

    out = Path(out_dir) if out_dir else Path(tempfile.mkdtemp(prefix="talentgraph-"))
    build([sample_corpus()], out)
    return out


def show_view(facts: Iterable[Fact], *, height: int = 620, **options: object):
    """The interactive graph of ``facts`` as an inline notebook output (IPython HTML).

    Options are those of :func:`talentgraph.view.html.graph_data` (``focus``, ``relations``...).
    """
    from IPython.display import HTML

    from talentgraph.view.html import write_view

    with tempfile.TemporaryDirectory() as tmp:
        page = write_view(facts, Path(tmp) / "view.html", **options).read_text(encoding="utf-8")
    frame = (f'<iframe sandbox="allow-scripts" style="width:100%;height:{int(height)}px;'
             f'border:1px solid #ddd" srcdoc="{html.escape(page, quote=True)}"></iframe>')
    with warnings.catch_warnings():  # IPython suggests IFrame, which needs a URL; srcdoc is offline
        warnings.simplefilter("ignore", UserWarning)
        return HTML(frame)
