"""Sentence segmentation: boundaries, abbreviations, citation markers and exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prosograph.models import Document, Sentence
from prosograph.segment import MAX_SENTENCE_LENGTH, segment


def doc(text: str, body_start: int = 0) -> Document:
    return Document(
        id="t",
        source_path="t",
        format="text",
        title="T",
        text=text,
        sha256="",
        body_start=body_start,
    )


def texts(text: str) -> list[str]:
    return [sentence.text for sentence in segment(doc(text))]


def test_segment_splits_plain_sentences() -> None:
    assert texts("He joined in 1907. He left in 1910! Why? Nobody knows.") == [
        "He joined in 1907.",
        "He left in 1910!",
        "Why?",
        "Nobody knows.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Members were A. G. Beloborodov and G. I. Safarov of the Soviet.",
        "He was succeeded by Ivan E. Nikitin in 1937.",
        "He ran a publishing house in St. Petersburg until his arrest.",
        "He was born on 24 February [O.S. 12 February] 1878 in Moscow.",
        "He was born on 12 February (N.S. 24 February) 1878.",
        "He saw Dr. Ivanov and Mr. Smith on Jan. 5 in the U.S. Embassy.",
        'The book ("Two Years", Moscow: Gos. izd-vo, 1920) was banned.',
        "He met Prof. Pavlov at No. 5 Nevsky Prospekt.",
    ],
)
def test_segment_does_not_split_after_abbreviations(text: str) -> None:
    assert texts(text) == [text]


def test_segment_splits_after_one_letter_word_before_a_starter() -> None:
    assert texts("He fought in World War I. He was wounded.") == [
        "He fought in World War I.",
        "He was wounded.",
    ]


def test_segment_splits_after_lowercase_period_word() -> None:
    assert texts("He said no. Then he left.") == ["He said no.", "Then he left."]


def test_segment_needs_uppercase_after_boundary() -> None:
    assert texts("He wrote Trotskyism or Leninism?, which ran in Pravda.") == [
        "He wrote Trotskyism or Leninism?, which ran in Pravda."
    ]


def test_segment_quote_closing_after_question_mark() -> None:
    text = 'He asked: "Where is he, in prison or in a hotel?". It can be assumed so.'
    assert texts(text) == [
        'He asked: "Where is he, in prison or in a hotel?".',
        "It can be assumed so.",
    ]


def test_segment_keeps_short_quotation_together() -> None:
    text = 'He shouted, "I am Ivanov! Pass the word on!". He was shot.'
    assert texts(text) == ['He shouted, "I am Ivanov! Pass the word on!".', "He was shot."]


def test_segment_unbalanced_quote_does_not_glue_sentences() -> None:
    assert texts('He wrote "slaughter[ed] people. He was ill.') == [
        'He wrote "slaughter[ed] people.',
        "He was ill.",
    ]


def test_segment_leading_marker_is_excluded() -> None:
    text = "[citation needed] On 16 January 1935, he was sentenced."
    [sentence] = segment(doc(text))
    assert sentence.text == "On 16 January 1935, he was sentenced."
    assert sentence.start == len("[citation needed] ")
    assert sentence.markers == ()


def test_segment_inner_and_trailing_markers_are_listed() -> None:
    text = "He loved music,[4] but was ill.[6] He later remarried.[a]"
    first, second = segment(doc(text))
    assert first.text == "He loved music,[4] but was ill.[6]"
    assert [text[a:b] for a, b in first.markers] == ["[4]", "[6]"]
    assert second.text == "He later remarried.[a]"
    assert [text[a:b] for a, b in second.markers] == ["[a]"]


def test_segment_editorial_brackets_are_not_markers() -> None:
    text = "He would slaughter[ed] them [sic] on 24 February [<nowiki/>O.S. 12 February] 1878."
    [sentence] = segment(doc(text))
    assert sentence.markers == ()


def test_segment_colon_with_glued_marker_ends_sentence() -> None:
    text = "He complained to the Tribunals:[3] This naivety needs to end."
    first, second = segment(doc(text))
    assert first.text == "He complained to the Tribunals:[3]"
    assert second.text == "This naivety needs to end."
    assert first.markers == ((text.index("[3]"), text.index("[3]") + 3),)


def test_segment_headings_are_skipped_and_break_paragraphs() -> None:
    text = "== Early life ==\nHe was born\n\n=== Career ===\n\nHe worked.\n# Notes\nNone"
    assert texts(text) == ["He was born", "He worked.", "None"]


def test_segment_list_items_are_units_without_bullets() -> None:
    text = "The office included:\n\n- Central Department\n- Business Management\n"
    assert texts(text) == ["The office included:", "Central Department", "Business Management"]


def test_segment_numbered_list_inside_a_unit() -> None:
    text = "Members of the Presidium:\n1. N. G. Tolmachyov\n2. A. G. Beloborodov (Chairman)"
    assert texts(text) == [
        "Members of the Presidium:",
        "N. G. Tolmachyov",
        "A. G. Beloborodov (Chairman)",
    ]


def test_segment_wrapped_lines_form_one_paragraph() -> None:
    text = "He was born in\nMoscow in 1878. He died\nin 1941.\n"
    [first, second] = segment(doc(text))
    assert first.text == "He was born in\nMoscow in 1878."
    assert second.text == "He died\nin 1941."


def test_segment_ellipsis_ends_sentence_but_elision_does_not() -> None:
    assert texts("I fought for the nation.... Today I am old.") == [
        "I fought for the nation....",
        "Today I am old.",
    ]
    assert texts("The leaders ... Stalin said so.") == ["The leaders ... Stalin said so."]


def test_segment_starts_at_body_start() -> None:
    text = "= Title =\n\nName\n- Born: 1900\n\nShe was a poet. She died."
    start = text.index("She was")
    sentences = segment(doc(text, body_start=start))
    assert [s.text for s in sentences] == ["She was a poet.", "She died."]
    assert [s.index for s in sentences] == [0, 1]


def test_segment_drops_units_without_words() -> None:
    assert texts("[3]\n\n– .\n\nReal text.") == ["Real text."]


def test_segment_caps_long_units_at_whitespace() -> None:
    text = "word " * 3000
    sentences = segment(doc(text))
    assert len(sentences) >= 3
    assert all(len(s.text) <= MAX_SENTENCE_LENGTH for s in sentences)
    assert all(not s.text.startswith(" ") and s.text.startswith("word") for s in sentences)


def test_segment_caps_long_unit_without_whitespace() -> None:
    text = "x" * (MAX_SENTENCE_LENGTH * 2 + 7)
    sentences = segment(doc(text))
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE_LENGTH, MAX_SENTENCE_LENGTH, 7]


def test_segment_crlf_text() -> None:
    text = "He was born.\r\n\r\n== Life ==\r\nHe died. He was buried.\r\n"
    assert texts(text) == ["He was born.", "He died.", "He was buried."]


ALPHABET = st.sampled_from(
    [*"aAbBzZ .!?:;,\"'“”«»()[]-–…\n\r\t#=*123", "[3]", "[citation needed]", "St.", "A. "]
)


def check(document: Document, sentences: list[Sentence]) -> None:
    previous = document.body_start
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert document.text[sentence.start : sentence.end] == sentence.text
        assert previous <= sentence.start < sentence.end <= len(document.text)
        assert sentence.text == sentence.text.strip()
        for start, end in sentence.markers:
            assert sentence.start <= start < end <= sentence.end
        previous = sentence.end


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(ALPHABET, max_size=120).map("".join), st.integers(min_value=0, max_value=50))
def test_segment_offsets_always_index_the_text(text: str, body: int) -> None:
    document = doc(text, body_start=min(body, len(text)))
    check(document, segment(document))


@settings(max_examples=100, deadline=None, database=None)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=300))
def test_segment_offsets_hold_for_any_unicode(text: str, body: int) -> None:
    document = doc(text, body_start=min(body, len(text)))
    check(document, segment(document))
