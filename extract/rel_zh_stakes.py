"""Chinese shareholdings: "X持股84.92%", "X持有C公司30%的股份" — a stake counts as INVESTED_IN.

The company is the one after the verb, or else the only company named earlier in the sentence
("…成立新公司C，X持股84.92%").
"""

from __future__ import annotations

import re

from talentgraph.extract import cues as Q
from talentgraph.extract.rel_base import WorkBase

__all__ = ["StakePatterns"]

_PCT = r"(?:约|近|超过|逾)?\s*(?P<num>\d{1,2}(?:\.\d+)?)\s*[%％]"
_STAKE = re.compile(
    rf"(?P<holder>[{Q.P}{Q.C}])\s*(?:目前|直接|间接|合计|共|个人|仍)*\s*(?:持股|持有)\s*(?P<target>{Q.C})?\s*(?:的)?\s*"
    rf"(?:股份|股权|股票)?\s*(?P<pct>{_PCT})")


class StakePatterns(WorkBase):
    def stakes(self) -> None:
        """INVESTED_IN from a stated percentage holding (module docstring)."""
        m = self.s.m
        for sm in _STAKE.finditer(m):
            holder = self.mention(sm.start("holder"))
            if sm.group("target"):
                target = self.mention(sm.start("target"))
            else:
                before = {self.mention(i).key: self.mention(i) for i in sorted(self.s.slots)
                          if i < sm.start() and m[i] == Q.C}
                if len(before) != 1:
                    continue
                target = next(iter(before.values()))
            if target.key == holder.key:
                continue
            self.claim(holder, "INVESTED_IN", target, sm.start(), {"stake": float(sm.group("num")) / 100})
