"""Organisation groups in a sentence, their subjects (backwards, forwards, "including" lists),
labs and the context carried to the next sentence."""

from __future__ import annotations

import re

from talentgraph.extract import cues as Q
from talentgraph.extract.dates import find_dates
from talentgraph.extract.mentions import Mention
from talentgraph.extract.rel_base import WorkBase, implied

__all__ = ["ListPatterns", "note_year"]

_FRONTED_DESCRIPTION = re.compile(rf"(?:^|\n)\s*(?:An?|The|One of the|Once an?|Formerly an?)\s+(?P<np>[^;:.{Q.P}]{{3,140}}?),\s+(?P<p>{Q.P})"
                                  rf"(?=\s+(?:is|was|has|had|have|will|would|became|joined|leads|led|now|also|said|says)\b)")
_TIME_CLAUSE_END = re.compile(r"(?:之后|以后|后|之前|以前|前|期间|时)\s*$")
_MAYBE_DATE = re.compile(r"\d|年|月|year|month", re.IGNORECASE)


class ListPatterns(WorkBase):
    def orgs(self) -> None:
        m = self.s.m
        groups = list(Q.ORG_LIST.finditer(m))
        spans = [(g.start(), g.end()) for g in groups]
        for k, (a, b) in enumerate(spans[:-1]):
            c, d = spans[k + 1]
            lab = self.ex.gaz.entries.get(self.mention(c).key)
            if (b - a == 1 and d - c == 1 and m[c] == Q.L and lab and lab.parent == self.mention(a).key
                    and c - b <= 10 and not re.search(f"[{Q.BREAK_CHARS}]", m[b:c])):
                self.done.add(a)  # "Meta's new lab MSL": the lab stands for its parent here
                spans[k + 1] = (a, d)
        for a, b in spans:
            members = [i for i in range(a, b) if m[i] in Q.ORG_CHARS and i not in self.done]
            if members:
                self.org_group(members, a, b)
        self._from_to(groups)

    def _from_to(self, groups) -> None:
        m = self.s.m
        for fm in re.finditer(f"从({Q.U})[^,，。{Q.ANY[1:-1]}]{{0,10}}?到({Q.U})", m):
            a, b = fm.start(1), fm.start(2)
            later = [c for c in self.out if c.object.start == self.mention(b).start
                     and c.relation == "EDUCATED_AT"]
            for c in later:
                self.claim(c.subject, "EDUCATED_AT", self.mention(a), a,
                           {"field": self.mention(a).field})

    def forward_subjects(self, end: int) -> tuple[list[Mention], str]:
        text, reached = self.s.right(end, limit=24)
        if reached is None or self.s.m[reached] != Q.P:
            return [], ""
        if Q.FORWARD_LINK.search(text) or self.role_at_end(text) or self._title_then_epithets(text):
            return [self.mention(i) for i in self.s.plists.get(reached, [reached])], text
        return [], ""

    def _title_then_epithets(self, text: str) -> bool:
        """"Meta的首席科学家、知名学者X": a title, then descriptions joined by 、."""
        found = self.ex.roles.find(text)
        return bool(found and Q.ROLE_LEAD.match(text[:found[0].start])
                    and re.fullmatch(r"(?:\s*、[^,，、]{1,10})+", text[found[0].end:]))


    def org_group(self, members: list[int], gstart: int, gend: int) -> None:
        s = self.s
        lw = s.left(gstart)
        rw, _ = s.right(gend)
        fwd, link = self.forward_subjects(gend)
        subjects = fwd or self.subjects_before(gstart)
        if not subjects:
            subjects = self.including_list(gend)
        if not subjects:
            subjects = self.subject_after_time_clause(gend)
        if not subjects:
            subjects = self.subject_after_description(gstart)
            link = link or (" " if subjects else "")  # the description is linked to its subject
        if not subjects:
            subjects = self.zero_subject(gstart)
        if not subjects:
            return
        respectively = None  # "分别"/"respectively" matters only for several subjects
        if len(subjects) > 1:
            respectively = Q.RESPECTIVELY.search(s.m[gend:s.clause(gend)[1] + 30]) or Q.RESPECTIVELY.search(lw)
        if len(subjects) > 1 and len(members) > 1:
            if not (respectively and len(subjects) == len(members)):
                return
            pairs = list(zip(subjects, members))
        else:
            pairs = [(p, o) for p in subjects for o in members]
        lw_ext = None
        for subj, pos in pairs:
            obj = self.mention(pos)
            if obj.type == "University":
                self.university(subj, obj, pos, lw, rw, link, gstart)
            else:
                if lw_ext is None:
                    lw_ext = s.left(gstart, limit=16, cross=True)
                self.company(subj, obj, pos, lw, lw_ext, rw, link, gstart, gend, subjects, respectively)

    def subject_after_time_clause(self, end: int) -> list[Mention]:
        """"1996年在U拿到博士学位之后，X…" / "在C期间，X…": a clause that sets the time for the
        person named right after it."""
        a, b = self.s.clause(end)
        if b >= len(self.s.m) or not _TIME_CLAUSE_END.search(self.s.m, a, b):
            return []
        nxt = re.match(rf"[,，]\s*(?:[^,，。{Q.ANY[1:-1]}]{{0,4}})?({Q.P})", self.s.m[b:])
        return [self.mention(b + nxt.start(1))] if nxt else []

    def subject_after_description(self, start: int) -> list[Mention]:
        """"A PhD from U and former C engineer, X now …": a description that
        opens the sentence is about the person named right after it."""
        dm = next((d for d in _FRONTED_DESCRIPTION.finditer(self.s.m) if d.start("np") <= start < d.end("np")), None)
        if dm is None:
            return []
        return [self.mention(dm.start("p"))]

    def including_list(self, end: int) -> list[Mention]:
        a, b = self.s.clause(end)
        rest = self.s.m[b + 1:] if b < len(self.s.m) else ""
        if Q.INCLUDING.match(rest):
            return [self.mention(b + 1 + i) for i, ch in enumerate(rest) if ch == Q.P]
        return []


    def labs(self) -> None:
        for i, mention in self.s.slots.items():
            entry = self.ex.gaz.entries.get(mention.key)
            if mention.type == "Lab" and entry and entry.parent:
                p = self.ex.gaz.entries[entry.parent]
                self.claim(mention, "PART_OF", implied(mention, p.id, p.type, p.name), i)

    def update_context(self) -> None:
        people = [self.mention(i) for i in sorted(self.s.slots) if self.s.m[i] == Q.P]
        self.ctx.spans[self.s.index] = self.s.span
        if len(people) > 1 and Q.ADVISING_GATE.search(self.s.m.lower()):
            # "X…，导师是Y": a later "he" means X, not the advisor named as an object
            advisees = [p for i, p in zip(sorted(i for i in self.s.slots if self.s.m[i] == Q.P), people)
                        if not Q.ADVISE.search(self.s.m, max(0, i - 12), i)]
            topic = advisees or people
        else:
            topic = people
        if topic:
            self.ctx.topic = topic
            self.ctx.topic_at = self.s.index
            self.ctx.subject = self.sentence_subject()
        for members in {tuple(v) for v in self.s.plists.values() if len(v) > 1}:
            self.ctx.groups.append((self.s.index, [self.mention(i) for i in members]))
        distinct = list({p.key: p for p in people}.values())
        if len(distinct) > 1:
            self.ctx.groups.append((self.s.index, distinct))
        note_year(self.ctx, self.s.m, self.ref)


def note_year(ctx, text: str, ref) -> None:
    """Remember the year of the last date in a sentence ("同年"/"the same year" refer to it)."""
    if not _MAYBE_DATE.search(text):
        return
    years = [d for _, d in find_dates(text, ref)]
    if years:
        ctx.last_year = years[-1][:4]


