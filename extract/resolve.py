"""Resolver: mentions → entities with stable ids; claims → contract Facts.

Known names resolve to their gazetteer id. Unknown names get a slug id (pinyin for Chinese:
person:luo-weiren). Two unknown Chinese names whose every character shares a reading are one
person when they appear in the same article, or share an organisation in their claims, and
their claims do not contradict (different bachelor's universities).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from pydantic import BaseModel, ConfigDict, ValidationError

from talentgraph.facts import Entity, Evidence, Fact, Qualifiers
from talentgraph.names import alias_key
from talentgraph.problems import Problem
from talentgraph.extract.gazetteer import load_gazetteer
from talentgraph.extract.homophones import same_reading
from talentgraph.extract.mentions import Mention
from talentgraph.extract.normalize import NormalizedText
from talentgraph.extract.relations import Claim
from talentgraph.extract.sources import SourceDocument

__all__ = ["DocClaims", "ResolverInput", "Resolved", "Resolver", "slug"]

_PREFIX = {"Person": "person", "University": "univ", "Company": "org", "Lab": "lab"}


class DocClaims(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    doc: SourceDocument
    normalized: NormalizedText
    claims: tuple[Claim, ...]


class ResolverInput(BaseModel):
    model_config = ConfigDict(frozen=True)
    docs: tuple[DocClaims, ...]


class Resolved(BaseModel):
    model_config = ConfigDict(frozen=True)
    facts: tuple[Fact, ...]
    rejected: tuple[Problem, ...]


def slug(name: str) -> str:
    """An id-safe slug; Chinese is spelled in pinyin, family name first."""
    if re.search(r"[\u4e00-\u9fff]", name):
        from pypinyin import lazy_pinyin

        syl = [p for p in lazy_pinyin(name) if p.strip()]
        name = (syl[0] + " " + "".join(syl[1:])) if len(syl) > 1 else "".join(syl)
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9.]+", "-", text).strip("-.")
    return text or "unnamed"


def _same_name(a: str, b: str) -> bool:
    """Homophone Chinese spellings, or one English name in either order ("Wei Zhang", "Zhang Wei")."""
    if a == b or same_reading(a, b):
        return True
    wa, wb = a.casefold().split(), b.casefold().split()
    return len(wa) == 2 and wa[0] != wa[1] and wa == wb[::-1]


def _raw_surface(doc: DocClaims, m: Mention) -> str:
    n, raw = doc.normalized, doc.doc.text
    a, b = n.starts[m.start], n.ends[m.end - 1]
    if b - a == m.end - m.start:  # nothing was removed inside the name: one slice
        return raw[a:b]
    return "".join(raw[n.starts[i]:n.ends[i]] for i in range(m.start, m.end))


class Resolver:
    def __init__(self) -> None:
        self.gaz = load_gazetteer()

    def run(self, data: ResolverInput) -> Resolved:
        self._spans: dict[tuple[str, tuple[int, int]], Evidence] = {}
        canon = self._cluster(data)
        aliases: dict[str, list[str]] = defaultdict(list)
        for dc in data.docs:
            for c in dc.claims:
                for m in (c.subject, c.object):
                    if not m.implied:
                        eid = canon[(dc.doc.name, m.key)]
                        aliases[eid].append(_raw_surface(dc, m))
                        if m.key.startswith("new:"):  # "Zoph" alone stands for the name first found
                            aliases[eid].append(m.key.split(":", 2)[2])
        aliases = {k: list(dict.fromkeys(v)) for k, v in aliases.items()}
        entities: dict[tuple[str, str, str], Entity] = {}

        def entity(eid: str, m: Mention) -> Entity:
            key = (eid, m.type, m.surface)
            if key not in entities:
                entities[key] = self._entity(eid, m, aliases)
            return entities[key]

        # claims that make the same fact (in any document) become one Fact with all their
        # evidence: a Fact is validated once per distinct claim, not once per sentence
        groups: dict[tuple, list] = {}
        for dc in data.docs:
            for c in dc.claims:
                subj = entity(canon[(dc.doc.name, c.subject.key)], c.subject)
                obj = entity(canon[(dc.doc.name, c.object.key)], c.object)
                quals = dict(c.qualifiers)
                if quals.get("end") and quals.get("current"):
                    quals.pop("current")
                key = (subj.id, c.relation, obj.id, tuple(sorted(quals.items())), c.hedged)
                group = groups.setdefault(key, [subj, obj, quals, c.relation, c.hedged, [], c.confidence, []])
                group[5].extend(self._evidence(dc, c))
                group[6] = max(group[6], c.confidence)
                group[7].append((dc, c))
        facts: list[Fact] = []
        rejected: list[Problem] = []
        for subj, obj, quals, relation, hedged, evidence, confidence, members in groups.values():
            try:
                facts.append(Fact(subject=subj, relation=relation, object=obj, qualifiers=Qualifiers(**quals),
                                  evidence=tuple(sorted(dict.fromkeys(evidence),
                                                        key=lambda e: (e.source, e.start, e.end))),
                                  confidence=confidence, hedged=hedged))
            except ValidationError as exc:
                reason = "; ".join(e["msg"] for e in exc.errors())
                for dc, c in members:  # one problem per claim, at the line it was read from
                    line = dc.doc.text.count("\n", 0, self._evidence(dc, c)[0].start) + 1
                    rejected.append(Problem(file=dc.doc.name, line=line, code="E060",
                                            message=f"rejected {relation} claim "
                                                    f"{subj.name} → {obj.name}: {reason}"))
        return Resolved(facts=tuple(facts), rejected=tuple(rejected))

    def _evidence(self, dc: DocClaims, c: Claim) -> list[Evidence]:
        out = []
        for span in c.spans:
            key = (dc.doc.name, span)
            ev = self._spans.get(key)  # several claims cite one sentence: one Evidence record
            if ev is None:
                ra, rb = dc.normalized.raw_span(*span)
                ev = self._spans[key] = Evidence(source=dc.doc.name, start=ra, end=rb, quote=dc.doc.text[ra:rb])
            out.append(ev)
        return out

    # ----- entities
    def _entity(self, eid: str, m: Mention, aliases: dict[str, list[str]]) -> Entity:
        entry = self.gaz.entries.get(eid)
        seen = aliases.get(eid, [])
        if entry is not None:
            extra = []
            if entry.type == "Person" and re.fullmatch(r"[A-Z][\w-]+ [A-Z][\w-]+", entry.name):
                given, family = entry.name.split()
                extra = [entry.name, f"{family} {given}"]
            return Entity(id=entry.id, type=entry.type, name=entry.name,
                          aliases=tuple(dict.fromkeys(seen + list(entry.aliases) + extra)), parent=entry.parent,
                          wikidata=entry.wikidata, country=entry.country)
        name = max(seen, key=len) if seen else m.surface  # the full name, not a surname alone
        from talentgraph.extract.normalize import simplify_same_length

        return Entity(id=eid, type=m.type, name=simplify_same_length(name), aliases=tuple(seen))

    def _cluster(self, data: ResolverInput) -> dict[tuple[str, str], str]:
        """(document, mention key) → entity id."""
        canon: dict[tuple[str, str], object] = {}
        unknown: dict[tuple[str, str], dict] = {}
        for dc in data.docs:
            for c in dc.claims:
                for m in (c.subject, c.object):
                    k = (dc.doc.name, m.key)
                    if not m.key.startswith("new:"):
                        canon[k] = m.key
                        continue
                    surface = m.key.split(":", 2)[2]
                    entry = self.gaz.lookup(surface)
                    if entry is not None and entry.type == m.type:
                        canon[k] = entry.id
                        continue
                    # a person is known per article until context links two articles' namesakes
                    ukey = (dc.doc.name, m.key) if m.type == "Person" else ("", m.key)
                    info = unknown.setdefault(ukey, {"docs": set(), "orgs": set(), "bachelor": set(),
                                                     "type": m.type, "surface": surface})
                    info["docs"].add(dc.doc.name)
                    canon[k] = ukey
            for c in dc.claims:
                ukey = (dc.doc.name, c.subject.key) if c.subject.type == "Person" else ("", c.subject.key)
                if ukey in unknown:
                    info = unknown[ukey]
                    info["orgs"].add(c.object.key)
                    if c.relation == "EDUCATED_AT" and c.qualifiers.get("degree") == "bachelor":
                        info["bachelor"].add(c.object.key)
        ids: dict[tuple[str, str], str] = {}
        keys = sorted(unknown)
        for i, key in enumerate(keys):
            info = unknown[key]
            target = None
            for other in keys[:i]:
                o = unknown[other]
                if o["type"] != info["type"] or not _same_name(o["surface"], info["surface"]):
                    continue
                if o["bachelor"] and info["bachelor"] and not (o["bachelor"] & info["bachelor"]):
                    continue
                if o["docs"] & info["docs"] or o["orgs"] & info["orgs"]:
                    target = ids[other]
                    break
            if target is None:
                base = f"{_PREFIX[info['type']]}:{slug(info['surface'])}"
                target, n = base, 1
                while target in ids.values() or target in self.gaz.entries:
                    n += 1
                    target = f"{base}-{n}"  # a different person who sounds the same
            ids[key] = target
        return {k: ids[v] if isinstance(v, tuple) else v for k, v in canon.items()}
