"""Hedger: is a claim stated as rumour or speculation rather than as fact?

>>> h = Hedger()
>>> h.run(HedgeQuery(sentence="据传她下月将出任研究主管", trigger=6)).hedged
True
>>> h.run(HedgeQuery(sentence="He joined Nvidia in June.", trigger=3)).hedged
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["HedgeQuery", "HedgeResult", "Hedger", "FIRM", "HEDGED"]

FIRM = 0.9
HEDGED = 0.5

_CUES = re.compile(
    r"据悉|据报道|据报导|据传|据称|据说|据知情人士|知情人士称|推测|猜测|估计|可能|或许|也许|或将|恐将|有望|"
    r"有消息称|消息称|传闻|传言|传出|疑似|似乎|未经证实|网传|"
    r"\b(?:reportedly|rumou?r(?:s|ed)?|(?-i:may)|might|possibly|probably|allegedly|likely|apparently|"
    r"(?:is|are|was|were) said to|according to|speculat\w*|expected to|sources? (?:said|say)|"
    r"people familiar)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[。！？!?；;\n]|[,，](?=\s*(?:但|不过|然而|虽然|\bbut\b|\bhowever\b|\balthough\b))",
                           re.IGNORECASE)
_TRAILING = re.compile(  # "X joined Y, according to people familiar with the matter"
    r"[,，]\s*(?:according to (?:people|sources|a person|persons|insiders|(?:media )?reports?)|"
    r"(?:people|sources|insiders|a person) (?:familiar|close|said|say|with knowledge)|"
    r"it is (?:rumou?red|said|understood)|据(?:知情人士|消息人士|报道|报导)|消息人士称)", re.IGNORECASE)
_COMMA = re.compile(r"[,，:：。！？!?；;\n]")
# one of these (lower-cased) is part of every match of _CUES and _TRAILING: a sentence without
# any of them is not hedged, whatever the trigger
_GATE = re.compile("|".join((
    "据", "推测", "猜测", "估计", "可能", "或许", "也许", "或将", "恐将", "有望", "消息称", "传闻", "传言", "传出", "疑似",
    "似乎", "未经证实", "网传", "知情人士", "消息人士", "reported", "rumo", "may", "might", "possibl", "probabl",
    "alleged", "likely", "apparent", "said to", "according to", "speculat", "expected to", "source", "people",
    "insider", "person", "it is")))


@dataclass(slots=True)
class HedgeQuery:
    sentence: str
    trigger: int


@dataclass(slots=True)
class HedgeResult:
    hedged: bool
    cue: str | None = None


class Hedger:
    """A claim is hedged when a hedge cue precedes its trigger in the same clause group, or
    follows it in the same clause ("X joined Y, sources said")."""

    def __init__(self) -> None:
        self._gate: tuple[str, bool] = ("", False)  # the last sentence seen, and whether it has a cue

    def run(self, query: HedgeQuery) -> HedgeResult:
        s, t = query.sentence, query.trigger
        if self._gate[0] is not s:
            self._gate = (s, _GATE.search(s.lower()) is not None)
        if not self._gate[1]:
            return HedgeResult(False)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(s, 0, t)]
        start = breaks[-1] if breaks else 0
        after = _COMMA.search(s, t)
        end = after.start() if after else len(s)
        m = _CUES.search(s, start, end) or _TRAILING.search(s, t)
        return HedgeResult(m is not None, m.group() if m else None)
