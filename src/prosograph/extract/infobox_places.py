"""Lines whose value is a place: ``Resting Place`` (a burial) and ``Residence``.

The contract keeps places only in ``place``: the value is the fact type's own word
(``burial``, ``residence``) and the place, cleaned of flattening debris, goes beside it.
"""

from __future__ import annotations

from prosograph.extract.infobox_sink import FactSink
from prosograph.extract.infobox_text import clean_place, has_word
from prosograph.models import InfoboxField

#: The fact type of each place-valued role.
PLACE_ROLES: dict[str, str] = {"burial": "burial", "residence": "residence"}


def add_place(item: InfoboxField, role: str, sink: FactSink) -> None:
    """A ``burial``/``residence`` fact with the line's place; an attribute if it has none."""
    place = clean_place(item.value)
    if not has_word(place):
        sink.attribute(item)
        return
    type_ = PLACE_ROLES[role]
    sink.add(type_, type_, [item], place=place)
