"""Sentences of a normalized text, and masking: each mention becomes one placeholder character.

>>> from talentgraph.extract.mentions import Mention
>>> text = "他加入英伟达。She left."
>>> [text[s.start:s.end] for s in split_sentences(text)]
['他加入英伟达。', 'She left.']
>>> nv = Mention(start=3, end=6, surface="英伟达", type="Company", key="org:nvidia")
>>> mask(text, split_sentences(text)[0], (nv,)).text
'他加入\\ue002。'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentgraph.extract.cues import PH
from talentgraph.extract.mentions import Mention

__all__ = ["Sentence", "Masked", "split_sentences", "mask"]

_END = re.compile(r"(?=[。！？!?；;\s])(?:[。！？!?；;]+[”’\"']?|\n\s*\n|\n(?![A-Za-z0-9(])|(?<![A-Za-z0-9,])\n|(?<=[a-z0-9)][.])(?<!\bProf\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)\s+(?=[A-Z\"“])|(?<=[.!?][”\"])\s+)")


_WORD = re.compile(r"\w")


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(slots=True)
class Masked:
    text: str
    slots: dict[int, Mention]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences, trimmed of surrounding whitespace, punctuation kept."""
    out: list[Sentence] = []
    pos = 0
    ends = [m.end() for m in _END.finditer(text)]
    ends.append(len(text))
    for end in ends:
        a, b = pos, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a and _WORD.search(text, a, b):
            out.append(Sentence(len(out), a, b))
        pos = end
    return out


def mask(text: str, sent: Sentence, mentions: tuple[Mention, ...]) -> Masked:
    parts: list[str] = []
    slots: dict[int, Mention] = {}
    pos = sent.start
    length = 0
    for m in mentions:
        if m.start < sent.start or m.end > sent.end:
            continue
        parts.append(text[pos:m.start])
        length += m.start - pos
        slots[length] = m
        parts.append(PH[m.type])
        length += 1
        pos = m.end
    parts.append(text[pos:sent.end])
    return Masked(text="".join(parts), slots=slots)
