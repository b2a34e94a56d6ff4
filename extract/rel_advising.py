"""Advisor relations: "他的导师是 Y", "师从", "advised by", "a student of"."""

from __future__ import annotations

from talentgraph.extract import cues as Q
from talentgraph.extract.rel_base import WorkBase

__all__ = ["AdvisingPatterns"]


class AdvisingPatterns(WorkBase):
    def advising(self) -> None:
        for am in Q.ADVISE.finditer(self.s.m):
            students = self.subjects_before(am.start())
            advisors = self.persons_after(am.end(), limit=30)
            for st in students:
                for adv in advisors:
                    self.claim(st, "ADVISED_BY", self.mention(adv), am.start())

