"""The infobox extractor on hand-built Documents: one behaviour per test."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prosograph.extract.infobox import extract_infobox
from prosograph.models import Document, Entity, Factoid, InfoboxField


def build_document(
    lines: list[str], *, name: str | None = "Ivan Petrov", title: str = "Ivan Petrov"
) -> Document:
    """An article-format Document with exact offsets; a blank string makes a gap line."""
    text = f"= {title} =\n\n"
    name_line = None
    if name is not None:
        start = len(text)
        text += name + "\n"
        name_line = InfoboxField("Name", name, 3, start, start + len(name), start)
    fields: list[InfoboxField] = []
    for line in lines:
        number = text.count("\n") + 1
        start = len(text)
        if not line:
            text += "\n"
            continue
        key, _, value = line.partition(": ")
        row = f"- {key}: {value}"
        text += row + "\n"
        value_start = start + len(f"- {key}: ")
        fields.append(InfoboxField(key, value, number, start, start + len(row), value_start))
    text += "\n"
    body_start = len(text)
    text += f"{title} was a person.\n"
    return Document(
        id="doc.txt",
        source_path="doc.txt",
        format="article",
        title=title,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        subject=title,
        name_line=name_line,
        infobox=tuple(fields),
        body_start=body_start,
    )


def facts_of(facts: list[Factoid], type_: str, value: str | None = None) -> list[Factoid]:
    """The facts of one type (and value)."""
    return [f for f in facts if f.type == type_ and (value is None or f.value == value)]


def entity(entities: list[Entity], key: str | None) -> Entity:
    """The entity with ``key``."""
    return next(e for e in entities if e.key == key)


def edtf(fact: Factoid) -> str | None:
    """The fact's EDTF date, or None."""
    return fact.date.edtf if fact.date else None


def assert_cited(document: Document, facts: list[Factoid]) -> None:
    """Every source quotes the document exactly and every infobox line is cited."""
    for fact in facts:
        assert fact.source.text == document.text[fact.source.start : fact.source.end]
        assert fact.source.method == "infobox"
        assert fact.subject == "subject"
    for item in document.infobox:
        assert any(f.source.start <= item.start and item.end <= f.source.end for f in facts), item


def test_infobox_subject_entity_comes_first() -> None:
    document = build_document(["Nationality: Russian"])
    entities, facts = extract_infobox(document)
    assert entities[0] == Entity(
        key="subject", name="Ivan Petrov", names=(("Ivan Petrov", "name"),), is_subject=True
    )
    assert [f.value for f in facts] == ["Nationality: Russian"]


def test_infobox_position_cites_contiguous_office_and_term_lines_once() -> None:
    document = build_document(
        [
            "Office1: People's Commissar for Internal Affairs",
            "Term Start1: 30 August 1923",
            "Term End1: 3 December 1927",
        ]
    )
    _, facts = extract_infobox(document)
    (position,) = facts_of(facts, "position")
    assert position.value == "People's Commissar for Internal Affairs"
    assert edtf(position) == "1923-08-30/1927-12-03"
    assert position.source.text == "\n".join(f"- {i.key}: {i.value}" for i in document.infobox)
    assert_cited(document, facts)


def test_infobox_position_split_lines_give_one_fact_per_run() -> None:
    document = build_document(
        [
            "Order1: Chairman of VUTsVK",
            "Primeminister1: Christian Rakovsky, Vlas Chubar",
            "Term Start1: 10 March 1919",
            "Term End1: 25 July 1938",
        ]
    )
    _, facts = extract_infobox(document)
    positions = facts_of(facts, "position")
    assert len(positions) == 2
    assert {(p.value, edtf(p)) for p in positions} == {
        ("Chairman of VUTsVK", "1919-03-10/1938-07-25")
    }
    assert [p.source.text.count("\n") for p in positions] == [0, 1]
    assert [f.value for f in facts_of(facts, "attribute")] == [
        "Primeminister1: Christian Rakovsky",
        "Primeminister1: Vlas Chubar",
    ]
    assert all(edtf(f) == "1919-03-10/1938-07-25" for f in facts_of(facts, "attribute"))
    assert_cited(document, facts)


