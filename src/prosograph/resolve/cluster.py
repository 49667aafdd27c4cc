"""Cluster the records of one block into persons.

The rules, in the order they run:

1. **Curation first.** Records a merge decision joins start as one unit; a split decision
   forbids any cluster holding both sides (tags from :mod:`prosograph.resolve.curation`).
2. **Inside a document.** A mention that carries only initials joins the one person of the
   same document it fits (the subject when the subject fits); a bare surname joins the
   subject when the subject has that surname, else the one person of the document with
   it. Writers shorten a name only when the reader can tell who is meant, which is what
   makes this safe here and not across documents.
3. **Across documents, most informative first.** Units are placed in a fixed order: dated
   subjects, other dated units, full names with patronymic, full names, initials, bare
   surnames, ties broken by record id. Each unit is scored against the clusters its keys
   reach (:func:`prosograph.resolve.evidence.assess`); it joins the best compatible one
   when that scores :data:`MERGE_SCORE` (or :data:`UNIQUE_SCORE` as the only compatible
   one) and beats the runner-up by :data:`MARGIN`, or, among close candidates, when one is
   known from :data:`DOMINANCE` times as many documents as the rest together. Otherwise it
   starts a cluster, which is *closed* if the unit had compatible candidates (it was
   ambiguous or too weak), so that ``A. Kedrov`` cannot become a bridge that later pulls
   ``Kedrov`` and ``Igor Kedrov`` together.

Because units are visited in an order derived from their content, and clusters compare
against everything already placed, the result does not depend on input order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from prosograph.resolve.curation import clash
from prosograph.resolve.evidence import (
    CONFLICT,
    MARGIN,
    MERGE_SCORE,
    UNIQUE_SCORE,
    assess,
)
from prosograph.resolve.keys import similar
from prosograph.resolve.profile import Level, Profile
from prosograph.resolve.records import MentionRecord

#: A bare surname shared by more known people than this is left unresolved without
#: scoring each of them: no evidence a bare surname can carry would single one out.
BARE_CANDIDATE_LIMIT = 50
#: How many times more documents the best-supported of several close candidates needs.
DOMINANCE = 5


class _Group:
    """A unit of records being placed, or a cluster being grown: a profile plus split tags."""

    __slots__ = ("closed", "keys", "order", "profile", "tags")

    def __init__(self, profile: Profile, tags: AbstractSet[int]) -> None:
        self.profile = profile
        self.tags = tags
        self.closed = False
        self.keys: set[tuple[str, str, str]] | None = None  # index keys, once a cluster
        self.order: tuple[int, str] = (0, "")

    def absorb(self, other: _Group) -> None:
        self.profile.absorb(other.profile)
        if other.tags:
            self.tags = self.tags | other.tags


def cluster_block(
    records: Sequence[MentionRecord],
    profiles: Sequence[Profile],
    *,
    together: Sequence[Sequence[str]] = (),
    tags: Mapping[str, set[int]] | None = None,
) -> list[list[str]]:
    """Cluster one block: the record ids of each person, each list and the list sorted.

    ``profiles[i]`` is the profile of ``records[i]``. The profiles are consumed: clusters
    grow by absorbing into them, which saves copying every record's profile.
    ``together`` and ``tags`` are the block's curation constraints.
    """
    units = _units(records, profiles, together, tags or {})
    units = _within_documents(units)
    for unit in units:
        unit.order = (_rank(unit.profile), min(unit.profile.records))
    units.sort(key=lambda unit: unit.order)
    placer = _Placer()
    for unit in units:
        placer.place(unit)
    result = [sorted(cluster.profile.records) for cluster in placer.clusters]
    result.sort()
    return result


def _units(
    records: Sequence[MentionRecord],
    profiles: Sequence[Profile],
    together: Sequence[Sequence[str]],
    tags: Mapping[str, set[int]],
) -> list[_Group]:
    """One unit per record, except that records a merge decision joins share a unit."""
    by_id = {record.id: index for index, record in enumerate(records)}
    owner: dict[int, int] = {}
    groups: list[list[int]] = []
    for group in together:
        members = sorted(by_id[record_id] for record_id in group if record_id in by_id)
        if members:
            for member in members:
                owner[member] = len(groups)
            groups.append(members)
    for index in sorted(range(len(records)), key=lambda i: records[i].id):
        if index not in owner:
            owner[index] = len(groups)
            groups.append([index])
    units: list[_Group] = []
    for members in groups:
        if len(members) == 1:
            profile = profiles[members[0]]
        else:
            profile = Profile.merged(profiles[index] for index in members)
        unit_tags: AbstractSet[int] = frozenset()
        for index in members:
            unit_tags = unit_tags | tags.get(records[index].id, frozenset())
        units.append(_Group(profile, unit_tags))
    return units


def _within_documents(units: list[_Group]) -> list[_Group]:
    """Rule 2: attach initials and bare surnames to the person of their own document."""
    by_document: dict[str, list[_Group]] = {}
    for unit in units:
        if len(unit.profile.documents) == 1:
            (document,) = unit.profile.documents
            by_document.setdefault(document, []).append(unit)
    absorbed: set[int] = set()
    for document in sorted(by_document):
        members = sorted(by_document[document], key=lambda unit: min(unit.profile.records))
        levels = {id(unit): unit.profile.level for unit in members}
        full = [unit for unit in members if levels[id(unit)] is Level.FULL]
        for unit in members:
            if levels[id(unit)] is Level.INITIAL:
                _attach(unit, full, absorbed)
        named = [
            unit
            for unit in members
            if levels[id(unit)] is not Level.BARE and id(unit) not in absorbed
        ]
        for unit in members:
            if levels[id(unit)] is Level.BARE:
                _attach(unit, named, absorbed)
    return [unit for unit in units if id(unit) not in absorbed]


def _attach(unit: _Group, targets: Sequence[_Group], absorbed: set[int]) -> None:
    fitting = [
        target
        for target in targets
        if target is not unit
        and id(target) not in absorbed
        and not clash(unit.tags, target.tags)
        and assess(unit.profile, target.profile) != CONFLICT
    ]
    subjects = [target for target in fitting if target.profile.subject]
    chosen = subjects[0] if len(subjects) == 1 else fitting[0] if len(fitting) == 1 else None
    if chosen is not None:
        chosen.absorb(unit)
        absorbed.add(id(unit))


def _rank(profile: Profile) -> int:
    """Rule 3's order: lower ranks are placed first."""
    if profile.has_dates:
        return 0 if profile.subject else 1
    if profile.subject:
        return 2
    level = profile.level
    if level is Level.FULL:
        return 3 if profile.has_patronymic else 4
    if level is Level.INITIAL:
        return 5 if profile.has_patronymic else 6
    return 7


