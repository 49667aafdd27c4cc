"""The subject's names: the display name, and alias facts for every other form the infobox gives.

The name line may add forms (``Georgy Safarov, Георгий Сафаров``), and ``Birth Name``,
``Native Name`` and ``Other Names``-like keys give more. Each form that differs from the
display name becomes an ``alias`` fact (the contract's "each alias also has an alias fact
carrying its source") and a name of the subject entity with its kind.
"""

from __future__ import annotations

from prosograph.extract.infobox_people import looks_like_name
from prosograph.extract.infobox_sink import FactSink
from prosograph.extract.infobox_text import clean_value, has_letters, is_non_latin, split_top_level
from prosograph.models import Document, InfoboxField
from prosograph.names import name_key

#: The name kind of each name-giving role.
_KIND_OF_ROLE = {"birth_name": "birth", "native_name": "native", "alias": "alias"}


def _name_forms(item: InfoboxField) -> list[str]:
    """The forms of a name value: ``A, Б`` -> [A, Б]; debris items are dropped."""
    return [clean_value(form) for form in split_top_level(item.value) if has_letters(form)]


def _is_name(form: str) -> bool:
    """True when a name-line form is a name rather than a caption or remark."""
    return is_non_latin(form) or looks_like_name(form, allow_single=True)


def subject_display_name(document: Document) -> str | None:
    """The subject's display name: the document's subject, else the name line's first name.

    None when the document states no subject (plain text with no title or name line).
    """
    if document.subject:
        return document.subject
    if document.name_line is not None:
        forms = [form for form in _name_forms(document.name_line) if _is_name(form)]
        if forms:
            return forms[0]
    return None


def add_name_facts(
    document: Document, display: str, name_fields: list[tuple[InfoboxField, str]], sink: FactSink
) -> list[tuple[str, str]]:
    """Emit alias facts for the name line and the name-giving lines; return the subject's names.

    ``name_fields`` pairs each ``Birth Name``/``Native Name``/alias line with its role.
    A name-line form that is not a name (a caption) is kept as an attribute ``Name: ...``.
    """
    names: list[tuple[str, str]] = [(display, "name")]
    seen = {name_key(display)}
    if document.name_line is not None:
        for form in _name_forms(document.name_line):
            if name_key(form) in seen:
                continue
            if not _is_name(form):
                sink.attribute(document.name_line, form, confidence=0.9)
                continue
            kind = "native" if is_non_latin(form) else "alias"
            sink.add("alias", form, [document.name_line])
            names.append((form, kind))
            seen.add(name_key(form))
    for item, role in name_fields:
        kind = _KIND_OF_ROLE[role]
        forms = [clean_value(item.value)] if role != "alias" else _name_forms(item)
        forms = [form for form in forms if has_letters(form)]
        if not forms:
            sink.attribute(item)
            continue
        for form in forms:
            if name_key(form) == name_key(display):
                continue  # the display name is not an alias; the line stays an attribute
            sink.add("alias", form, [item])
            if (form, kind) not in names:
                names.append((form, kind))
    return names
