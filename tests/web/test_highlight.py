"""Marks, regions and anchors turn text into HTML where only our own tags are markup."""

from __future__ import annotations

from prosograph.web.highlight import Mark, find_terms, render


def test_highlight_escapes_text_around_and_inside_marks() -> None:
    text = "a <b> & <script>x</script>"
    html = render(text, [Mark(2, 5, "person", href='/p?a="1"&b=2')])
    assert str(html) == (
        'a <a class="mark mark-person" href="/p?a=&#34;1&#34;&amp;b=2">&lt;b&gt;</a>'
        " &amp; &lt;script&gt;x&lt;/script&gt;"
    )


def test_highlight_overlapping_marks_keep_the_first_then_longest() -> None:
    marks = [Mark(1, 3, "date"), Mark(0, 4, "place"), Mark(3, 6, "value"), Mark(4, 5, "org")]
    html = str(render("abcdef", marks))
    assert html == '<mark class="mark-place">abcd</mark><mark class="mark-org">e</mark>f'


def test_highlight_regions_overlap_marks_and_anchors_are_placed() -> None:
    html = str(
        render(
            "hello world",
            [Mark(0, 5, "match")],
            regions=[Mark(3, 8, "cite")],
            anchors={3: ["at-3"]},
        )
    )
    assert html == (
        '<mark class="mark-match">hel</mark><span class="anchor" id="at-3"></span>'
        '<span class="region-cite"><mark class="mark-match">lo</mark></span>'
        '<span class="region-cite"> wo</span>rld'
    )


def test_highlight_spans_outside_the_text_are_clipped() -> None:
    assert str(render("abc", [Mark(-4, 1, "date"), Mark(2, 99, "date"), Mark(5, 9, "x")])) == (
        '<mark class="mark-date">a</mark>b<mark class="mark-date">c</mark>'
    )


def test_highlight_anchor_at_the_end_of_the_text() -> None:
    assert str(render("ab", anchors={2: ["end"]})) == 'ab<span class="anchor" id="end"></span>'


def test_highlight_find_terms_whole_words_any_case() -> None:
    marks = find_terms("Kedrov met kedrova and KEDROV.", [("Kedrov", "person", "/p/1")])
    assert [(m.start, m.end) for m in marks] == [(0, 6), (23, 29)]
    assert all(m.href == "/p/1" for m in marks)


def test_highlight_find_terms_value_falls_back_to_stems() -> None:
    text = "He was executed on 10 February 1938."
    marks = find_terms(text, [("execution", "value", None), ("10 February 1938", "date", None)])
    assert sorted(text[m.start : m.end] for m in marks) == ["10 February 1938", "executed"]


def test_highlight_find_terms_treats_regex_characters_literally() -> None:
    assert [m.start for m in find_terms("a (b) c", [("(b)", "value", None)])] == [2]
    assert [m.start for m in find_terms("x a.b axb", [("a.b", "value", None)])] == [2]
