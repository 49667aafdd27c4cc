"""Office groups: the ``Office2``/``Term Start2``/``Predecessor2``… lines that belong together.

An officeholder infobox numbers each office; the lines sharing a suffix (none counts as 0)
form one group. The title is ``OfficeN``, or ``OrderN`` where there is no ``OfficeN`` (then
``Order`` holds the title; beside an ``Office`` it is an ordinal and only qualifies it).

A group with term lines but no title line is rendered by the infobox under the office
above it: it is another term of the same office (``Term Start1`` after ``Office`` in an
article whose ``Successor1`` is the ``Predecessor`` of the unnumbered group). Such a group
inherits the title of the group before it; ``title_source`` says how sure that is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prosograph.extract.infobox_keys import GROUP_ROLES, KeyInfo
from prosograph.extract.infobox_people import PersonItem, read_people
from prosograph.models import InfoboxField
from prosograph.names import name_key


@dataclass(slots=True)
class OfficeGroup:
    """The lines of one numbered office, in infobox order, and its (maybe inherited) title.

    ``title_source`` is ``line`` (the group's own title line), ``chain`` (inherited from
    the group above, confirmed by a shared predecessor/successor), ``above`` (inherited,
    unconfirmed) or ``none``.
    """

    number: int
    title_field: InfoboxField | None = None
    start_fields: list[InfoboxField] = field(default_factory=list)
    end_fields: list[InfoboxField] = field(default_factory=list)
    term_fields: list[InfoboxField] = field(default_factory=list)
    predecessor_fields: list[InfoboxField] = field(default_factory=list)
    successor_fields: list[InfoboxField] = field(default_factory=list)
    extra_fields: list[InfoboxField] = field(default_factory=list)
    title: str | None = None
    title_source: str = "none"

    @property
    def lines(self) -> list[InfoboxField]:
        """Every line of the group, in document order."""
        fields = [self.title_field] if self.title_field is not None else []
        fields += self.start_fields + self.end_fields + self.term_fields
        fields += self.predecessor_fields + self.successor_fields + self.extra_fields
        return sorted(fields, key=lambda item: item.start)

    @property
    def has_position(self) -> bool:
        """True when the group states an office held: a title line or a term line."""
        return bool(self.title_field or self.start_fields or self.end_fields or self.term_fields)


def _people_keys(fields: list[InfoboxField]) -> set[str]:
    """Normalised names of the people named in ``fields``."""
    keys: set[str] = set()
    for item in fields:
        for person in read_people(item.value):
            if isinstance(person, PersonItem):
                keys.add(name_key(person.name))
    return keys


def _continues(group: OfficeGroup, above: OfficeGroup) -> bool:
    """True when a succession chain links two groups: one's successor is the other's predecessor."""
    return bool(
        _people_keys(group.successor_fields) & _people_keys(above.predecessor_fields)
        or _people_keys(group.predecessor_fields) & _people_keys(above.successor_fields)
    )


def _inherit_titles(groups: list[OfficeGroup]) -> None:
    """Give each untitled group holding an office the title of the group above it."""
    above: OfficeGroup | None = None
    for group in groups:
        if group.title is None and group.has_position and above is not None:
            group.title = above.title
            group.title_source = "chain" if _continues(group, above) else "above"
        if group.title is not None:
            above = group


def collect_groups(fields: list[tuple[InfoboxField, KeyInfo]]) -> list[OfficeGroup]:
    """Sort the group lines of an infobox into office groups, in the order they appear.

    A numbered key with no known role (``Alongside2``) joins its group when the group holds
    an office, so its attribute keeps the office's date; otherwise it is left out (the
    caller keeps it as a plain attribute). An unnumbered ``Premier`` belongs to group 0
    wherever it stands.
    """
    groups: dict[int, OfficeGroup] = {}
    orders: dict[int, list[InfoboxField]] = {}
    pending_extras: list[tuple[InfoboxField, int]] = []
    for item, info in fields:
        number = info.number or 0
        if info.role not in GROUP_ROLES:
            if info.role == "attribute" and info.number is not None:
                pending_extras.append((item, number))
            continue
        group = groups.setdefault(number, OfficeGroup(number=number))
        if info.role == "office" and group.title_field is None:
            group.title_field = item
        elif info.role == "order":
            orders.setdefault(number, []).append(item)
        elif info.role == "term_start":
            group.start_fields.append(item)
        elif info.role == "term_end":
            group.end_fields.append(item)
        elif info.role == "term":
            group.term_fields.append(item)
        elif info.role == "predecessor":
            group.predecessor_fields.append(item)
        elif info.role == "successor":
            group.successor_fields.append(item)
        else:
            group.extra_fields.append(item)
    for number, order_fields in orders.items():
        group = groups[number]
        if group.title_field is None:
            group.title_field, *order_fields = order_fields
        group.extra_fields.extend(order_fields)
    _attach_numbered_extras(groups, pending_extras)
    ordered = sorted(groups.values(), key=lambda group: min(f.start for f in group.lines))
    for group in ordered:
        if group.title_field is not None:
            group.title = group.title_field.value
            group.title_source = "line"
    _inherit_titles(ordered)
    return ordered


def _attach_numbered_extras(
    groups: dict[int, OfficeGroup], pending: list[tuple[InfoboxField, int]]
) -> None:
    """Attach numbered keys of no known role to their group when it holds an office."""
    for item, number in pending:
        group = groups.get(number)
        if group is not None and group.has_position:
            group.extra_fields.append(item)
