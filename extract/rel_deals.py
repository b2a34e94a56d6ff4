"""Deals between organisations and founders: acquisitions, investments, "founded by"."""

from __future__ import annotations

import re

from talentgraph.extract import cues as Q
from talentgraph.extract.dates import find_dates, find_stake, parse_money
from talentgraph.extract.rel_base import WEAK, WorkBase, money_quals

__all__ = ["DealPatterns"]


_STAKE_AFTER = re.compile(r"\s+(?:an?\s+)?(?:small\s+|large\s+|minority\s+|majority\s+|controlling\s+|"
                          r"[\d.]+\s*(?:%|percent)\s+)*(?:stake|shares|equity)\b|(?:了)?[^,，。]{0,6}(?:股份|股权)",
                          re.IGNORECASE)


class DealPatterns(WorkBase):
    def acquisitions(self) -> None:
        m = self.s.m
        for pm in Q.PASSIVE_ACQ.finditer(m):
            t = next(pm.start(g) for g in ("target", "target2", "target3") if pm.group(g))
            b = next(pm.start(g) for g in ("buyer", "buyer2", "buyer3") if pm.group(g))
            money = parse_money(m[pm.start():pm.end() + 12])
            self.claim(self.mention(b), "ACQUIRED", self.mention(t), b,
                       {"start": self.date_for(b), **money_quals(money)})
        for bm in Q.BRING.finditer(m):
            st = next(bm.start(g) for g in ("startup", "startup2", "startup3") if bm.group(g))
            by = next(bm.start(g) for g in ("buyer", "buyer2", "buyer3") if bm.group(g))
            self.claim(self.mention(by), "ACQUIRED", self.mention(st), bm.start(),
                       {"start": self.date_for(bm.start())}, confidence=WEAK)
        for am in Q.ACQUIRE.finditer(m):
            if re.search(r"被[^,，。]{0,12}$", m[:am.start()]) or re.match(r"\s+by\b", m[am.end():]):
                continue
            if _STAKE_AFTER.match(m, am.end()):
                continue  # "buy a minority stake in X": an investment, not an acquisition
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
                       {"start": self.date_for(am.start()), **money_quals(parse_money(span_text))})

    def founded_by(self) -> None:
        for fm in Q.FOUNDED_BY.finditer(self.s.m):
            org_pos = fm.start("org")
            rel = re.match(rf"[^,，。]{{0,30}}?(?:创立|创办|创建|成立)的[^,，。{Q.ANY[1:-1]}]{{0,8}}({Q.ORG})",
                           self.s.m[fm.end():])
            if rel:  # "Y收购了由A和B创立的X": the clause modifies X, not Y
                org_pos = fm.end() + rel.start(1)
            a, b = self.s.clause(fm.end())
            people = [i for i in range(fm.end(), b) if self.s.m[i] == Q.P]
            found = find_dates(fm.group(), self.ref)  # "was established in March 2023 by"
            start = self.date_for(fm.end()) or (found[0][1] if found else None)
            for i in people:
                self.claim(self.mention(i), "FOUNDED", self.mention(org_pos), fm.start(), {"start": start})

    def investments(self) -> None:
        m = self.s.m
        raised = None
        for rm in Q.RAISE.finditer(m):
            raised = rm.start("org") if rm.group("org") else rm.start("org2")
            self.ctx.last_raise = (self.s.index, self.mention(raised))
        for gm in Q.GOT_INVESTMENT.finditer(m):
            target = self.mention(gm.start("target"))
            for g in ("inv", "inv2"):
                if gm.group(g) and self.mention(gm.start(g)).key != target.key:
                    self.claim(self.mention(gm.start(g)), "INVESTED_IN", target, gm.start(g),
                               {"start": self.date_for(gm.start())})
        if "led by" in m.lower():
            for lm in Q.ROUND_LED_BY.finditer(m):
                target = self.mention(raised) if raised is not None else self._round_raiser(lm.start(), None)
                for g in ("inv", "inv2"):
                    if target is not None and lm.group(g) and self.mention(lm.start(g)).key != target.key:
                        money = parse_money(m[max(0, lm.start() - 40):lm.start()])
                        self.claim(self.mention(lm.start(g)), "INVESTED_IN", target, lm.start(g),
                                   {"start": self.date_for(lm.start()), **money_quals(money)})
        for im in Q.INVEST.finditer(m):
            investor = self._company_before(im.start())
            ca, cb = self.s.clause(im.start())
            nxt_a, nxt_b = self.s.clause(min(len(m) - 1, cb + 1)) if cb < len(m) else (cb, cb)
            scope_end = nxt_b if Q.STAKE_WORD.search(m[nxt_a:nxt_b]) else cb
            target_pos = next((i for i in range(im.end(), scope_end) if m[i] == Q.C), None)
            to = Q.TO_TARGET.search(m, ca, im.start())  # "X向Y投资了": Y before the verb
            if target_pos is None and to is not None:
                target_pos = to.start(1)
                investor = self._company_before(to.start())
            target = self.mention(target_pos) if target_pos is not None else None
            if target is None and Q.ROUND_INVEST.search(m, im.start(), im.end() + 24):
                target = self._round_raiser(im.start(), investor)
            if investor is None or target is None or investor.key == target.key:
                continue
            money = parse_money(m[im.start():scope_end]) or parse_money(m[ca:im.start()])
            quals = {"start": self.date_for(im.start()), **money_quals(money)}
            quals["stake"] = find_stake(m[im.start():scope_end])
            self.claim(investor, "INVESTED_IN", target, im.start(), quals)

    def _round_raiser(self, pos: int, investor):
        """"X完成A轮融资，腾讯领投" / "X raised $12M; Tencent invested in the round": the
        investor put money into the company that raised, in this sentence or the one before."""
        last = self.ctx.last_raise
        if last is None or self.s.index - last[0] > 1 or (investor and investor.key == last[1].key):
            return None
        return last[1]

