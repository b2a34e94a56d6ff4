"""Chinese colleague phrases: "X及其在C的两位前同事共同创办了D", "他在C的老领导Y".

A person named with their colleagues (同事/战友/旧部) at an organisation worked there, and the
person described as someone's former boss or colleague there (老领导/前同事) did too; a founding
verb right after the colleagues gives the person FOUNDED. 同学 at a university is EDUCATED_AT.
"""

from __future__ import annotations

import re

from talentgraph.extract import cues as Q
from talentgraph.extract.rel_base import WorkBase

__all__ = ["ColleaguePatterns"]

_COUNT = r"(?:[一二两三四五六七八九十几数多\d]+\s*[位名个])?"
_MATES = r"(?P<old>前|老|昔日|原)?\s*(?P<kind>同事|同学|战友|部下|旧部|搭档|领导|上司)"
_WITH_MATES = re.compile(
    rf"(?P<p>{Q.P})\s*(?:及其|和其|与其|和他|与他|和她|与她|带着|带领|携)\s*(?:的)?\s*在\s*(?P<org>{Q.ORG})\s*(?:时)?的\s*"
    rf"{_COUNT}\s*{_MATES}(?:们)?")
_FOUND_AFTER = re.compile(rf"\s*(?:一起|一同|共同|联合|联手)?\s*(?:创办|创立|创建|成立|创业)(?:了)?[^,，。;；{Q.ANY[1:-1]}]{{0,12}}?(?P<org>{Q.C})")
_MATE_OF = re.compile(
    rf"(?:(?P<p>{Q.P})|他|她)\s*在\s*(?P<org>{Q.ORG})\s*(?:时|期间)?的\s*{_MATES}(?:之一)?\s*(?:、\s*)?(?P<q>{Q.P})")
_GATE = re.compile("同事|同学|战友|部下|旧部|搭档|领导|上司")


class ColleaguePatterns(WorkBase):
    def colleagues(self) -> None:
        """EMPLOYED_BY (or EDUCATED_AT) and FOUNDED from colleague phrases (module docstring)."""
        m = self.s.m
        if not _GATE.search(m):
            return
        for cm in _WITH_MATES.finditer(m):
            person = self.mention(cm.start("p"))
            self._stint(person, cm)
            fm = _FOUND_AFTER.match(m, cm.end())
            if fm:
                self.claim(person, "FOUNDED", self.mention(fm.start("org")), fm.start("org"),
                           {"start": self.date_for(fm.start("org"))})
        for cm in _MATE_OF.finditer(m):
            if cm.group("p"):
                people = [self.mention(cm.start("p"))]
            else:
                people = self.subjects_before(cm.start())
            people = [p for p in people if p.key != self.mention(cm.start("q")).key][:1]
            for person in people + [self.mention(cm.start("q"))]:
                self._stint(person, cm)

    def _stint(self, person, cm) -> None:
        org = self.mention(cm.start("org"))
        kind = cm.group("kind")
        if kind == "同学":
            if org.type == "University":
                self.claim(person, "EDUCATED_AT", org, cm.start("org"), {"field": org.field})
            return
        quals: dict = {"current": False} if cm.group("old") else {}
        self.claim(person, "EMPLOYED_BY", org, cm.start("org"), quals)
