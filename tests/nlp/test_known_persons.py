"""The known-persons component on hand-built Docs (a blank pipeline), and the loader."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from prosograph.nlp import KNOWN_NAMES


def _run(nlp: Language, text: str, forms: tuple[str, ...], ents: list[tuple[str, str]]) -> list:
    doc = nlp.make_doc(text)
    spans = []
    for name, label in ents:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    doc.user_data[KNOWN_NAMES] = forms
    doc = nlp.get_pipe("known_persons")(doc)
    return [(ent.text, ent.label_) for ent in doc.ents]


def test_known_persons_relabels_a_known_surname_tagged_org(nlp_blank: Language) -> None:
    text = "In July 1918, Beloborodov ordered the execution."
    ents = _run(nlp_blank, text, ("Alexander Beloborodov", "Beloborodov"), [("Beloborodov", "ORG")])
    assert ents == [("Beloborodov", "PERSON")]


def test_known_persons_marks_an_unrecognised_full_form(nlp_blank: Language) -> None:
    text = "2. A. G. Beloborodov (Chairman)"
    ents = _run(nlp_blank, text, ("A. G. Beloborodov",), [])
    assert ents == [("A. G. Beloborodov", "PERSON")]


def test_known_persons_keeps_a_longer_recognised_name(nlp_blank: Language) -> None:
    text = "In 1906, Tenis Smilga was caught and killed."
    ents = _run(nlp_blank, text, ("Ivar Smilga", "Smilga"), [("Tenis Smilga", "PERSON")])
    assert ents == [("Tenis Smilga", "PERSON")]


def test_known_persons_skips_a_surname_after_a_capitalised_word(nlp_blank: Language) -> None:
    text = "In 1906, Tenis Smilga was caught."
    assert _run(nlp_blank, text, ("Smilga",), []) == []


def test_known_persons_without_names_leaves_the_doc_alone(nlp_blank: Language) -> None:
    text = "Beloborodov was arrested."
    assert _run(nlp_blank, text, (), [("Beloborodov", "ORG")]) == [("Beloborodov", "ORG")]


@pytest.mark.model
def test_loader_keeps_only_the_recogniser(nlp_model: Language) -> None:
    assert nlp_model.pipe_names == ["ner", "known_persons"]


def test_known_persons_span_type_is_spacy_span(nlp_blank: Language) -> None:
    doc = nlp_blank.make_doc("Beloborodov")
    doc.user_data[KNOWN_NAMES] = ("Beloborodov",)
    doc = nlp_blank(doc)
    assert all(isinstance(ent, Span) for ent in doc.ents)