def test_infobox_succession_relations_carry_the_office_dates() -> None:
    document = build_document(
        [
            "Office: Minister of State Security",
            "Term Start: 4 May 1946",
            "Term End: 14 July 1951",
            "Predecessor: Vsevolod Merkulov",
            "Successor: Sergei Ogoltsov",
        ]
    )
    entities, facts = extract_infobox(document)
    relations = facts_of(facts, "relation")
    assert [(f.value, entity(entities, f.other).name, edtf(f)) for f in relations] == [
        ("succeeded", "Vsevolod Merkulov", "1946-05-04/1951-07-14"),
        ("succeeded by", "Sergei Ogoltsov", "1946-05-04/1951-07-14"),
    ]
    assert [e.key for e in entities] == ["subject", "infobox:Predecessor", "infobox:Successor"]
    assert_cited(document, facts)


def test_infobox_succession_remarks_stay_attributes() -> None:
    document = build_document(
        [
            "Office4: Member of the, Russian Constituent Assembly",
            "Term Start4: 25 November 1917",
            "Term End4: 20 January 1918",
            "Predecessor4: Constituency established",
            "Successor4: Constituency abolished",
            "Constituency4: Northern Front",
        ]
    )
    entities, facts = extract_infobox(document)
    assert facts_of(facts, "position")[0].value == "Member of the Russian Constituent Assembly"
    assert not facts_of(facts, "relation")
    assert len(entities) == 1
    attributes = facts_of(facts, "attribute")
    assert [f.value for f in attributes] == [
        "Predecessor4: Constituency established",
        "Successor4: Constituency abolished",
        "Constituency4: Northern Front",
    ]
    assert {edtf(f) for f in attributes} == {"1917-11-25/1918-01-20"}


def test_infobox_several_successors_give_one_relation_each() -> None:
    document = build_document(
        [
            "Office1: Chairman of VUTsVK",
            "Predecessor1: (post revived, previously Volodymyr Zatonsky)",
            "Successor1: Leonid Korniyets , (as the chairman of Presidium), Mykhailo Burmystenko ,"
            " (as the chairman of Verkhovna Rada)",
        ]
    )
    entities, facts = extract_infobox(document)
    successors = facts_of(facts, "relation", "succeeded by")
    assert [entity(entities, f.other).name for f in successors] == [
        "Leonid Korniyets",
        "Mykhailo Burmystenko",
    ]
    assert ("note", "as the chairman of Presidium") in entity(entities, successors[0].other).hints
    (previous,) = facts_of(facts, "relation", "succeeded")
    assert entity(entities, previous.other).name == "Volodymyr Zatonsky"
    assert previous.confidence < successors[0].confidence
    assert facts_of(facts, "attribute")[0].value == (
        "Predecessor1: (post revived, previously Volodymyr Zatonsky)"
    )
    assert_cited(document, facts)


def test_infobox_language_link_names_one_person_with_a_native_form() -> None:
    document = build_document(["Office4: Commissar", "Predecessor4: Ivan Bulat|ru|Булат, Иван"])
    entities, facts = extract_infobox(document)
    (relation,) = facts_of(facts, "relation")
    assert entity(entities, relation.other).names == (
        ("Ivan Bulat", "name"),
        ("Иван Булат", "native"),
    )


def test_infobox_person_named_twice_is_one_entity() -> None:
    document = build_document(
        [
            "Office: Minister of State Control",
            "Predecessor: Vasily Popov",
            "Term Start1: 6 September 1940",
            "Successor1: Vasily Popov",
        ]
    )
    entities, facts = extract_infobox(document)
    assert len({f.other for f in facts_of(facts, "relation")}) == 1
    assert len(entities) == 2


def test_infobox_untitled_group_continues_the_office_above() -> None:
    document = build_document(
        [
            "Office: Minister of State Control",
            "Term Start: 19 March 1946",
            "Term End: 27 October 1950",
            "Predecessor: Vasily Popov",
            "Term Start1: 6 September 1940",
            "Term End1: 21 June 1941",
            "Successor1: Vasily Popov",
            "Term Start2: 1930",
            "Term End2: 1931",
        ]
    )
    _, facts = extract_infobox(document)
    positions = facts_of(facts, "position")
    assert [(p.value, edtf(p), p.confidence) for p in positions] == [
        ("Minister of State Control", "1946-03-19/1950-10-27", 0.97),
        ("Minister of State Control", "1940-09-06/1941-06-21", 0.9),
        ("Minister of State Control", "1930/1931", 0.75),
    ]
    assert positions[1].source.text == "- Term Start1: 6 September 1940\n- Term End1: 21 June 1941"


def test_infobox_term_with_no_office_anywhere_is_an_untitled_position() -> None:
    document = build_document(["Term Start1: 1924", "Term End1: 1926"])
    _, facts = extract_infobox(document)
    (position,) = facts_of(facts, "position")
    assert (position.value, edtf(position)) == ("office", "1924/1926")
    assert position.confidence < 0.9


