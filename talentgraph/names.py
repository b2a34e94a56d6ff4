"""Name keys: the form under which any spelling of a name is looked up.

``alias_key`` folds script (Traditional → Simplified with OpenCC), width and case, and drops
spaces and punctuation, so 清華, 清华 and "TSINGHUA" each meet their own entity's key.

>>> alias_key("清華大學") == alias_key("清华大学")
True
>>> alias_key("Jim  Fan") == alias_key("jim-fan")
True
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["alias_key", "to_simplified", "entity_keys"]

_DROP = re.compile(r"[\s\u00b7\u30fb\u2027\u2022.\-_'’,，、()（）\[\]【】\"“”]+")


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional (or mixed) Chinese to Simplified; other text unchanged. Same length out."""
    return _t2s().convert(text)


@functools.lru_cache(maxsize=65536)
def alias_key(name: str) -> str:
    """The lookup key of one spelling of a name."""
    text = unicodedata.normalize("NFKC", name)
    text = to_simplified(text).casefold()
    return _DROP.sub("", text)


def entity_keys(name: str, aliases: tuple[str, ...] | list[str] = ()) -> list[str]:
    """Sorted distinct keys of an entity's name and aliases."""
    return sorted({alias_key(n) for n in (name, *aliases) if alias_key(n)})
