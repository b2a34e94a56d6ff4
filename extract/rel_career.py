"""Education and employment: an organisation with cue words around it, hires "from", titles."""

from __future__ import annotations

import re

from talentgraph.extract import cues as Q
from talentgraph.extract.dates import class_year
from talentgraph.extract.hedge import FIRM
from talentgraph.extract.rel_base import WEAK, WorkBase, last_match

__all__ = ["CareerPatterns"]

_OF_ORG = re.compile(r"\s*的\s*")
_BREAKS = re.compile(f"[{re.escape(Q.BREAK_CHARS)}]")


# "the Microsoft-backed company": the organisation modifies another noun, it employs no one here
_MODIFIER = re.compile(r"-(?:backed|owned|funded|based|led|supported|affiliated|style|like)\b", re.IGNORECASE)
# a verb between a person and a later founding verb makes the person its subject, not the founder's
_OTHER_VERB = re.compile(r"加入|加盟|进入|入职|引荐|推荐|介绍|投资|收购|任职|工作|离开|前往|来到|回到|转到|转投|"
                         r"\b(?:joined|left|moved)\b")
# "创业积累下的口碑，…": 创业 heads a noun phrase that a comma closes, it founds nothing here
_NOUN_STARTUP = re.compile(f"[^{re.escape(Q.BREAK_CHARS)}]*的[^{re.escape(Q.BREAK_CHARS)}]*[{re.escape(Q.BREAK_CHARS)}]")
# "姚班天才X", "清华学霸X": a label the school gave its student, right before the name
_PRODIGY = re.compile(r"\s*(?:系)?(?:天才(?:少年)?|学霸|高材生)\s*")
_SCHOOLED = re.compile(r"出身|毕业|校友|\balumn|\bgraduates?\b", re.IGNORECASE)


