"""Clause shapes that carry a relation without a verb next to the organisation:

- a fronted role: "As president of Y, X directs …" (X works at Y, now);
- co-founders after "with": "X is launching Y together with A, …, and B", "X co-founded Y with A";
- a possessive founder: "X's startup Y", "her new company, Y" (X founded Y);
- a bare title about the company in focus: "X is CEO, A is CTO and B is chief scientist" after
  sentences about one company.
"""

from __future__ import annotations

import re

from talentgraph.extract import cues as Q
from talentgraph.extract.rel_base import WorkBase

__all__ = ["ClausePatterns"]

_FRONTED_AS = re.compile(rf"(?:^|[.;:]\s*|\n)As\s+(?:the\s+|an?\s+)?(?:new\s+|former\s+)?(?P<role>[^,{Q.ANY[1:-1]}]{{1,40}}?)"
                         rf"\s+(?:of|at|for)\s+(?:the\s+)?(?P<org>{Q.ORG})\s*,\s*(?P<p>{Q.P})")
_WITH = re.compile(r"\s*,?\s*(?:in\s+\d{4}\s*,?\s*)?(?:together\s+|along\s+)?with\s+")
_NEXT_MEMBER = re.compile(r"(?:,\s*and|\band|,)\s*$")
_POSSESSIVE = re.compile(
    rf"(?:(?P<p>{Q.P})['’]s|\b(?P<pron>his|her|their))\s+(?:(?:new|own|first|latest|AI|artificial intelligence|"
    rf"\w+-based|research)\s+){{0,3}}(?:startup|start-up|company|venture|firm|lab)(?:['’]s name)?\s*,?\s*(?P<org>[{Q.C}{Q.L}])",
    re.IGNORECASE)
_BARE_ROLE = re.compile(rf"(?P<p>{Q.P})\s+(?:is|was|will be|has been named|was named|became|becomes|is now)\s+"
                        rf"(?:the\s+)?(?:new\s+)?(?=\S)")
# "After graduating from U with a PhD, X …", "Before joining C, X …", "Working as a VP at C, X …"
_FRONTED_PARTICIPLE = re.compile(
    rf"(?:^|[.;:]\s+|\n)(?:(?P<when>After|Before|Since|Upon|While|Since)\s+)?(?P<verb>graduating|studying|earning|receiving|"
    rf"completing|finishing|joining|leaving|working|serving)\b(?P<mid>[^,;.{Q.P}]{{0,80}}?)(?P<org>{Q.ORG})"
    rf"(?P<tail>(?:[^;.{Q.P}]|\.(?!\s+(?-i:[A-Z]))){{0,60}}?)(?:,|\s*[—–]{{1,2}}[^—–]{{0,90}}[—–]{{1,2}})\s*(?P<p>{Q.P})", re.IGNORECASE)
_EDU_VERBS = ("graduating", "studying", "earning", "receiving", "completing", "finishing")
# "Yoshua Bengio (Mila and University of Montreal)": affiliations in brackets after a name
_PAREN_ORGS = re.compile(rf"{Q.P}\s*[(（]\s*(?P<orgs>{Q.ORG}(?:\s*(?:,|、|and|&)\s*{Q.ORG})*)\s*[)）]")
# "CEO Mark Zuckerberg has …" with no organisation in the clause: the company in focus
_TITLE_LEAD = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?[A-Za-z][A-Za-z -]{1,30}?\s+")  # the clause before the name: a title
_SPEECH_AFTER = re.compile(r"\s+(?:has|had|is|was|said|says|told|wrote|added|announced|will|would)\b")
# "Amazon executives, including CEO Andy Jassy and AWS head Matt Garman": members of a group
_GROUP_OF = re.compile(rf"(?P<org>{Q.ORG})(?:['’]s)?\s+(?:(?:top|senior|former|current|other|\w+-level)\s+)?"
                       rf"(?:executives|leaders|leadership|officials|staff|employees|researchers|engineers|scientists|"
                       rf"colleagues|veterans|alumni|founders|co-?founders)\s*,?\s*(?:including|such as|like|among them)\s+",
                       re.IGNORECASE)
# "X, a startup whose $1.3 billion round included Microsoft and Bill Gates", "X raised $5m from A and B"
_ROUND_INVESTORS = re.compile(
    rf"(?P<target>{Q.C})(?:\s*,\s*(?:an?|the)\s+[^,.;{Q.ANY[1:-1]}]{{0,40}}?\bwhose\b(?:[^.;{Q.ANY[1:-1]}]|\.(?=\d)){{0,60}}?"
    rf"\b(?:round|raise|financing|funding|investors|backers)\b[^.;{Q.ANY[1:-1]}]{{0,30}}?\b(?:included|includes|include|"
    rf"was led by|were|are)|(?:\s+(?:has|had|have))?\s+(?:raised|secured|closed|landed)\b(?:[^.;{Q.ANY[1:-1]}]|\.(?=\d)){{0,50}}?"
    rf"\b(?:from|by))\s+", re.IGNORECASE)
