"""RelationExtractor: sentences with mentions → candidate claims with evidence spans.

Each sentence is masked (every mention becomes one placeholder character, see ``cues``), and
general patterns run on the masked text: cue words around an organisation (education,
employment, founding), trigger words (hire-from, acquire, invest, advise, a title with no
organisation), coordinated lists and "respectively". Subjects are found backwards (the nearest
person or pronoun) or forwards (an appositive: "Nvidia's director X", "清华校友X").
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from talentgraph.extract import cues as Q
from talentgraph.extract.dates import RefDate, class_year, find_dates, find_stake, parse_money
from talentgraph.extract.gazetteer import load_gazetteer, load_roles
from talentgraph.extract.hedge import FIRM, HEDGED, Hedger, HedgeQuery
from talentgraph.extract.mentions import Mention
from talentgraph.extract.sentences import Sentence, Masked, mask

__all__ = ["Claim", "DocumentInput", "Claims", "RelationExtractor"]

WEAK = 0.7


class Claim(BaseModel):
    """A candidate fact, before entity resolution. Spans are offsets into the normalized text."""

    model_config = ConfigDict(frozen=True)
    subject: Mention
    relation: str
    object: Mention
    qualifiers: dict[str, object] = {}
    spans: tuple[tuple[int, int], ...]
    hedged: bool = False
    confidence: float = FIRM


class DocumentInput(BaseModel):
    model_config = ConfigDict(frozen=True)
    text: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    ref: RefDate | None = None


class Claims(BaseModel):
    model_config = ConfigDict(frozen=True)
    claims: tuple[Claim, ...]


class _Context:
    """What a document's earlier sentences tell the current one."""

    def __init__(self) -> None:
        self.topic: list[Mention] = []
        self.groups: list[tuple[int, list[Mention]]] = []
        self.last_company: tuple[int, Mention] | None = None
        self.pending: tuple[int, Mention, Mention, str | None, tuple[int, int]] | None = None
        self.last_year: str | None = None


class _Sent:
    """Per-sentence helpers over the masked text."""

    def __init__(self, masked: Masked, index: int, span: tuple[int, int]) -> None:
        self.m = masked.text
        self.slots = masked.slots
        self.index = index
        self.span = span
        self.plists: dict[int, list[int]] = {}
        self.parens: dict[int, str] = {}
        for match in Q.PERSON_LIST.finditer(self.m):
            members = [i for i in range(match.start(), match.end()) if self.m[i] == Q.P]
            for i in members:
                self.plists[i] = members
        for i, ch in enumerate(self.m):
            if ch == Q.P:
                par = re.match(r"\s*[(（]([^()（）]{0,15})[)）]", self.m[i + 1:])
                self.parens[i] = par.group(1) if par else ""

    def clause(self, pos: int) -> tuple[int, int]:
        a = max((self.m.rfind(ch, 0, pos) for ch in Q.BREAK_CHARS), default=-1) + 1
        ends = [e for e in (self.m.find(ch, pos) for ch in Q.BREAK_CHARS) if e != -1]
        return a, min(ends) if ends else len(self.m)

    def left(self, pos: int, limit: int = 12, cross: bool = False) -> str:
        if pos > 0 and self.m[pos - 1].isascii():
            limit *= 3  # English words are longer than Chinese characters
        a = pos
        while a > 0 and pos - a < limit:
            ch = self.m[a - 1]
            if "\ue000" <= ch <= "\ue003" or (not cross and ch in Q.BREAK_CHARS):
                break
            a -= 1
        return self.m[a:pos]

    def right(self, pos: int, limit: int = 14) -> tuple[str, int | None]:
        """Text after ``pos`` up to a break or a mention, and the mention's position if reached."""
        if pos < len(self.m) and self.m[pos].isascii():
            limit *= 3
        b = pos
        while b < len(self.m) and b - pos < limit:
            ch = self.m[b]
            if "\ue000" <= ch <= "\ue003":
                return self.m[pos:b], b
            if ch in Q.BREAK_CHARS:
                break
            b += 1
        return self.m[pos:b], None


