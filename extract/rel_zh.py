"""Chinese relation helpers: a clause without a subject continues the person last named.

Chinese drops a subject the previous sentence supplies: "X出生在四川。本科就读于北京师范大学，
后加入小米。" Here a clause with no person and no pronoun that opens with a career verb
(就读于, 毕业于, 加入, 曾在…任职) takes the single person the last sentences were about.
"""

from __future__ import annotations

import re

from talentgraph.extract import cues as Q
from talentgraph.extract.mentions import Mention
from talentgraph.extract.rel_base import WorkBase

__all__ = ["ZeroSubjectPatterns", "ZERO_SUBJECT_LEAD"]

# what may open a subject-less clause before the organisation: a time, adverbs, a career verb
ZERO_SUBJECT_LEAD = re.compile(
    r"^(?:\d{4}\s*年(?:\d{1,2}\s*月)?(?:初|底|中|末)?|同年|次年|随后|之后|此后|后来|其后|毕业后|"
    r"博士毕业后|硕士毕业后|本科毕业后|早年|此前|目前|现|如今|曾经|曾|先后|又|再|也|还|后|则|并|,|，|\s)*"
    r"(?:本科|硕士|博士|研究生|博士后)?\s*"
    r"(?:就读于|毕业于|求学于|考入|保送|进入|加入|加盟|入职|任职于|供职于|就职于|受聘于|效力于|回到|转投|转战|"
    r"执掌|出任|担任|在|于|赴|前往|到)\s*(?:了)?\s*$")
_MAX_GAP = 2  # sentences between the person and the subject-less clause


# a sentence's subject stands in its first characters: "而X的下一站…", "2017年，X…"
_SUBJECT_LEAD = re.compile(r"^(?:[而但且那么据悉目前此前随后同时另外\s,，]|\d{4}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?)*$")

# a person who reports, believes or hopes: the sentence after is about whom they speak of
_REPORTS = re.compile(r"\s*(?:也|还|则|曾|亦|更)?\s*(?:相信|认为|表示|说|称|透露|指出|坦言|直言|希望|介绍|回忆|觉得|强调|评价)")


class ZeroSubjectPatterns(WorkBase):
    def antecedent(self, pronoun: str) -> list[Mention]:
        """"他/她" continues the subject of the sentence before when that sentence opens with a
        person ("而X的下一站，将追随老领导Y…。他还会…": X, not Y); otherwise the last person."""
        subject = self.ctx.subject
        if pronoun in ("他", "她") and subject is not None and self.ctx.topic_at is not None \
                and self.s.index - self.ctx.topic_at <= _MAX_GAP:
            return [subject]
        return self.ctx.topic[-1:]

    def sentence_subject(self) -> Mention | None:
        """The person this sentence opens with, when several are named in it."""
        m = self.s.m
        people = [i for i in sorted(self.s.slots) if m[i] == Q.P]
        if len({self.mention(i).key for i in people}) < 2 or not _SUBJECT_LEAD.match(m[:people[0]]):
            return None
        if _REPORTS.match(m, people[0] + 1):
            return None  # "X相信，Y可以…": the sentence is about Y
        return self.mention(people[0])

    def may_continue_topic(self) -> bool:
        """No person or pronoun here, and the last sentences were about one person."""
        m = self.s.m
        if Q.P in m or (self.s.may_have_pronoun and Q.PRONOUN.search(m)):
            return False
        topic_at = self.ctx.topic_at
        return (topic_at is not None and self.s.index - topic_at <= _MAX_GAP
                and len({p.key for p in self.ctx.topic}) == 1)

    def zero_subject(self, gstart: int) -> list[Mention]:
        """The person a subject-less clause continues, or [] (see the module docstring)."""
        if not self.may_continue_topic():
            return []
        m = self.s.m
        a = self.s.clause(gstart)[0]
        if not ZERO_SUBJECT_LEAD.match(m[a:gstart]):
            return []
        return self.ctx.topic[-1:]
