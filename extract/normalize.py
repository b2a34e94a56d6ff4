"""Normalizer: raw article text → clean Simplified text, with a map back to raw offsets.

Every normalized character ``i`` came from ``raw[starts[i]:ends[i]]`` (one character, or an HTML
entity), so any span of the clean text maps back to an exact span of the raw file.

>>> n = Normalizer().run(RawText(text="越發(fā)緊張  ![]()了"))
>>> n.text
'越发紧张 了'
>>> n.raw_span(0, 4)
(0, 8)
"""

from __future__ import annotations

import functools
import html
import re
import tomllib
from importlib import resources

from pydantic import BaseModel, ConfigDict

from talentgraph.names import to_simplified

__all__ = ["RawText", "NormalizedText", "Normalizer", "Removal", "simplify_same_length", "noise_spans",
           "explain"]

_SPACES = " \t\u3000\u00a0\u200b\r\f\v"
_ENTITY_BODY = r"(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});"
_ENTITY = re.compile("&" + _ENTITY_BODY)
# plain text (with single spaces between words), an HTML entity, a run of whitespace
_PLAIN_CHARS = rf"(?:[^{_SPACES}\n&]+|&(?!{_ENTITY_BODY}))"
_TOKEN = re.compile(rf"(?P<plain>{_PLAIN_CHARS}(?:{_PLAIN_CHARS}| (?={_PLAIN_CHARS}))*)|"
                    rf"(?P<ent>&{_ENTITY_BODY})|(?P<ws>[{_SPACES}\n]+)")


class RawText(BaseModel):
    model_config = ConfigDict(frozen=True)
    text: str


