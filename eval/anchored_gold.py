"""Gold files from anchors: each claim names a short phrase inside its supporting sentence and the
sentence's offsets are computed from the article itself, never typed by hand. Used by
``eval/dev/make_gold.py`` and ``eval/heldout/make_gold.py``."""

from __future__ import annotations

import json
import re
from pathlib import Path

_END = re.compile(r"[。！？\n]|[.!?](?=\s|$)")


def sentence_span(text: str, anchor: str) -> tuple[int, int]:
    """Offsets of the one sentence of ``text`` that contains ``anchor`` (which must be unique)."""
    i = text.index(anchor)
    assert text.count(anchor) == 1, anchor
    start = 0
    for m in _END.finditer(text, 0, i):
        start = m.end()
    while text[start].isspace():
        start += 1
    m = _END.search(text, i + len(anchor))
    return start, (m.end() if m and m.group() != "\n" else (m.start() if m else len(text)))


def write_gold(folder: Path, claims: list[tuple]) -> Path:
    """Write ``folder/gold.jsonl`` for the articles in ``folder/articles``; ``claims`` are
    ``(file, anchor, subject, relation, object, qualifiers)`` tuples."""
    lines = []
    for source, anchor, subj, rel, obj, quals in claims:
        text = (folder / "articles" / source).read_text(encoding="utf-8")
        start, end = sentence_span(text, anchor)
        lines.append(json.dumps({"source": source, "start": start, "end": end, "subject": subj,
                                 "relation": rel, "object": obj, **quals}, ensure_ascii=False))
    out = folder / "gold.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
