"""Chinese title chains: several organisations, each with its title, describe one person.

"曾任A公司副总裁兼B实验室主席、后在C公司任总裁的X", "A资本投资合伙人、前B集团CEO X",
"X，AI学者、前A研究院副院长、B公司副总裁……", "她也是A大学研究院院长、B组织联合创始人及主席。"

A chain is a run of segments "organisation + title(s)" joined by 、 or 兼; it describes the person
right after it (the name), the person before a comma that opens it (an apposition) or the
subject of a copula before it (是/担任). Every segment gives its own EMPLOYED_BY (or FOUNDED for
a founder's title); a past marker (前/原/曾) before a segment makes it past, and a segment
joined without one keeps the tense of the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentgraph.extract import cues as Q
from talentgraph.extract.rel_base import WorkBase

__all__ = ["ChainPatterns"]

_PREFIX = r"(?:前|原|曾任|曾在|曾是|曾经|曾|时任|现任|现为|后任|后在|后来|后|又|并|同时|也|还|在|任|担任|出任|历任)*"
_PAREN = re.compile(r"\s*[(（][^()（）\ue000-\ue003]{0,30}[)）]")
_BREAK = re.compile(f"[{re.escape(Q.BREAK_CHARS)}。]")
_TO_ORG = re.compile(rf"\s*(?:、|兼)\s*(?P<pre>{_PREFIX})\s*")
_TO_PERSON = re.compile(r"\s*的?\s*")
_TO_END = re.compile(r"\s*(?:等)?\s*(?:…+|\.{3,})?\s*")
_LEAD = re.compile(r"\s*(?:的)?\s*(?:任|担任|出任)?\s*[^、,，\s]{0,6}\s*")
_GAP = re.compile(r"\s*(?:兼|和|及|以及|、|/|&)?\s*[^,，\s]{0,8}\s*")
# words that make the text between an organisation and a title something other than a post there
_NOT_A_POST = re.compile(r"投资|收购|创办|创立|成立|孵化|合作|支持|起诉|离开|加入|对手|竞争|旗下公司|客户|与|和|跟|的公司|的企业")
_PAST = re.compile(r"前|原|曾|时任")
_NOW = re.compile(r"现任|现为")
_APPOSITION = re.compile(rf"({Q.P})\s*[,，]\s*(?:[^,，、。\ue000-\ue003]{{1,8}}、){{0,2}}\s*(?P<pre>{_PREFIX})$")
_COPULA = re.compile(rf"(?:({Q.P})|他|她)\s*(?:也|还|则|目前|现在|同时|一直)*\s*(?:是|为|系)\s*(?P<pre>{_PREFIX})$")
_CHAIN_GATE = re.compile(r"、|兼")


@dataclass(slots=True)
class _Segment:
    org: int  # position of the organisation
    roles: list[tuple[str, str]]  # (role, kind) of its titles
    end: str  # "org": joined to the next organisation, "person": the name follows, "end": the clause ends
    nxt: int  # position of what follows (the next organisation or the person)
    next_pre: str = ""  # the past/present marker before the next organisation


def _parallel(chain: list[_Segment]) -> bool:
    """"苹果CEO、微软CEO X": the same title at two organisations is a list of posts, not a career."""
    return any(set(a.roles) & set(b.roles) for a, b in zip(chain, chain[1:]))


class ChainPatterns(WorkBase):
    def title_chains(self) -> None:
        """EMPLOYED_BY / FOUNDED for every segment of a title chain (see the module docstring)."""
        m = self.s.m
        if not _CHAIN_GATE.search(m):
            return
        orgs = [i for i in sorted(self.s.slots) if m[i] in Q.ORG_CHARS]
        if len(orgs) < 2:
            return
        segs = {o: seg for o in orgs if (seg := self._segment(o)) is not None}
        starts = set(segs) - {s.nxt for s in segs.values() if s.end == "org"}
        for start in sorted(starts):
            chain = [segs[start]]
            while chain[-1].end == "org" and chain[-1].nxt in segs:
                chain.append(segs[chain[-1].nxt])
            if len(chain) < 2 or chain[-1].end == "org" or _parallel(chain):
                continue
            holder, pre = self._holder(chain)
            if holder is not None:
                self._claims(holder, chain, pre)

    def _segment(self, o: int) -> _Segment | None:
        m = self.s.m
        j = o + 1
        paren = _PAREN.match(m, j)
        if paren:
            j = paren.end()
        nxt = re.compile(Q.ANY).search(m, j)
        stop = nxt.start() if nxt else len(m)
        brk = _BREAK.search(m, j, stop)
        text = m[j:brk.start() if brk else stop]
        found = self.ex.roles.find(text)
        if not found or not _LEAD.fullmatch(text[:found[0].start]) or _NOT_A_POST.search(text[:found[0].start]):
            return None
        roles = [found[0]]
        for r in found[1:]:
            gap = text[roles[-1].end:r.start]
            if not _GAP.fullmatch(gap) or _NOT_A_POST.search(gap):
                break
            roles.append(r)
        rest = text[roles[-1].end:]
        kinds = [(r.role.role, r.role.kind) for r in roles]
        if brk is None and nxt is not None and m[stop] in Q.ORG_CHARS:
            tail = _TO_ORG.fullmatch(rest)
            return _Segment(o, kinds, "org", stop, tail.group("pre")) if tail else None
        if brk is None and nxt is not None and m[stop] == Q.P and _TO_PERSON.fullmatch(rest):
            return _Segment(o, kinds, "person", stop)
        if (brk is not None or nxt is None) and _TO_END.fullmatch(rest):
            return _Segment(o, kinds, "end", -1)
        return None

    def _holder(self, chain: list[_Segment]):
        """The person the chain describes, and the marker before its first organisation."""
        m = self.s.m
        first = chain[0].org
        before = m[max(0, first - 24):first]
        last = chain[-1]
        pre = re.search(f"{_PREFIX}$", before).group()
        if last.end == "person":
            if len(self.s.plists.get(last.nxt, [last.nxt])) > 1:
                return None, pre
            return self.mention(last.nxt), pre
        ap = _APPOSITION.search(before)
        if ap:
            p = first - len(before) + ap.start(1)
            if len(self.s.plists.get(p, [p])) == 1:
                return self.mention(p), ap.group("pre")
            return None, pre
        cop = _COPULA.search(before)
        if cop:
            subjects = self.subjects_before(first) if cop.group(1) is None \
                else [self.mention(first - len(before) + cop.start(1))]
            if len(subjects) == 1:
                return subjects[0], cop.group("pre")
        return None, pre

    def _claims(self, holder, chain: list[_Segment], pre: str) -> None:
        had = {(c.subject.key, c.relation, c.object.key) for c in self.out}
        gaz = self.ex.gaz.entries
        current: bool | None = None
        for k, seg in enumerate(chain):
            if k:
                pre = chain[k - 1].next_pre
            if _PAST.search(pre):
                current = False
            elif _NOW.search(pre):
                current = True
            elif k == 0:
                current = self.title_tense(self.s.left(seg.org))
            obj = self.mention(seg.org)
            entry = gaz.get(obj.key)
            key = entry.parent if obj.type == "Lab" and entry and entry.parent else obj.key
            if any(kind == "founder" for _, kind in seg.roles) and obj.type == "Company" \
                    and (holder.key, "FOUNDED", obj.key) not in had:
                self.claim(holder, "FOUNDED", obj, seg.org, {})
            jobs = [role for role, kind in seg.roles if kind in ("job", "faculty", "intern")]
            if jobs and (holder.key, "EMPLOYED_BY", key) not in had:
                self.claim(holder, "EMPLOYED_BY", obj, seg.org, {"role": jobs[0], "current": current})