def test_infobox_order_is_a_title_only_without_office() -> None:
    document = build_document(["Order: Chairman of the Cheka", "Office1: Director", "Order1: 2nd"])
    _, facts = extract_infobox(document)
    assert [f.value for f in facts_of(facts, "position")] == ["Chairman of the Cheka", "Director"]
    assert [f.value for f in facts_of(facts, "attribute")] == ["Order1: 2nd"]


def test_infobox_unnumbered_premier_far_below_joins_group_zero() -> None:
    document = build_document(
        [
            "Office: Minister of State Control",
            "Term Start: 19 March 1946",
            "Term End: 27 October 1950",
            "Rank: Colonel General",
            "Premier: Joseph Stalin",
        ]
    )
    entities, facts = extract_infobox(document)
    premier = facts_of(facts, "attribute", "Premier: Joseph Stalin")[0]
    assert edtf(premier) == "1946-03-19/1950-10-27"
    assert entity(entities, premier.other).name == "Joseph Stalin"
    assert edtf(facts_of(facts, "attribute", "Rank: Colonel General")[0]) is None


def test_infobox_open_term_end() -> None:
    document = build_document(["Office: Mayor", "Term Start: 1990", "Term End: Incumbent"])
    _, facts = extract_infobox(document)
    assert edtf(facts_of(facts, "position")[0]) == "1990/.."


def test_infobox_birth_date_and_place_lines_give_the_same_fact_twice() -> None:
    document = build_document(
        ["Birth Date: 1891-10-26", "Nationality: Russian", "Birth Place: Saint Petersburg,"]
    )
    entities, facts = extract_infobox(document)
    births = facts_of(facts, "birth")
    assert len(births) == 2
    assert {(f.value, edtf(f), f.place) for f in births} == {
        ("birth", "1891-10-26", "Saint Petersburg")
    }
    assert births[0].source != births[1].source
    assert ("birth_year", "1891") in entities[0].hints
    assert_cited(document, facts)


def test_infobox_old_style_birth_date_keeps_julian() -> None:
    document = build_document(["Birth Date: 12 (24) February 1878"])
    _, facts = extract_infobox(document)
    (birth,) = facts_of(facts, "birth")
    assert birth.date is not None
    assert (birth.date.edtf, birth.date.julian) == ("1878-02-24", "1878-02-12")


def test_infobox_born_line_with_place_after_the_date() -> None:
    document = build_document(["Born: August 17, 1851, Nikolayevka, Taurida Governorate"])
    _, facts = extract_infobox(document)
    (birth,) = facts_of(facts, "birth")
    assert (edtf(birth), birth.place) == ("1851-08-17", "Nikolayevka, Taurida Governorate")


def test_infobox_date_line_without_a_date_is_an_attribute() -> None:
    document = build_document(["Birth Date: (N.S.)", "Birth Place: Aloja"])
    _, facts = extract_infobox(document)
    assert [f.value for f in facts_of(facts, "attribute")] == ["Birth Date: (N.S.)"]
    (birth,) = facts_of(facts, "birth")
    assert (birth.date, birth.place) == (None, "Aloja")


def test_infobox_death_age_remark_is_ignored() -> None:
    document = build_document(["Death Date: 19 December 1954 (aged 46)"])
    _, facts = extract_infobox(document)
    (death,) = facts_of(facts, "death")
    assert (death.value, edtf(death)) == ("death", "1954-12-19")


@pytest.mark.parametrize(
    ("cause", "manner", "attribute"),
    [
        ("Execution", "execution", False),
        ("Execution by firing squad", "execution", True),
        ("Suicide", "suicide", False),
        ("Heart attack", "heart attack", False),
    ],
)
def test_infobox_death_cause_is_the_death_value(cause: str, manner: str, attribute: bool) -> None:
    document = build_document(
        ["Death Date: 1938-02-10", "Death Place: Kommunarka", f"Death Cause: {cause}"]
    )
    _, facts = extract_infobox(document)
    (death,) = facts_of(facts, "death")
    assert (death.value, edtf(death), death.place) == (manner, "1938-02-10", "Kommunarka")
    executions = facts_of(facts, "execution")
    assert len(executions) == (manner == "execution")
    for execution in executions:
        assert (execution.value, edtf(execution), execution.place) == (
            "execution",
            "1938-02-10",
            "Kommunarka",
        )
    assert bool(facts_of(facts, "attribute", f"Death Cause: {cause}")) == attribute
    assert_cited(document, facts)


