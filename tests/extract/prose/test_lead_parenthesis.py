"""The lead's parenthesis: names, birth name and life dates (pure functions)."""

from __future__ import annotations

from prosograph.extract.prose.lead import _parenthesis, read_parenthesis


def _lead(sentence: str, display: str):  # type: ignore[no-untyped-def]
    found = _parenthesis(sentence)
    assert found is not None
    return read_parenthesis(found[0], found[1], display)


def test_lead_parenthesis_gives_full_native_name_and_glued_dates() -> None:
    lead = _lead(
        "Alexander Georgiyevich Beloborodov (Алекса́ндр Гео́ргиевич Белоборо́дов; "
        "26 October 189110 February 1938) was a Russian Bolshevik.",
        "Alexander Beloborodov",
    )
    assert lead.names == [
        ("Alexander Georgiyevich Beloborodov", "alias"),
        ("Алекса́ндр Гео́ргиевич Белоборо́дов", "native"),
    ]
    assert lead.birth is not None and lead.birth.edtf == "1891-10-26"
    assert lead.death is not None and lead.death.edtf == "1938-02-10"


def test_lead_parenthesis_reads_a_birth_name_and_other_romanisations() -> None:
    lead = _lead(
        "Martin Ivanovich Latsis (Мартын Иванович Лацис; Mārtiņš Lācis; born Jānis Sudrabs; "
        "December 14, 1888 – February 11, 1938) was a Latvian Bolshevik.",
        "Martin Latsis",
    )
    assert ("Jānis Sudrabs", "birth") in lead.names
    assert ("Mārtiņš Lācis", "alias") in lead.names
    assert lead.birth is not None and lead.birth.edtf == "1888-12-14"


def test_lead_parenthesis_keeps_the_julian_date() -> None:
    lead = _lead(
        "Mikhail Sergeyevich Kedrov (Russian: Михаи́л Сергеевич Кедров; 24 February "
        "[<nowiki/>O.S. 12 February] 1878 – 28 October 1941) was a Russian politician.",
        "Mikhail Kedrov",
    )
    assert ("Михаи́л Сергеевич Кедров", "native") in lead.names
    assert lead.birth is not None
    assert (lead.birth.edtf, lead.birth.julian) == ("1878-02-24", "1878-02-12")


def test_lead_parenthesis_starting_inside_the_bracket() -> None:
    lead = _lead("12 February] 1878 – 28 October 1941) was a Russian politician.", "Mikhail Kedrov")
    assert lead.birth is not None and lead.birth.julian == "1878-02-12"
    assert lead.death is not None and lead.death.edtf == "1941-10-28"


def test_lead_parenthesis_skips_pronunciation_and_empty_dates() -> None:
    lead = _lead(
        "Alfred Adler (/ˈædlər/ AD-lər; /de-AT/; 7 February 1870 – 28 May 1937) was a doctor.",
        "Alfred Adler",
    )
    assert lead.names == []
    empty = _lead(
        "Andrei Zhelyabov (Желябов, Андрей Иванович; – ) was a revolutionary.", "Andrei Zhelyabov"
    )
    assert empty.birth is None and empty.death is None
    assert empty.names == [("Желябов, Андрей Иванович", "native")]


def test_lead_parenthesis_reads_several_groups() -> None:
    lead = _lead(
        "Georgy Ivanovich Safarov (Георгий Иванович Сафаров) (1891 – 27 July 1942) was a "
        "Bolshevik.",
        "Georgy Safarov",
    )
    assert lead.birth is not None and lead.birth.edtf == "1891"
    assert lead.death is not None and lead.death.edtf == "1942-07-27"