class _Placer:
    """Rule 3: place units into clusters through key indexes over the clusters so far."""

    def __init__(self) -> None:
        self.clusters: list[_Group] = []
        self.support: list[int] = []  # documents behind each cluster
        # (surname, given key) -> clusters with that full given name
        self.by_given: dict[tuple[str, str], list[int]] = {}
        # (surname, initial letter) -> clusters whose given name may have that initial
        self.by_letter: dict[tuple[str, str], list[int]] = {}
        self.by_surname: dict[str, list[int]] = {}
        # (surname, first letter of key) -> given keys present, for close-variant lookup
        self.given_keys: dict[tuple[str, str], set[str]] = {}

    def place(self, unit: _Group) -> None:
        scored: list[tuple[float, int]] = []
        for index in sorted(self._candidates(unit.profile)):
            cluster = self.clusters[index]
            if cluster.closed or clash(unit.tags, cluster.tags):
                continue
            score = assess(unit.profile, cluster.profile)
            if score != CONFLICT:
                scored.append((score, index))
        chosen = _choose(scored, self.support)
        if chosen is None:
            # Closed only when several candidates were good enough: a unit that was merely
            # too weak for its candidates may well be someone new whom others can join.
            unit.closed = bool(scored)
            self.clusters.append(unit)
            self.support.append(len(unit.profile.documents))
            self._index(len(self.clusters) - 1, unit.profile)
        else:
            self.clusters[chosen].absorb(unit)
            self.support[chosen] = len(self.clusters[chosen].profile.documents)
            self._index(chosen, unit.profile)

    def _candidates(self, profile: Profile) -> set[int]:
        found: set[int] = set()
        for surname, names in profile.by_surname.items():
            for key in names.given:
                found.update(self.by_given.get((surname, key), ()))
                for other in self.given_keys.get((surname, key[:1]), ()):
                    if other != key and similar(key, other):
                        found.update(self.by_given[(surname, other)])
            if not names.given:
                for part in names.given_initials:
                    for letter in part.letters:
                        found.update(self.by_letter.get((surname, letter), ()))
            if not names.has_given:
                holders = self.by_surname.get(surname, ())
                if len(holders) <= BARE_CANDIDATE_LIMIT:
                    found.update(holders)
        return found

    def _index(self, index: int, profile: Profile) -> None:
        cluster = self.clusters[index]
        if cluster.keys is None:
            cluster.keys = set()
        keys = cluster.keys
        for surname, names in profile.by_surname.items():
            if ("s", surname, "") not in keys:
                keys.add(("s", surname, ""))
                self.by_surname.setdefault(surname, []).append(index)
            for part in (*names.given.values(), *names.given_initials):
                for letter in part.letters:
                    if ("l", surname, letter) not in keys:
                        keys.add(("l", surname, letter))
                        self.by_letter.setdefault((surname, letter), []).append(index)
            for key in names.given:
                if ("g", surname, key) not in keys:
                    keys.add(("g", surname, key))
                    self.by_given.setdefault((surname, key), []).append(index)
                    self.given_keys.setdefault((surname, key[:1]), set()).add(key)


def _choose(scored: list[tuple[float, int]], support: Sequence[int]) -> int | None:
    """The cluster to join, or None: see rule 3 in the module docstring.

    ``support[i]`` is the number of documents behind candidate ``i``. When the runner-up
    scores too close, the best-supported contender still wins if it is known from
    :data:`DOMINANCE` times as many documents as all the other contenders together: a
    mention of "Aleksandr Karpsky" is far more likely the one written about in two hundred
    documents than a namesake seen twice.
    """
    if not scored:
        return None
    scored.sort(key=lambda item: (-item[0], item[1]))
    best, index = scored[0]
    if len(scored) == 1:
        return index if best >= UNIQUE_SCORE else None
    if best - scored[1][0] >= MARGIN:
        return index if best >= MERGE_SCORE else None
    contenders = [item for item in scored if best - item[0] < MARGIN]
    leader = max(contenders, key=lambda item: (support[item[1]], item[0], -item[1]))
    others = sum(support[item[1]] for item in contenders) - support[leader[1]]
    if leader[0] >= UNIQUE_SCORE and support[leader[1]] >= DOMINANCE * others:
        return leader[1]
    return None