class CareerPatterns(WorkBase):
    def pending(self) -> None:
        pend = self.ctx.pending
        self.ctx.pending = None
        if pend is None or pend[0] != self.s.index - 1 or re.search(Q.ORG, self.s.m):
            return
        if len({self.s.slots[i].key for i in self.s.slots if self.s.m[i] == Q.P}) < 2:
            return
        _, hirer, source, date, span = pend
        people = [i for i in self.s.slots if self.s.m[i] == Q.P]
        for i in people:
            before = self.s.m[max(0, i - 14):i]
            before = re.split(r"[、,，]", before)[-1]
            role = None
            rm = list(self.ex.roles.find(before))
            quals: dict = {"current": False}
            if rm and rm[-1].end == len(before.rstrip()):
                role = rm[-1].role.role
                quals["role"] = role
                quals["team"] = self.team_before(before, rm[-1].start)
            spans = (span, self.s.span)
            self.claim(self.mention(i), "EMPLOYED_BY", source, i, quals, spans=spans)
            self.claim(self.mention(i), "EMPLOYED_BY", hirer, i, {"current": True, "start": date}, spans=spans)

    def hires(self) -> None:
        for hm in Q.HIRE.finditer(self.s.m):
            hirer_pos = hm.start("hirer") if hm.group("hirer") else hm.start("hirer2")
            source_pos = hm.start("source") if hm.group("source") else hm.start("source2")
            hirer, source = self.mention(hirer_pos), self.mention(source_pos)
            self.done.update({hirer_pos, source_pos})
            if hm.group("mid") is not None:
                people = [i for i in range(hm.start("mid"), hm.end("mid")) if self.s.m[i] == Q.P]
                role_text = hm.group("mid")
            else:
                people = self.persons_after(hm.end())
                role_text = self.s.m[hm.end():people[0]] if people else ""
            date = self.date_for(hm.start())
            if not people:
                self.ctx.pending = (self.s.index, hirer, source, date, self.s.span)
                continue
            quals: dict = {"current": False}
            role = self.role_in(role_text, lead=False)
            if role:
                quals["role"] = role[0]
                quals["team"] = self.team_before(role_text, self._role_start(role_text))
            for i in people:
                self.claim(self.mention(i), "EMPLOYED_BY", source, hm.start(), quals)
                self.claim(self.mention(i), "EMPLOYED_BY", hirer, hm.start(), {"current": True, "start": date})


    def university(self, subj, obj, pos, lw, rw, link, gstart) -> None:
        role = self.role_in(rw) or (self.role_at_end(link) if link else None)
        if role and link and not self.role_in(rw):
            em = _SCHOOLED.search(link)
            if em and em.start() < role[2]:
                role = None  # "清华姚班出身的两位研究员X": the school made them, the title is elsewhere
        lw_long = self.s.left(gstart, limit=30)  # room for "in the School of … at"
        tail = Q.ROLE_TAIL.search(lw_long)
        if role is None and tail:  # "is a professor at MIT"
            chain = self.role_chain(lw_long[:tail.start()], at_end=True)
            role = (chain[0][0], chain[0][1], 0) if chain else None
        after_person = ""
        if link:
            p_end = self.s.m.find(Q.P, pos) + 1
            after_person = self.s.m[p_end:p_end + 6]
            role = role or self.role_in(after_person)
        if role is None and (Q.UNIV_POST_LEFT.search(lw) or Q.UNIV_POST_RIGHT.match(rw)):
            role = ("faculty", "faculty", 0)
        if role and role[1] in ("faculty", "job"):
            self.claim(subj, "EMPLOYED_BY", obj, pos, {"role": role[0], "current": self.title_tense(lw + link)})
            return
        window = lw + " " + rw + " " + link
        cue = Q.EDU.search(rw) or Q.EDU.search(link) or last_match(Q.EDU, lw) or _PRODIGY.fullmatch(link)
        if cue is None or Q.NEGATION.search(lw):
            return
        degree, best = None, 10**6
        rw_own = re.split(r"\s(?:and|but|then|before|after|who|which|where|while)\s|[和而后,]", rw)[0]
        for name, pattern in Q.DEGREE:
            for dm in pattern.finditer(rw_own):
                if dm.start() < best:
                    degree, best = name, dm.start()
            for dm in pattern.finditer(lw):
                if len(lw) - dm.end() < best:
                    degree, best = name, len(lw) - dm.end()
        year = class_year(window) or class_year(self.s.parens.get(self._pos_of(subj), ""))
        weak = Q.WEAK_EDU.match(cue.group()) is not None and degree is None
        self.claim(subj, "EDUCATED_AT", obj, pos,
                   {"degree": degree, "field": obj.field, "start": year},
                   confidence=WEAK if weak else FIRM)


    def company(self, subj, obj, pos, lw, lw_ext, rw, link, gstart, gend, subjects, respectively) -> None:
        roles = self.role_chain(rw) or (self.role_chain(link, at_end=True) if link else [])
        from_left = False
        if not roles:
            lw_long = self.s.left(gstart, limit=30)  # room for "CEO of his new AI startup"
            tail = Q.ROLE_TAIL.search(lw_long)
            if tail:
                roles = self.role_chain(lw_long[:tail.start()], at_end=True)
                from_left = bool(roles)
        if not roles:
            rw_long, _ = self.s.right(gend, limit=40)
            after = re.search(r"(?:担任|出任|任命为|被任命为|\bas\b)\s*(.{1,30})", rw_long)
            if after:
                roles = self.role_chain(after.group(1))
        negated = bool(Q.NEGATION.search(lw))
        founded_left = last_match(Q.FOUND_LEFT, lw_ext)
        if founded_left and (Q.JOIN_LEFT.search(lw_ext[founded_left.end():])
                             or re.search(r"的公司|的企业|[)）]", lw_ext[founded_left.end():])
                             or (founded_left.group() == "创业" and _NOUN_STARTUP.match(lw_ext, founded_left.end()))
                             or not self._founder_of_relative(lw_ext, founded_left, gstart)):
            founded_left = None
        founder = any(k == "founder" for _, k in roles) or bool(Q.FOUND_RIGHT.search(rw) or founded_left)
        if founder and not negated:
            dated = founded_left is not None and not lw_ext[founded_left.end():].lstrip().startswith("的")
            self.claim(subj, "FOUNDED", obj, pos, {"start": self.date_for(pos) if dated else None})
        jobs = [r for r, k in roles if k != "founder"]
        joined = bool(Q.JOIN_LEFT.search(lw) or Q.ANNOUNCE.search(link) or Q.HIRE_RIGHT.search(rw))
        verb = bool(Q.EMP_LEFT.search(lw) or Q.EMP_RIGHT.search(rw) or joined)
        if jobs and not verb and not link and not from_left:
            # a bare title after the organisation ("GitHub's former CEO"): the subject must be
            # right before it ("X, Nvidia's CEO" / "X是Nvidia的CEO"), not anywhere back
            last_p = self.s.m.rfind(Q.P, 0, gstart)
            gap = self.s.m[last_p + 1:gstart]
            if last_p == -1 or not Q.APPOSITION_GAP.fullmatch(gap):
                jobs = []
        if not (verb or jobs) and link and _OF_ORG.fullmatch(link) and Q.EMP_AFTER_PERSON.match(
                self.s.m, self.s.m.find(Q.P, gend) + 1):
            verb = True  # "阿里巴巴通义实验室的王浩然或将离职": "the org's X" and a career verb after X
        if not (verb or jobs) or negated or _MODIFIER.match(self.s.m, pos + 1):
            return
        quals: dict = {"role": jobs[0] if jobs else None}
        if len(subjects) > 1 and respectively:
            listed = [r.role.role for r in self.ex.roles.find(self.s.m[respectively.end():])]
            if len(listed) == len(subjects):
                quals["role"] = listed[subjects.index(subj)]
        if re.search(r"实习|\bintern", rw + lw):
            quals["role"] = "intern"
        context = lw + link
        leave = last_match(Q.LEAVE, context)
        went_to = bool(leave and joined and Q.JOIN_LEFT.search(context[leave.end():]))
        if went_to:  # "left to join Y": Y is where they went
            quals.update(current=True, start=self.date_for(pos))
        elif leave or Q.LEAVE.search(self.s.m[gend:self.s.clause(gend)[1]]):
            quals.update(current=False, end=self.date_for(pos))
        elif (Q.PAST.search(context) or Q.PAST.search(_BREAKS.split(lw_ext[-6:])[-1])
              or (jobs and Q.PAST.search(self.s.m, self.s.clause(gstart)[0], gstart))):
            quals["current"] = False
        elif joined:
            quals.update(current=True, start=self.date_for(pos))
        elif re.match(rf"[^.;{Q.ANY[1:-1]}]*{Q.MOVE_ON.pattern}\s+(?:the\s+)?{Q.ORG}", self.s.m[gend:], re.IGNORECASE):
            quals["current"] = False  # "X, an OpenAI researcher, moved to Meta": OpenAI is past
        elif jobs or Q.PRESENT.search(context):
            quals["current"] = self.title_tense(context)  # "Nvidia's CEO X": a present title
        self.claim(subj, "EMPLOYED_BY", obj, pos, quals)
        if obj.type == "Company":
            self.ctx.last_company = (self.s.index, obj)

    def _founder_of_relative(self, lw_ext: str, verb, gstart: int) -> bool:
        """"A创立的X" names A as X's founder; "在北京成立的X" names none: a founding verb in a
        relative clause counts only with a person right before it in the same clause."""
        if not lw_ext[verb.end():].lstrip().startswith("的"):
            return True
        verb_pos = gstart - len(lw_ext) + verb.start()
        p = self.s.m.rfind(Q.P, 0, verb_pos)
        gap = self.s.m[p + 1:verb_pos]
        return (p != -1 and re.fullmatch(rf"[^,，。；;{Q.ANY[1:-1]}]{{0,12}}", gap) is not None
                and not _OTHER_VERB.search(gap))

    @staticmethod
    def title_tense(context: str) -> bool | None:
        """A title stated without a time is the present one (news names people by their current
        title): True, unless the context puts it in the past or at another time (None)."""
        if Q.PAST.search(context):
            return False
        if Q.NOT_NOW.search(context):
            return None
        return True

    def roles_without_org(self) -> None:
        m = self.s.m
        for rm in Q.ROLE_ONLY.finditer(m):
            if re.search(Q.ORG, m[:rm.end()]) or Q.RESPECTIVELY.search(m):
                continue
            b = self.s.clause(rm.start())[1]
            last = self.ctx.last_company
            if last is None or self.s.index - last[0] > 2:
                continue
            roles = []
            rest = m[rm.end():b]
            for r in self.ex.roles.find(rest):
                gap = rest[roles[-1][1]:r.start] if roles else rest[:r.start]
                if roles and not re.fullmatch(r"\s*(?:或|或者|和|及|兼|、|or|and|/)\s*", gap):
                    break
                if not roles and gap.strip():
                    break
                roles.append((r.role.role, r.end))
            subjects = self.subjects_before(rm.start())
            for subj in subjects:
                for role, _ in roles:
                    self.claim(subj, "EMPLOYED_BY", last[1], rm.start(), {"role": role})

