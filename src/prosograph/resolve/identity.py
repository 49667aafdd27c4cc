"""Display names and stable ids for clusters.

A person's id must survive re-ingesting the same input in any order, so it is a hash of
what identifies the person, not of when the person was first seen: the skeleton of the
display name's surname and given name plus the earliest birth year. Homonyms whose keys
coincide are told apart by a suffix in the order of their smallest record id. Both the key
and its collisions stay inside one block (equal keys mean a shared surname key), which is
what lets an incremental run keep the ids of the blocks it does not touch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from prosograph.names import name_key, strip_disambiguator
from prosograph.resolve.forms import name_words, parse_name
from prosograph.resolve.keys import has_cyrillic, romanise
from prosograph.resolve.records import Cluster, MentionRecord

_DISPLAY_KINDS = frozenset({"name", "alias"})


def _fullness(text: str) -> tuple[int, int, int]:
    form = parse_name(text)
    full = int(form is not None and form.has_full_given)
    patronymic = int(form is not None and form.patronymic is not None)
    return (full, patronymic, len(name_words(text)))


def _fullest(texts: Sequence[str]) -> str:
    # Most informative; among equals the shortest (no titles), then the alphabetically first,
    # so the choice does not depend on input order.
    return min(texts, key=lambda text: (tuple(-x for x in _fullness(text)), len(text), text))


def display_name(members: Sequence[MentionRecord]) -> str:
    """The name to show: a subject record's name (the fullest, when several documents are
    about the person), else the fullest Latin name form, else a romanised one."""
    subjects = [record.name for record in members if record.is_subject]
    if subjects:
        return strip_disambiguator(_fullest(subjects))
    latin = [
        text
        for record in members
        for text, kind in record.all_names()
        if kind in _DISPLAY_KINDS and not has_cyrillic(text)
    ]
    if latin:
        return strip_disambiguator(_fullest(latin))
    return strip_disambiguator(romanise(_fullest([record.name for record in members])))


def identity_key(display: str, members: Sequence[MentionRecord]) -> str:
    """What the id hashes: surname and given-name keys of the display name, earliest birth."""
    form = parse_name(display)
    if form is None:
        name = f"~{name_key(display)}"
    elif form.given is None:
        name = form.surname
    elif form.given.key is not None:
        name = f"{form.surname}|{form.given.key}"
    else:
        name = f"{form.surname}|{''.join(sorted(form.given.letters))}."
    births = [record.birth_year for record in members if record.birth_year is not None]
    return f"{name}|{min(births) if births else ''}"


def _hash(key: str) -> str:
    return "p-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def make_clusters(groups: Sequence[Sequence[MentionRecord]]) -> list[Cluster]:
    """The :class:`Cluster` of each group of records (one block's clusters), with ids."""
    drafts: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = []
    for members in groups:
        display = display_name(members)
        forms = {text for record in members for text, _ in record.all_names()}
        ids = tuple(sorted(record.id for record in members))
        key = identity_key(display, members)
        drafts.append((_hash(key), display, ids, tuple(sorted(forms - {display}))))
    drafts.sort(key=lambda draft: (draft[0], draft[2][0]))
    clusters: list[Cluster] = []
    seen: dict[str, int] = {}
    for base, display, ids, aliases in drafts:
        count = seen.get(base, 0) + 1
        seen[base] = count
        cluster_id = base if count == 1 else f"{base}-{count}"
        clusters.append(Cluster(id=cluster_id, name=display, members=ids, aliases=aliases))
    return clusters