class NormalizedText(BaseModel):
    """Clean text and, per character, the raw span it came from."""

    model_config = ConfigDict(frozen=True)
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span ``[a, b)`` of normalized span ``[start, end)`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]


def simplify_same_length(text: str) -> str:
    """Traditional → Simplified keeping one character per character (checked, not assumed)."""
    out = to_simplified(text)
    if len(out) == len(text):
        return out
    chars = []
    for ch in text:
        conv = to_simplified(ch)
        chars.append(conv if len(conv) == 1 else ch)
    return "".join(chars)


@functools.lru_cache(maxsize=1)
def _noise() -> tuple[tuple[re.Pattern[str] | _LinesContaining, str], ...]:
    """(pattern, reason) pairs from ``noise.toml``; an entry is a regex or {pattern, reason}."""
    data = tomllib.loads(resources.files("talentgraph.data").joinpath(
        "gazetteers/noise.toml").read_text(encoding="utf-8"))
    out: list[tuple[re.Pattern[str], str]] = []
    for key, flags, default in (("line_patterns", re.MULTILINE, "boilerplate line"),
                                ("inline_patterns", re.DOTALL | re.IGNORECASE, "inline noise")):
        for item in data.get(key, []):
            pattern, reason = (item, default) if isinstance(item, str) else (item["pattern"], item["reason"])
            out.append((re.compile(pattern, flags), reason))
    phrases = [_tolerant(p) for p in data.get("spam_phrases", [])]
    if phrases:
        out.append((re.compile("|".join(phrases)), "spam phrase"))
    words = [_tolerant(w) for w in data.get("spam_words", [])]
    if words:
        out.append((_LinesContaining(re.compile("|".join(words))), "spam line"))
    return tuple(out)


class _LinesContaining:
    """Finds whole lines that contain a match of ``word``: the matches of
    ``^.*(?:word).*$`` (re.MULTILINE), found from the words outwards instead of by trying the
    pattern at every line start."""

    def __init__(self, word: re.Pattern[str]) -> None:
        self.word = word

    def finditer(self, text: str):
        last_end = -1
        for m in self.word.finditer(text):
            if m.start() < last_end:
                continue  # this line is already out
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            last_end = len(text) if end == -1 else end
            yield _Span(start, last_end)


class _Span:
    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


_READING = r"(?:\([a-z\u00e0-\u00fc\u0100-\u017f\u01cd-\u01dc]{1,7}\))?"


def _tolerant(phrase: str) -> str:
    """A regex for ``phrase`` that allows a pinyin reading after any of its characters."""
    return _READING.join(re.escape(ch) for ch in phrase)


class Normalizer:
    """Fold script, drop noise, squeeze whitespace; keep a per-character offset map.

    The kept text is cut into runs by one tokenizer regex (plain text, an HTML entity, a run of
    whitespace): a plain run is copied whole and its offsets are a range, so only entities and
    whitespace are looked at one character at a time.
    """

    def run(self, raw: RawText) -> NormalizedText:
        text = raw.text
        simp = simplify_same_length(text)
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = prev = ""  # the last two characters written
        saved = ("", "")  # (last, prev) before the latest space, to take it back before a newline

        def emit(ch: str, start: int, end: int) -> None:
            nonlocal last, prev, saved
            if ch in _SPACES:
                if not last or last in " \n":
                    return
                saved = (last, prev)
                ch = " "
            elif ch == "\n":
                if last == " ":
                    out.pop(), starts.pop(), ends.pop()
                    last, prev = saved
                if not last or (last == "\n" and prev == "\n"):
                    return  # keep at most one blank line: it separates paragraphs
            out.append(ch)
            starts.append(start)
            ends.append(end)
            prev, last = last, ch

        for seg_start, seg_end in _kept(simp):
            for m in _TOKEN.finditer(simp, seg_start, seg_end):
                a, b = m.span()
                kind = m.lastgroup
                if kind == "plain":
                    run = m.group()
                    out.append(run)
                    starts.extend(range(a, b))
                    ends.extend(range(a + 1, b + 1))
                    prev, last = (run[-2], run[-1]) if b - a > 1 else (last, run)
                elif kind == "ent":
                    emit((html.unescape(text[a:b]) or " ")[0], a, b)
                else:
                    for i in range(a, b):
                        emit(simp[i], i, i + 1)
        return NormalizedText.model_construct(text="".join(out), starts=tuple(starts), ends=tuple(ends))


def _kept(simplified: str) -> list[tuple[int, int]]:
    """The spans of the text that no noise pattern matched, left to right."""
    segments = []
    pos = 0
    for start, end, _ in sorted(noise_spans(simplified)):
        if start > pos:
            segments.append((pos, start))
        pos = max(pos, end)
    if pos < len(simplified):
        segments.append((pos, len(simplified)))
    return segments


class Removal(BaseModel):
    """A span of the raw file that normalization dropped, and why."""

    model_config = ConfigDict(frozen=True)
    start: int
    end: int
    reason: str


def noise_spans(simplified: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every noise match in a (same-length) Simplified text."""
    return [(m.start(), m.end(), reason) for pattern, reason in _noise()
            for m in pattern.finditer(simplified) if m.end() > m.start()]


def explain(doc, *, whitespace: bool = False) -> list[Removal]:
    """What normalization removes from ``doc`` (a SourceDocument or a str), in raw offsets.

    Overlapping removals are merged (the first reason wins); with ``whitespace`` the squeezed
    runs of spaces and blank lines are listed too.

    >>> [(r.start, r.end, r.reason) for r in explain("越發(fā)緊張 ![]()了")]
    [(2, 6, 'pinyin reading'), (9, 14, 'image placeholder')]
    """
    text = doc if isinstance(doc, str) else doc.text
    spans = sorted(noise_spans(simplify_same_length(text)))
    merged: list[list] = []
    for start, end, reason in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, reason])
    out = [Removal(start=a, end=b, reason=r) for a, b, r in merged]
    if whitespace:
        norm = Normalizer().run(RawText(text=text))
        kept = bytearray(len(text))
        for a, b in zip(norm.starts, norm.ends):
            kept[a:b] = b"\x01" * (b - a)
        for r in out:
            kept[r.start:r.end] = b"\x01" * (r.end - r.start)
        for m in re.finditer(r"\x00+", kept.decode("latin-1")):
            out.append(Removal(start=m.start(), end=m.end(), reason="whitespace squeezed"))
        out.sort(key=lambda r: r.start)
    return out