def test_infobox_resting_place_is_a_burial() -> None:
    document = build_document(["Restingplace: Kremlin Wall Necropolis, Moscow"])
    _, facts = extract_infobox(document)
    (burial,) = facts_of(facts, "burial")
    assert (burial.value, burial.place) == ("burial", "Kremlin Wall Necropolis, Moscow")


def test_infobox_party_periods_become_memberships() -> None:
    document = build_document(
        ["Party: Russian Communist Party (Bolsheviks) (1917–1927), (1928–1938) , CPSU (1918–53)"]
    )
    _, facts = extract_infobox(document)
    assert [(f.value, edtf(f)) for f in facts_of(facts, "membership")] == [
        ("Russian Communist Party (Bolsheviks)", "1917/1927"),
        ("Russian Communist Party (Bolsheviks)", "1928/1938"),
        ("CPSU", "1918/1953"),
    ]


def test_infobox_party_without_period_is_undated() -> None:
    document = build_document(["Otherparty: Left Opposition"])
    _, facts = extract_infobox(document)
    (membership,) = facts_of(facts, "membership")
    assert (membership.value, membership.date) == ("Left Opposition", None)


def test_infobox_spouse_and_children_are_people() -> None:
    document = build_document(
        ["Spouse: Raissa Epstein (m. 1897)", "Children: Tatyana, Natalya", "Children: 3"]
    )
    entities, facts = extract_infobox(document)
    spouse, *children = facts_of(facts, "relation")
    assert (spouse.value, entity(entities, spouse.other).name, edtf(spouse)) == (
        "spouse of",
        "Raissa Epstein",
        "1897/",
    )
    assert [(f.value, entity(entities, f.other).name) for f in children] == [
        ("parent of", "Tatyana"),
        ("parent of", "Natalya"),
    ]
    assert [f.value for f in facts_of(facts, "attribute")] == ["Children: 3"]
    assert_cited(document, facts)


def test_infobox_names_become_aliases() -> None:
    document = build_document(
        [
            "Native Name Lang: ru",
            "Birthname: Lev Zakharovich Mekhlis",
            "Native Name: Лев Мехлис",
            "Pseudonym: Leo, L. Z. M.",
        ],
        name="Lev Mekhlis, Лев Захарович Мехлис",
        title="Lev Mekhlis",
    )
    entities, facts = extract_infobox(document)
    assert [f.value for f in facts_of(facts, "alias")] == [
        "Лев Захарович Мехлис",
        "Lev Zakharovich Mekhlis",
        "Лев Мехлис",
        "Leo",
        "L. Z. M.",
    ]
    assert entities[0].names == (
        ("Lev Mekhlis", "name"),
        ("Лев Захарович Мехлис", "native"),
        ("Lev Zakharovich Mekhlis", "birth"),
        ("Лев Мехлис", "native"),
        ("Leo", "alias"),
        ("L. Z. M.", "alias"),
    )
    assert [f.value for f in facts_of(facts, "attribute")] == ["Native Name Lang: ru"]
    assert facts_of(facts, "alias")[0].source.text == "Lev Mekhlis, Лев Захарович Мехлис"


def test_infobox_subject_name_falls_back_to_the_name_line() -> None:
    document = build_document(["Born: 1891"], name="Georgy Safarov, Георгий Сафаров")
    document = dataclasses.replace(document, subject=None)
    entities, facts = extract_infobox(document)
    assert entities[0].name == "Georgy Safarov"
    assert [f.value for f in facts_of(facts, "alias")] == ["Георгий Сафаров"]


def test_infobox_education_and_occupation_lists_are_split() -> None:
    document = build_document(
        [
            "Alma Mater: Vladimir Military Institute, Nikolaevsk Combat Engineer Institute",
            "Education: Moscow State University, Moscow",
            "Occupation: Politician, Political commissar, Chief editor",
        ]
    )
    _, facts = extract_infobox(document)
    assert [f.value for f in facts_of(facts, "education")] == [
        "Vladimir Military Institute",
        "Nikolaevsk Combat Engineer Institute",
        "Moscow State University, Moscow",
    ]
    assert [f.value for f in facts_of(facts, "occupation")] == [
        "Politician",
        "Political commissar",
        "Chief editor",
    ]


