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

__all__ = ["RawText", "NormalizedText", "Normalizer", "simplify_same_length"]

_SPACES = " \t\u3000\u00a0\u200b\r\f\v"
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")


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
def _noise() -> tuple[list[re.Pattern[str]], re.Pattern[str] | None]:
    data = tomllib.loads(resources.files("talentgraph.data").joinpath(
        "gazetteers/noise.toml").read_text(encoding="utf-8"))
    patterns = [re.compile(p, re.MULTILINE) for p in data.get("line_patterns", [])]
    patterns += [re.compile(p, re.DOTALL | re.IGNORECASE) for p in data.get("inline_patterns", [])]
    phrases = [_tolerant(p) for p in data.get("spam_phrases", [])]
    if phrases:
        patterns.append(re.compile("|".join(phrases)))
    words = [_tolerant(w) for w in data.get("spam_words", [])]
    spam = re.compile("^.*(?:" + "|".join(words) + ").*$", re.MULTILINE) if words else None
    return patterns, spam


_READING = r"(?:\([a-z\u00e0-\u00fc\u0100-\u017f\u01cd-\u01dc]{1,7}\))?"


def _tolerant(phrase: str) -> str:
    """A regex for ``phrase`` that allows a pinyin reading after any of its characters."""
    return _READING.join(re.escape(ch) for ch in phrase)


class Normalizer:
    """Fold script, drop noise, squeeze whitespace; keep a per-character offset map."""

    def run(self, raw: RawText) -> NormalizedText:
        text = raw.text
        simp = simplify_same_length(text)
        keep = bytearray(b"\x01") * len(text)
        patterns, spam = _noise()
        for pattern in (*patterns, *([spam] if spam else [])):
            for m in pattern.finditer(simp):
                keep[m.start():m.end()] = b"\x00" * (m.end() - m.start())
        entities = {m.start(): m for m in _ENTITY.finditer(text)}
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        i, n = 0, len(text)
        while i < n:
            if not keep[i]:
                i += 1
                continue
            ch, end = simp[i], i + 1
            ent = entities.get(i)
            if ent is not None and all(keep[i:ent.end()]):
                ch, end = (html.unescape(ent.group()) or " ")[0], ent.end()
            if ch in _SPACES:
                ch = " "
                if not out or out[-1] in " \n":
                    i = end
                    continue
            elif ch == "\n":
                while out and out[-1] == " ":
                    out.pop(), starts.pop(), ends.pop()
                if not out or (out[-1] == "\n" and len(out) > 1 and out[-2] == "\n"):
                    i = end
                    continue  # keep at most one blank line: it separates paragraphs
            out.append(ch)
            starts.append(i)
            ends.append(end)
            i = end
        return NormalizedText(text="".join(out), starts=tuple(starts), ends=tuple(ends))