# "NFDG, the venture firm Gross co-founded with Nat Friedman": a relative clause names the founder
_FOUNDED_BY_RELATIVE = re.compile(
    rf"(?P<org>[{Q.C}{Q.L}])\s*,?\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:firm|company|startup|start-up|lab|fund|"
    rf"venture|business)\s+(?:that\s+|which\s+)?(?P<p>{Q.P})\s+(?:had\s+|has\s+)?(?:co-?founded|founded|started|"
    rf"launched|set up|created|built)\b(?:\s+(?:in\s+\d{{4}}\s+)?(?:together\s+)?with\s+(?P<p2>{Q.P}))?", re.IGNORECASE)
_SENT_SUBJECT_ORG = re.compile(rf"^(?:[^,{Q.ANY[1:-1]}]{{0,20}}:\s*)?(?P<org>{Q.C})(?:['’]s)?\s+(?!-)")


class ClausePatterns(WorkBase):
    """Passes over clause shapes; each is called when its gate words occur in the sentence."""

    def fronted_as(self) -> None:
        for fm in _FRONTED_AS.finditer(self.s.m):
            role = self.role_in(fm.group("role"))
            if role is None or role[1] == "student":
                continue
            org_pos = fm.start("org")
            self.done.add(org_pos)
            current = "former" not in fm.group().lower() or None
            self._title_claim(self.mention(fm.start("p")), self.mention(org_pos), role, fm.start(), current)

    def cofounders(self) -> None:
        """Everyone listed after "with" founded what the subject founded in this sentence."""
        founded = [c for c in self.out if c.relation == "FOUNDED"]
        for c in founded:
            pos = self._pos_of(c.object)
            if pos < 0:
                continue
            wm = _WITH.match(self.s.m, pos + 1)
            if wm is None:
                continue
            for i in self._listed_people(wm.end()):
                person = self.mention(i)
                if person.key != c.subject.key:
                    self.claim(person, "FOUNDED", c.object, wm.start(), dict(c.qualifiers))

    def _listed_people(self, start: int) -> list[int]:
        m = self.s.m
        first = re.compile(rf"(?:[{Q.C}{Q.L}]\s+)?[^,.;{Q.ANY[1:-1]}]{{0,25}}?{Q.P}").match(m, start)
        if first is None:
            return []
        members, last = [first.end() - 1], first.end()
        end = len(m)
        for i in range(last, end):
            if m[i] in ".;。":
                break
            if m[i] == Q.P and _NEXT_MEMBER.search(m, last, i) and not re.search(r"\b(?:of|at|by|from)\s+$", m[last:i]):
                members.append(i)
                last = i + 1
        return members

    def relative_founders(self) -> None:
        for rm in _FOUNDED_BY_RELATIVE.finditer(self.s.m):
            org = self.mention(rm.start("org"))
            for g in ("p", "p2"):
                if rm.group(g):
                    self.claim(self.mention(rm.start(g)), "FOUNDED", org, rm.start("p"))

    def possessive_founders(self) -> None:
        for pm in _POSSESSIVE.finditer(self.s.m):
            org = self.mention(pm.start("org"))
            if pm.group("p"):
                founders = [self.mention(pm.start("p"))]
            else:
                founders = self.subjects_before(pm.start())
            for person in founders:
                if person.type == "Person":
                    self.claim(person, "FOUNDED", org, pm.start())

    def bare_roles(self) -> None:
        """A title with no organisation in its clause, about the company the text is about."""
        focus = self.ctx.focus_company
        if focus is None or self.s.index - focus[0] > 3:
            return
        for bm in _BARE_ROLE.finditer(self.s.m):
            a, b = self.s.clause(bm.end())
            rest = self.s.m[bm.end():b]
            role = self.role_in(rest)
            if role is None or re.search(Q.ORG, self.s.m[a:b]):
                continue
            if re.match(r"\s+(?:of|at|for|with|in|among|to)\b", rest[role[2]:]):
                continue  # "is CEO of …" names its own organisation elsewhere
            spans = (self.ctx.spans.get(focus[0], self.s.span), self.s.span)
            self._title_claim(self.mention(bm.start("p")), focus[1], role, bm.end(), True,
                              spans=spans if focus[0] != self.s.index else ())

    def fronted_participles(self) -> None:
        for fm in _FRONTED_PARTICIPLE.finditer(self.s.m):
            org_pos, verb = fm.start("org"), fm.group("verb").lower()
            person, org = self.mention(fm.start("p")), self.mention(org_pos)
            if org_pos in self.done:
                continue
            self.done.add(org_pos)
            if verb in _EDU_VERBS:
                if org.type != "University":
                    continue
                span = fm.group("mid") + " " + fm.group("tail")
                degree = next((name for name, pattern in Q.DEGREE if pattern.search(span)), None)
                self.claim(person, "EDUCATED_AT", org, fm.start("verb"), {"degree": degree})
                continue
            role = self.role_in(fm.group("mid").strip()) if verb in ("working", "serving") else None
            current = False if verb == "leaving" else None
            quals = {"role": role[0] if role else None, "current": current}
            self.claim(person, "EMPLOYED_BY", org, fm.start("verb"), quals)

    def paren_affiliations(self) -> None:
        for pm in _PAREN_ORGS.finditer(self.s.m):
            person = self.mention(pm.start())
            for i in range(pm.start("orgs"), pm.end("orgs")):
                if self.s.m[i] in Q.ORG_CHARS and i not in self.done:
                    self.done.add(i)
                    self.claim(person, "EMPLOYED_BY", self.mention(i), i, {})

    def titles_before_names(self) -> None:
        """"CEO Mark Zuckerberg has made AI a priority": a title with no organisation in the clause."""
        focus = self._focus()
        if focus is None:
            return
        m = self.s.m
        for i in sorted(self.s.parens):  # every person of the sentence (Sent.parens is keyed by them)
            if not _SPEECH_AFTER.match(m, i + 1):
                continue
            a, b = self.s.clause(i)
            lead = m[a:i]
            if not _TITLE_LEAD.fullmatch(lead) or re.search(Q.ORG, m[a:b]):
                continue
            role = self.role_at_end(lead)
            if role is None or role[1] == "student":
                continue
            self._title_claim(self.mention(i), focus, role, i, True)

    def _title_claim(self, person, org, role, trigger: int, current, spans=()) -> None:
        """A founder's title founds the organisation; any other title is a post there."""
        if role[1] == "founder":
            self.claim(person, "FOUNDED", org, trigger, {}, spans=spans)
        else:
            self.claim(person, "EMPLOYED_BY", org, trigger, {"role": role[0], "current": current}, spans=spans)

    def _focus(self):
        """The company the text is about: the last sentence subject that was one (within three
        sentences), else the company named at least three times so far."""
        focus = self.ctx.focus_company
        if focus is not None and self.s.index - focus[0] <= 3:
            return focus[1]
        counts = self.ctx.company_counts.values()
        n, first = max(counts, key=lambda v: v[0], default=(0, None))
        return first if n >= 3 else None

    def group_members(self) -> None:
        m = self.s.m
        for gm in _GROUP_OF.finditer(m):
            group_org, last = self.mention(gm.start("org")), gm.end()
            word = (m[max(0, gm.start() - 12):gm.start()] + gm.group()).lower()  # "Former Meta engineers"
            founders = "founder" in word
            for i in range(gm.end(), len(m)):
                if m[i] in ".;。":
                    break
                if m[i] != Q.P:
                    continue
                lead = m[last:i]
                if last > gm.end() and not re.search(r"(?:,|\band\b|\bor\b)", lead):
                    break  # the list has ended
                own = re.search(rf"({Q.ORG})\s*(?:['’]s\s+)?[^,{Q.ANY[1:-1]}]*$", lead)
                org = self.mention(last + own.start(1)) if own else group_org
                role = self.role_at_end(lead)
                if founders:
                    self.claim(self.mention(i), "FOUNDED", org, i)
                else:
                    quals = {"role": role[0] if role else None,
                             "current": False if "former" in word else None}
                    self.claim(self.mention(i), "EMPLOYED_BY", org, i, quals)
                if own:
                    self.done.add(last + own.start(1))
                last = i + 1

    def round_investors(self) -> None:
        m = self.s.m
        for rm in _ROUND_INVESTORS.finditer(m):
            target = self.mention(rm.start("target"))
            last = rm.end()
            for i in range(rm.end(), len(m)):
                if m[i] in ".;。—–":
                    break
                if m[i] not in (Q.C, Q.P):
                    continue
                lead = m[last:i]
                if last > rm.end() and not re.search(r"(?:,|\band\b|&)", lead):
                    continue  # "Microsoft co-founder Bill Gates": the company only describes the person
                nxt = re.match(rf"\s*(?:['’]s\s+)?(?:co-?founder|founder|CEO|chairman|president|chief)[^,{Q.ANY[1:-1]}]{{0,20}}{Q.P}",
                               m[i + 1:], re.IGNORECASE)
                if m[i] == Q.C and nxt:
                    continue  # the list separator before it belongs to the person it describes
                investor = self.mention(i)
                if investor.key != target.key:
                    self.claim(investor, "INVESTED_IN", target, i, {"start": self.date_for(i)})
                last = i + 1

    def note_focus(self) -> None:
        """The company a sentence is about: its grammatical subject ("Thinking Machines says …")."""
        sm = _SENT_SUBJECT_ORG.match(self.s.m)
        if sm:
            self.ctx.focus_company = (self.s.index, self.mention(sm.start("org")))
        for i, mention in self.s.slots.items():
            if mention.type == "Company" and not mention.implied:
                n, first = self.ctx.company_counts.get(mention.key, (0, mention))
                self.ctx.company_counts[mention.key] = (n + 1, first)