class RelationExtractor:
    def __init__(self) -> None:
        self.roles = load_roles()
        self.gaz = load_gazetteer()
        self.hedger = Hedger()

    def run(self, doc: DocumentInput) -> Claims:
        ctx = _Context()
        out: list[Claim] = []
        for sent in doc.sentences:
            masked = mask(doc.text, sent, doc.mentions)
            out += _SentenceWork(self, _Sent(masked, sent.index, (sent.start, sent.end)), ctx, doc.ref).run()
        return Claims(claims=tuple(out))


class _SentenceWork:
    def __init__(self, ex: RelationExtractor, s: _Sent, ctx: _Context, ref: RefDate | None) -> None:
        self.ex, self.s, self.ctx, self.ref = ex, s, ctx, ref
        self.out: list[Claim] = []
        self.done: set[int] = set()

    # ----- helpers
    def mention(self, pos: int) -> Mention:
        return self.s.slots[pos]

    def claim(self, subj: Mention, rel: str, obj: Mention, trigger: int, quals: dict | None = None,
              confidence: float = FIRM, spans: tuple[tuple[int, int], ...] = ()) -> None:
        quals = {k: v for k, v in (quals or {}).items() if v is not None}
        if rel == "EMPLOYED_BY" and obj.type == "Lab":
            parent = self.ex.gaz.entries.get(obj.key)
            parent_id = parent.parent if parent else None
            if parent_id:
                p = self.ex.gaz.entries[parent_id]
                self.claim(obj, "PART_OF", _implied(obj, p.id, p.type, p.name), trigger)
                quals.setdefault("team", parent.name)
                obj = _implied(obj, p.id, p.type, p.name)
        hedged = self.ex.hedger.run(HedgeQuery(sentence=self.s.m, trigger=trigger)).hedged
        self.out.append(Claim(subject=subj, relation=rel, object=obj, qualifiers=quals,
                              spans=spans or (self.s.span,), hedged=hedged,
                              confidence=min(confidence, HEDGED) if hedged else confidence))

    def persons_after(self, pos: int, limit: int = 60) -> list[int]:
        for i in range(pos, min(len(self.s.m), pos + limit)):
            if self.s.m[i] == Q.P:
                return self.s.plists.get(i, [i])
            if self.s.m[i] in "。":
                break
        return []

    def subjects_before(self, pos: int) -> list[Mention]:
        m = self.s.m
        last_p = m.rfind(Q.P, 0, pos)
        pronoun = None
        for pm in Q.PRONOUN.finditer(m, 0, pos):
            pronoun = pm
        if pronoun is not None and pronoun.start() > last_p:
            if pronoun.group("plural"):
                return self.group(last_p)
            if last_p != -1:
                return [self.mention(last_p)]
            return self.ctx.topic[-1:]
        if last_p == -1:
            return []
        return [self.mention(i) for i in self.s.plists.get(last_p, [last_p])]

    def group(self, last_p: int) -> list[Mention]:
        if last_p != -1:
            members = self.s.plists.get(last_p, [last_p])
            if len(members) > 1:
                return [self.mention(i) for i in members]
            here = list({self.mention(i).key: self.mention(i) for i in self.s.slots
                         if i <= last_p and self.s.m[i] == Q.P}.values())
            if len(here) > 1:
                return here
        for index, people in reversed(self.ctx.groups):
            if self.s.index - index <= 5:
                return people
        return []

    def date_for(self, pos: int) -> str | None:
        a, b = self.s.clause(pos)
        found = find_dates(self.s.m[a:b], self.ref)
        if found:
            return found[0][1]
        if Q.SAME_YEAR.search(self.s.m[a:b]) and self.ctx.last_year:
            return self.ctx.last_year
        first_a, first_b = self.s.clause(0)
        head = self.s.m[first_a:first_b]
        if first_b < a and not re.search(Q.ANY, head):
            found = find_dates(head, self.ref)
            if found:
                return found[0][1]
            if Q.SAME_YEAR.search(head) and self.ctx.last_year:
                return self.ctx.last_year
        return None

    def role_in(self, text: str, lead: bool = True) -> tuple[str, str, int] | None:
        """(role, kind, end) of the first title in ``text`` if it leads the text."""
        for rm in self.ex.roles.find(text):
            if not lead or Q.ROLE_LEAD.match(text[:rm.start]):
                return rm.role.role, rm.role.kind, rm.end
            return None
        return None

    def team_before(self, text: str, role_start: int) -> str | None:
        m = re.search(r"([A-Za-z0-9\u4e00-\u9fff\- ]{1,10}?)团队$", text[:role_start])
        return m.group(1).strip() if m else None

    # ----- the passes
    def run(self) -> list[Claim]:
        self.pending()
        self.hires()
        self.acquisitions()
        self.founded_by()
        self.investments()
        self.advising()
        self.orgs()
        self.roles_without_org()
        self.labs()
        self.update_context()
        return self.out

    def pending(self) -> None:
        pend = self.ctx.pending
        self.ctx.pending = None
        people_here = {self.s.slots[i].key for i in self.s.slots if self.s.m[i] == Q.P}
        if pend is None or pend[0] != self.s.index - 1 or re.search(Q.ORG, self.s.m) or len(people_here) < 2:
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

    def _role_start(self, text: str) -> int:
        found = self.ex.roles.find(text)
        return found[0].start if found else len(text)

    def _company_before(self, pos: int) -> Mention | None:
        for i in range(pos - 1, -1, -1):
            ch = self.s.m[i]
            if ch == Q.C:
                return self.mention(i)
            if ch == Q.P:
                entry = self.ex.gaz.entries.get(self.mention(i).key)
                if entry and entry.acts_for:
                    e = self.ex.gaz.entries[entry.acts_for]
                    return _implied(self.mention(i), e.id, e.type, e.name)
        return None

    def acquisitions(self) -> None:
        m = self.s.m
        for pm in Q.PASSIVE_ACQ.finditer(m):
            t = pm.start("target") if pm.group("target") else pm.start("target2")
            b = pm.start("buyer") if pm.group("buyer") else pm.start("buyer2")
            money = parse_money(m[pm.start():pm.end() + 12])
            self.claim(self.mention(b), "ACQUIRED", self.mention(t), b,
                       {"start": self.date_for(b), **_money(money)})
        for bm in Q.BRING.finditer(m):
            st = next(bm.start(g) for g in ("startup", "startup2", "startup3") if bm.group(g))
            by = next(bm.start(g) for g in ("buyer", "buyer2", "buyer3") if bm.group(g))
            self.claim(self.mention(by), "ACQUIRED", self.mention(st), bm.start(),
                       {"start": self.date_for(bm.start())}, confidence=WEAK)
        for am in Q.ACQUIRE.finditer(m):
            if re.search(r"被[^,，。]{0,12}$", m[:am.start()]) or re.match(r"\s+by\b", m[am.end():]):
                continue
            buyer = self._company_before(am.start())
            a, b = am.end(), min(len(m), am.end() + 40)
            tail = m[a:b]
            stop = re.search(r"[。;；]|" + Q.ACQUIRE.pattern, tail)
            tail = tail[:stop.start()] if stop else tail
            target = next((a + i for i, ch in enumerate(tail) if ch in (Q.C, Q.L)), None)
            if buyer is None or target is None:
                continue
            clause_end = self.s.clause(target)[1]
            span_text = m[max(0, am.start() - 15):clause_end]
            self.claim(buyer, "ACQUIRED", self.mention(target), am.start(),
                       {"start": self.date_for(am.start()), **_money(parse_money(span_text))})

    def founded_by(self) -> None:
        for fm in Q.FOUNDED_BY.finditer(self.s.m):
            org_pos = fm.start("org")
            a, b = self.s.clause(fm.end())
            people = [i for i in range(fm.end(), b) if self.s.m[i] == Q.P]
            for i in people:
                self.claim(self.mention(i), "FOUNDED", self.mention(org_pos), fm.start(),
                           {"start": self.date_for(fm.end())})

    def investments(self) -> None:
        m = self.s.m
        for im in Q.INVEST.finditer(m):
            investor = self._company_before(im.start())
            ca, cb = self.s.clause(im.start())
            nxt_a, nxt_b = self.s.clause(min(len(m) - 1, cb + 1)) if cb < len(m) else (cb, cb)
            scope_end = nxt_b if Q.STAKE_WORD.search(m[nxt_a:nxt_b]) else cb
            target = next((i for i in range(im.end(), scope_end) if m[i] == Q.C), None)
            if investor is None or target is None:
                continue
            quals = {"start": self.date_for(im.start()), **_money(parse_money(m[im.start():scope_end]))}
            quals["stake"] = find_stake(m[im.start():scope_end])
            self.claim(investor, "INVESTED_IN", self.mention(target), im.start(), quals)

    def advising(self) -> None:
        for am in Q.ADVISE.finditer(self.s.m):
            students = self.subjects_before(am.start())
            advisors = self.persons_after(am.end(), limit=30)
            for st in students:
                for adv in advisors:
                    self.claim(st, "ADVISED_BY", self.mention(adv), am.start())

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
        text, reached = self.s.right(end, limit=16)
        if reached is None or self.s.m[reached] != Q.P:
            return [], ""
        if Q.FORWARD_LINK.search(text) or self.role_at_end(text):
            return [self.mention(i) for i in self.s.plists.get(reached, [reached])], text
        return [], ""

    def role_at_end(self, text: str) -> tuple[str, str, int] | None:
        found = self.ex.roles.find(text)
        if found and found[-1].end >= len(text.rstrip()):
            r = found[-1]
            return r.role.role, r.role.kind, r.start
        return None

    def org_group(self, members: list[int], gstart: int, gend: int) -> None:
        s = self.s
        lw = s.left(gstart)
        lw_ext = s.left(gstart, limit=16, cross=True)
        rw, _ = s.right(gend)
        fwd, link = self.forward_subjects(gend)
        subjects = fwd or self.subjects_before(gstart)
        if not subjects:
            subjects = self.including_list(gend)
        if not subjects:
            return
        respectively = Q.RESPECTIVELY.search(s.m[gend:s.clause(gend)[1] + 30]) or \
            Q.RESPECTIVELY.search(lw)
        if len(subjects) > 1 and len(members) > 1:
            if not (respectively and len(subjects) == len(members)):
                return
            pairs = list(zip(subjects, members))
        else:
            pairs = [(p, o) for p in subjects for o in members]
        for subj, pos in pairs:
            obj = self.mention(pos)
            if obj.type == "University":
                self.university(subj, obj, pos, lw, rw, link, gstart)
            else:
                self.company(subj, obj, pos, lw, lw_ext, rw, link, gstart, gend, subjects, respectively)

    def including_list(self, end: int) -> list[Mention]:
        a, b = self.s.clause(end)
        rest = self.s.m[b + 1:] if b < len(self.s.m) else ""
        if Q.INCLUDING.match(rest):
            return [self.mention(b + 1 + i) for i, ch in enumerate(rest) if ch == Q.P]
        return []

    def university(self, subj, obj, pos, lw, rw, link, gstart) -> None:
        role = self.role_in(rw) or (self.role_at_end(link) if link else None)
        after_person = ""
        if link:
            p_end = self.s.m.find(Q.P, pos) + 1
            after_person = self.s.m[p_end:p_end + 6]
            role = role or self.role_in(after_person)
        if role and role[1] in ("faculty", "job"):
            self.claim(subj, "EMPLOYED_BY", obj, pos, {"role": role[0]})
            return
        window = lw + " " + rw + " " + link
        cue = Q.EDU.search(rw) or Q.EDU.search(link) or _last(Q.EDU, lw)
        if cue is None or Q.NEGATION.search(lw):
            return
        degree, best = None, 10**6
        rw_own = re.split(r"\s(?:and|but|then|before|after)\s|[和而后]", rw)[0]
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

    def _pos_of(self, mention: Mention) -> int:
        return next((i for i, mm in self.s.slots.items() if mm is mention), -1)

    def role_chain(self, text: str, lead: bool = True, at_end: bool = False) -> list[tuple[str, str]]:
        """Titles joined by 兼/and at the start (or the end) of ``text``: [(role, kind), ...]."""
        found = self.ex.roles.find(text)
        if not found:
            return []
        chain: list = []
        if at_end:
            if found[-1].end < len(text.rstrip()):
                return []
            chain = [found[-1]]
            for r in reversed(found[:-1]):
                if not re.fullmatch(r"\s*(?:兼|和|及|、|&|and|/)\s*", text[r.end:chain[0].start]):
                    break
                chain.insert(0, r)
        else:
            if lead and not Q.ROLE_LEAD.match(text[:found[0].start]):
                return []
            chain = [found[0]]
            for r in found[1:]:
                if not re.fullmatch(r"\s*(?:兼|和|及|、|&|and|/)\s*", text[chain[-1].end:r.start]):
                    break
                chain.append(r)
        return [(r.role.role, r.role.kind) for r in chain]

    def company(self, subj, obj, pos, lw, lw_ext, rw, link, gstart, gend, subjects, respectively) -> None:
        roles = self.role_chain(rw) or (self.role_chain(link, at_end=True) if link else [])
        from_left = False
        if not roles:
            tail = Q.ROLE_TAIL.search(lw)
            if tail:
                roles = self.role_chain(lw[:tail.start()], at_end=True)
                from_left = bool(roles)
        if not roles:
            rw_long, _ = self.s.right(gend, limit=40)
            after = re.search(r"(?:担任|出任|任命为|被任命为|\bas\b)\s*(.{1,30})", rw_long)
            if after:
                roles = self.role_chain(after.group(1))
        negated = bool(Q.NEGATION.search(lw))
        founded_left = _last(Q.FOUND_LEFT, lw_ext)
        if founded_left and (Q.JOIN_LEFT.search(lw_ext[founded_left.end():])
                             or re.search(r"的公司|的企业", lw_ext[founded_left.end():])):
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
        if not (verb or jobs) or negated:
            return
        quals: dict = {"role": jobs[0] if jobs else None}
        if len(subjects) > 1 and respectively:
            listed = [r.role.role for r in self.ex.roles.find(self.s.m[respectively.end():])]
            if len(listed) == len(subjects):
                quals["role"] = listed[subjects.index(subj)]
        if re.search(r"实习|\bintern", rw + lw):
            quals["role"] = "intern"
        context = lw + link
        if Q.LEAVE.search(context) or Q.LEAVE.search(self.s.m[gend:self.s.clause(gend)[1]]):
            quals.update(current=False, end=self.date_for(pos))
        elif Q.PAST.search(context) or Q.PAST.search(lw_ext[-6:]):
            quals["current"] = False
        elif joined:
            quals.update(current=True, start=self.date_for(pos))
        self.claim(subj, "EMPLOYED_BY", obj, pos, quals)
        if obj.type == "Company":
            self.ctx.last_company = (self.s.index, obj)

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

    def labs(self) -> None:
        for i, mention in self.s.slots.items():
            entry = self.ex.gaz.entries.get(mention.key)
            if mention.type == "Lab" and entry and entry.parent:
                p = self.ex.gaz.entries[entry.parent]
                self.claim(mention, "PART_OF", _implied(mention, p.id, p.type, p.name), i)

    def update_context(self) -> None:
        people = [self.mention(i) for i in sorted(self.s.slots) if self.s.m[i] == Q.P]
        if people:
            self.ctx.topic = people
        for members in {tuple(v) for v in self.s.plists.values() if len(v) > 1}:
            self.ctx.groups.append((self.s.index, [self.mention(i) for i in members]))
        distinct = list({p.key: p for p in people}.values())
        if len(distinct) > 1:
            self.ctx.groups.append((self.s.index, distinct))
        years = [d for _, d in find_dates(self.s.m, self.ref)]
        if years:
            self.ctx.last_year = years[-1][:4]


def _last(pattern: re.Pattern[str], text: str):
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _money(money: tuple[float, str] | None) -> dict:
    return {"amount": money[0], "currency": money[1]} if money else {}


def _implied(near: Mention, key: str, type_: str, name: str) -> Mention:
    return Mention(start=near.start, end=near.end, surface=name, type=type_, key=key, implied=True)
