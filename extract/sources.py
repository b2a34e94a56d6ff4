"""Reading articles: decode any common encoding, keep the raw text that evidence offsets index.

>>> doc = source_from_bytes("a.txt", "/tmp/a.txt", "發布時間:2025-07-14 08:20\\n正文".encode("utf-8"))
>>> doc.encoding, doc.published
('utf-8', '2025-07-14')
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from talentgraph.problems import Problem

__all__ = ["SourceDocument", "read_sources", "source_from_bytes", "find_published", "SUFFIXES"]

SUFFIXES = (".txt", ".md", ".html", ".htm")


class SourceDocument(BaseModel):
    """One article as read from disk; ``text`` is the decoded file, BOM removed."""

    model_config = ConfigDict(frozen=True)

    name: str
    path: str
    text: str
    encoding: str
    sha256: str
    published: str | None = None


# kana, private use, compatibility symbols, box drawing: what a Chinese text read in the wrong
# double-byte encoding is full of
_UNLIKELY = re.compile(r"[\u3040-\u30ff\ue000-\uf8ff\u3300-\u33ff\u2500-\u257f\uac00-\ud7af]")


class _Undecodable(ValueError):
    pass


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise _Undecodable(str(exc)) from exc
    try:
        text = data.decode("utf-8")
        if "\x00" not in text:
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    fits = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            fits.append((len(_UNLIKELY.findall(text)), encoding, text))
    if fits:  # GB18030 decodes almost any bytes: prefer the reading with fewer unlikely characters
        _, encoding, text = min(fits, key=lambda f: f[0])
        return text, encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise _Undecodable("no text encoding fits")
    return str(best), best.encoding


_MONTHS = {m: i for i, m in enumerate(
    ("january february march april may june july august september october november december")
    .split(), start=1)}
_PUB_LABELLED = re.compile(
    r"(?:發布時間|发布时间|發佈時間|發布於|发布于|發表於|发表于|日期|時間|时间|Published|Date|Updated)"
    r"\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", re.IGNORECASE)
_PUB_ISO = re.compile(r"(?<!\d)(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_PUB_ZH = re.compile(r"(20\d{2})年(\d{1,2})月(\d{1,2})日")
_PUB_EN = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),?\s+(20\d{2})\b", re.IGNORECASE)
_PUB_META = re.compile(
    r"""<meta[^>]+(?:article:published_time|pubdate|date)["'][^>]*content=["'](\d{4})-(\d{2})-(\d{2})""",
    re.IGNORECASE)


def _iso(y: str, m: str, d: str) -> str | None:
    year, month, day = int(y), int(m), int(d)
    if 1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def find_published(text: str) -> str | None:
    """The publication date: a labelled date anywhere, else a full date in the first lines."""
    for pattern in (_PUB_META, _PUB_LABELLED):
        match = pattern.search(text)
        if match and (iso := _iso(*match.groups())):
            return iso
    head = "\n".join(text.lstrip().splitlines()[:4])
    for pattern in (_PUB_ISO, _PUB_ZH):
        match = pattern.search(head)
        if match and (iso := _iso(*match.groups())):
            return iso
    match = _PUB_EN.search(head)
    if match:
        return _iso(match.group(3), str(_MONTHS[match.group(1).lower()]), match.group(2))
    return None


def source_from_bytes(name: str, path: str, data: bytes) -> SourceDocument:
    """Decode one file's bytes into a :class:`SourceDocument` (raises ValueError if it cannot)."""
    text, encoding = _decode(data)
    text = text.lstrip("\ufeff")
    return SourceDocument(name=name, path=path, text=text, encoding=encoding,
                          sha256=hashlib.sha256(data).hexdigest(), published=find_published(text))


def _files(root: Path) -> list[tuple[str, Path]]:
    if root.is_dir():
        found = [p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                 and not p.stem.upper().startswith("README")]
        return [(p.relative_to(root).as_posix(), p) for p in sorted(found)]
    return [(root.name, root)]


def read_sources(paths: Sequence[str | Path]) -> tuple[list[SourceDocument], list[Problem]]:
    """Read articles from files and folders (walked recursively; README files are skipped, they
    describe a folder rather than report news); bad files become Problems."""
    docs: list[SourceDocument] = []
    problems: list[Problem] = []
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            problems.append(Problem(file=str(raw), code="E020",
                                    message=f"no such file or folder: {raw}"))
            continue
        for name, path in _files(root):
            try:
                data = path.read_bytes()
            except OSError as exc:
                problems.append(Problem(file=name, code="E020",
                                        message=f"cannot read {path}: {exc.strerror or exc}"))
                continue
            try:
                docs.append(source_from_bytes(name, str(path.resolve()), data))
            except (_Undecodable, UnicodeDecodeError) as exc:
                problems.append(Problem(file=name, code="E020",
                                        message=f"cannot decode {path} ({exc}); save it as UTF-8"))
    return docs, problems
