"""Clause patterns that news in both languages uses for a move between employers, in
English mostly: "X joined Y from Z", "X left Z for Y", "X从Z跳槽到Y" (Z is a past employer, Y the
current one). The other English patterns (appositives, "a Tsinghua graduate who did his PhD at
Berkeley", "all OpenAI researchers", "which Nvidia acquired", "founded by", "a student of") are
cue words of the shared passes in ``rel_career``, ``rel_deals`` and ``rel_advising``.
"""

from __future__ import annotations

from talentgraph.extract import cues as Q
from talentgraph.extract.rel_base import WorkBase

__all__ = ["EnglishPatterns"]


class EnglishPatterns(WorkBase):
    """Move and poach patterns; the extractor calls each pass gated by its cue words."""

    def poach_group(self) -> None:
        """"Zuckerberg went to great lengths to poach the two": a hire of the last group named."""
        for pm in Q.POACH_GROUP.finditer(self.s.m):
            hirer = self._company_before(pm.start("hirer") + 1)
            if hirer is None or hirer.type == "Person":
                continue
            for index, people in reversed(self.ctx.groups):
                if self.s.index - index > 3:
                    break
                spans = (self.ctx.spans.get(index, self.s.span), self.s.span)
                for person in people:
                    self.claim(person, "EMPLOYED_BY", hirer, pm.start(), {"current": True}, spans=spans)
                break

    def moves(self) -> None:
        m = self.s.m
        for jm in Q.JOIN_FROM.finditer(m):
            src = next(jm.start(g) for g in ("from", "from2", "from3") if jm.group(g))
            dst = next(jm.start(g) for g in ("to", "to2", "to3") if jm.group(g))
            subjects = self.subjects_before(jm.start())
            if not subjects or src in self.done:
                continue
            self.done.add(src)
            source = self.mention(src)
            if m[dst] == Q.U and m[src] == Q.U:
                continue  # 从清华到斯坦福: a path through schools, handled with education
            for subj in subjects:
                self.claim(subj, "EMPLOYED_BY", source, jm.start(), {"current": False})
                if not jm.group("to"):  # "joined Y" itself is claimed by the organisation pass
                    self.done.add(dst)
                    self.claim(subj, "EMPLOYED_BY", self.mention(dst), jm.start(),
                               {"current": True, "start": self.date_for(jm.start())})
