"""Homophone spellings of Chinese names: 焦建涛 and 焦剑涛 share a reading for every character.

>>> same_reading("焦建涛", "焦剑涛"), same_reading("任红宇", "任泓宇"), same_reading("吴迪", "吴笛")
(True, True, True)
>>> same_reading("焦建涛", "焦建华")
False
"""

from __future__ import annotations

import functools
import re

__all__ = ["readings", "same_reading", "HomophoneIndex"]

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


@functools.lru_cache(maxsize=8192)
def readings(ch: str) -> frozenset[str]:
    """All pinyin readings of one character, with tone numbers."""
    from pypinyin import Style, pinyin

    return frozenset(pinyin(ch, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0])


def same_reading(a: str, b: str) -> bool:
    """Two Chinese names of equal length whose characters pairwise share a reading."""
    return (len(a) == len(b) and bool(_CJK.match(a)) and bool(_CJK.match(b))
            and all(x == y or readings(x) & readings(y) for x, y in zip(a, b)))


class HomophoneIndex:
    """Finds, in a text, 3-character spellings that sound like a known person's Chinese name."""

    def __init__(self, people) -> None:
        from talentgraph.extract.normalize import simplify_same_length

        self._by_surname: dict[str, list[tuple[str, str]]] = {}
        for person in people:
            for alias in person.aliases:
                simple = simplify_same_length(alias)
                if len(simple) == 3 and _CJK.match(simple):
                    self._by_surname.setdefault(simple[0], []).append((simple, person.id))
        self._surnames = re.compile("[" + "".join(self._by_surname) + "]") if self._by_surname else None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        if self._surnames is None:
            return out
        for m in self._surnames.finditer(text):
            cand = text[m.start():m.start() + 3]
            for name, person_id in self._by_surname[m.group()]:
                if cand != name and same_reading(cand, name):
                    out.append((m.start(), m.start() + 3, person_id))
                    break
        return out
