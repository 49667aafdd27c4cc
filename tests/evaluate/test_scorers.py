"""The two scorers on small hand-made inputs with a stub extractor (no model)."""

from __future__ import annotations

import json
from pathlib import Path

from prosograph.evaluate import evaluate_dev, evaluate_seeds
from prosograph.models import DateValue, Document, Entity, Extraction, Factoid, Source


def _fact(document: Document, type_: str, value: str, sentence: str, **kw: object) -> Factoid:
    start = document.text.index(sentence)
    source = Source(document.id, start, start + len(sentence), sentence, "pattern")
    return Factoid(type_, value, str(kw.pop("subject", "subject")), source, **kw)  # type: ignore[arg-type]


def _date(edtf: str) -> DateValue:
    return DateValue(edtf, None, None, edtf)


def test_scorers_seeds_recall_needs_the_sentence_and_lists_unsupported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = (
        "= Ivan Petrov =\n\nIvan Petrov joined the Communist Party in 1918. "
        "He was appointed Chairman of the Tula Soviet in 1920.\n"
    )
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    gold = {
        "facts": [
            {
                "doc": "a.txt",
                "person": "Ivan Petrov",
                "type": "membership",
                "value": "Communist Party",
                "date": "1918/",
                "place": None,
                "sentence": "joined the Communist Party in 1918",
                "tier": "core",
            },
            {
                "doc": "a.txt",
                "person": "Ivan Petrov",
                "type": "position",
                "value": "Chairman of the Tula Soviet",
                "date": "1920/",
                "place": None,
                "sentence": "appointed Chairman of the Tula Soviet",
                "tier": "core",
            },
            {
                "doc": "a.txt",
                "person": "Ivan Petrov",
                "type": "arrest",
                "value": "arrest",
                "date": None,
                "place": None,
                "sentence": "x",
                "tier": "events",
            },
        ],
        "not_facts": [],
    }
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")

    def extract(document: Document) -> Extraction:
        first = "Ivan Petrov joined the Communist Party in 1918."
        second = "He was appointed Chairman of the Tula Soviet in 1920."
        facts = [
            _fact(document, "membership", "Communist Party", first, date=_date("1918/")),
            # right fact, wrong sentence: not found with its sentence, still supported
            _fact(document, "position", "Chairman of the Tula Soviet", first),
            _fact(document, "position", "Chairman of the Oryol Soviet", second),
        ]
        return Extraction(
            document, entities=[Entity("subject", "Ivan Petrov", is_subject=True)], facts=facts
        )

    report = evaluate_seeds(gold_path, seeds, extract=extract)
    assert report.types == ("membership", "position")
    assert report.found == {"membership": 1}
    assert report.required == {"membership": 1, "position": 1}
    assert [p.value for p, _ in report.unsupported] == ["Chairman of the Oryol Soviet"]


def test_scorers_dev_counts_only_what_the_prose_states(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    (dev / "prose").mkdir(parents=True)
    text = "= Ivan Petrov =\n\nIvan Petrov (1 May 1890 – 2 June 1940) was born in Tula.\n"
    (dev / "prose" / "ivan-petrov.txt").write_text(text, encoding="utf-8")
    record = {
        "file": "ivan-petrov.txt",
        "birth": {"date": {"raw": "1890-05-01", "iso": "1890-05-01"}, "place": "Tula, Russia"},
        # the infobox gives another death day than the prose: not counted, not judged
        "death": {"date": {"raw": "1940-06-03", "iso": "1940-06-03"}, "place": None},
        "positions": [],
        "party": [],
    }
    (dev / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")

    def extract(document: Document) -> Extraction:
        sentence = "Ivan Petrov (1 May 1890 – 2 June 1940) was born in Tula."
        facts = [
            _fact(document, "birth", "birth", sentence, date=_date("1890-05-01"), place="Tula"),
            _fact(document, "death", "death", sentence, date=_date("1940-06-02")),
        ]
        return Extraction(
            document, entities=[Entity("subject", "Ivan Petrov", is_subject=True)], facts=facts
        )

    report = evaluate_dev(dev, extract=extract)
    birth, death = report.fields["birth_date"], report.fields["death_date"]
    assert (birth.gold, birth.found, birth.judged, birth.correct) == (1, 1, 1, 1)
    assert (death.gold, death.judged) == (0, 0)
    assert report.fields["birth_place"].recall == 1.0
    assert report.as_dict()["fields"]["birth_date"]["precision"] == 1.0