def test_infobox_unknown_keys_are_attributes_verbatim() -> None:
    document = build_document(
        [
            "Office2: Head of SMERSH",
            "Termstart2: 14 April 1943",
            "Alongside2x: something",
            "Image3: Photo.jpg",
            "Allegiance: , (1911–1917) , , (1918–1920)",
            "Empty: ",
        ]
    )
    _, facts = extract_infobox(document)
    assert [(f.value, edtf(f)) for f in facts_of(facts, "attribute")] == [
        ("Alongside2x: something", None),
        ("Image3: Photo.jpg", None),
        ("Allegiance: , (1911–1917) , , (1918–1920)", None),
        ("Empty:", None),
    ]
    assert_cited(document, facts)


def test_infobox_numbered_unknown_key_keeps_its_office_date() -> None:
    document = build_document(["Office2: Head of SMERSH", "Termstart2: 1943", "Majority2: 5,000"])
    _, facts = extract_infobox(document)
    (attribute,) = facts_of(facts, "attribute")
    assert (attribute.value, edtf(attribute)) == ("Majority2: 5,000", "1943/")


_KEYS = st.sampled_from(
    [
        "Office",
        "Office1",
        "Order2",
        "Term Start1",
        "Termend2",
        "Predecessor1",
        "Successor",
        "Premier3",
        "Born",
        "Birth Place",
        "Died",
        "Death Cause",
        "Party",
        "Spouse",
        "Children",
        "Alma Mater",
        "Occupation",
        "Birth Name",
        "Native Name",
        "Resting Place",
        "Foo7",
        "Bar",
    ]
)
_VALUES = st.text(alphabet=st.sampled_from("abAB ,()–-|19x.Жж"), min_size=0, max_size=30).map(
    str.strip
)


@given(st.lists(st.tuples(_KEYS, _VALUES), min_size=1, max_size=12))
def test_infobox_every_line_is_cited_whatever_it_holds(rows: list[tuple[str, str]]) -> None:
    document = build_document([f"{key}: {value}" for key, value in rows])
    entities, facts = extract_infobox(document)
    assert_cited(document, facts)
    keys = {e.key for e in entities}
    assert all(f.other is None or f.other in keys for f in facts)
    assert len(keys) == len(entities)


def test_infobox_died_line_with_age_and_place() -> None:
    document = build_document(["Died: 10 February 1938 (aged 46) Moscow, Soviet Union"])
    _, facts = extract_infobox(document)
    (death,) = facts_of(facts, "death")
    assert (edtf(death), death.place) == ("1938-02-10", "Moscow, Soviet Union")


def test_infobox_term_date_with_trailing_remark() -> None:
    document = build_document(["Office: Mayor", "Term Start: 5 May 1920 (acting)"])
    _, facts = extract_infobox(document)
    (position,) = facts_of(facts, "position")
    assert edtf(position) == "1920-05-05/"
    assert position.date is not None
    assert position.date.text == "5 May 1920 (acting)"


def test_infobox_name_key_equal_to_the_display_name_is_kept_as_attribute() -> None:
    document = build_document(["Name: Ivan Petrov", "Other Names: Vanya"])
    entities, facts = extract_infobox(document)
    assert [(f.type, f.value) for f in facts] == [
        ("alias", "Vanya"),
        ("attribute", "Name: Ivan Petrov"),
    ]
    assert entities[0].names == (("Ivan Petrov", "name"), ("Vanya", "alias"))


def test_infobox_residence_and_penalty_have_their_own_types() -> None:
    document = build_document(["Residence: Moscow, Soviet Union", "Criminal Penalty: Death"])
    _, facts = extract_infobox(document)
    assert [(f.type, f.value, f.place) for f in facts] == [
        ("residence", "residence", "Moscow, Soviet Union"),
        ("sentence", "death", None),
    ]


def test_infobox_semicolons_separate_list_items() -> None:
    document = build_document(["Party: CPSU (1918–1991); Independent"])
    _, facts = extract_infobox(document)
    assert [(f.value, edtf(f)) for f in facts_of(facts, "membership")] == [
        ("CPSU", "1918/1991"),
        ("Independent", None),
    ]


def test_infobox_text_with_no_subject_gives_nothing() -> None:
    document = dataclasses.replace(build_document([], name=None), subject=None)
    assert extract_infobox(document) == ([], [])


def test_infobox_without_stated_subject_is_about_the_title() -> None:
    document = dataclasses.replace(
        build_document(["Born: 1891"], name=None, title="Ivan Petrov (chemist)"), subject=None
    )
    entities, facts = extract_infobox(document)
    assert entities[0].name == "Ivan Petrov"
    assert [f.type for f in facts] == ["birth"]
