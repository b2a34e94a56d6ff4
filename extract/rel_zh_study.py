"""Chinese advisor constructions that name the study: "跟随A和B攻读博士", "在A的指导下完成博士论文".

The advisors stand between the verb (跟随/追随/师从) and the study (攻读/读博/深造) in one clause,
each possibly with an organisation and a title before the name ("跟随C的AI负责人A和C2首席科学家B
攻读博士学位"): every person there advises the subject of the clause.
"""

from __future__ import annotations

import re

from talentgraph.extract import cues as Q
from talentgraph.extract.rel_base import WorkBase

__all__ = ["StudyPatterns"]

_CLAUSE = r"[^,，;；:：。!?！？]"
_STUDY = r"(?:攻读|读博|读研|读博士|读硕士|完成(?:了)?(?:其|他的|她的)?(?:博士|硕士)|做博士后|从事博士后|深造)"
_FOLLOW = re.compile(rf"(?:跟随|追随|跟着|师从)(?P<mid>{_CLAUSE}{{1,80}}?){_STUDY}")
_GUIDED = re.compile(rf"在(?P<mid>{_CLAUSE}{{1,40}}?)(?:的)?(?:指导|悉心指导|带领)下{_CLAUSE}{{0,12}}?"
                     rf"(?:{_STUDY}|获得|取得)")


class StudyPatterns(WorkBase):
    def study_under(self) -> None:
        """ADVISED_BY from every person between a follow verb and a study (module docstring)."""
        m = self.s.m
        for pattern in (_FOLLOW, _GUIDED):
            for am in pattern.finditer(m):
                advisors = [i for i in range(am.start("mid"), am.end("mid")) if m[i] == Q.P]
                if not advisors:
                    continue
                students = self.subjects_before(am.start())
                for st in students:
                    for i in advisors:
                        if self.mention(i).key != st.key:
                            self.claim(st, "ADVISED_BY", self.mention(i), am.start())
