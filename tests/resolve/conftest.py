"""Fixtures for the resolution tests: mention records modelled on the seed texts.

The records are hand-built, as the extract step would produce them, so the tests check the
resolution rules and not the extractor.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prosograph.resolve import MentionRecord

MentionFactory = Callable[..., MentionRecord]


def make_mention(record_id: str, name: str, **fields: object) -> MentionRecord:
    """A record with id ``<document>#<key>``; the document is the part before ``#``."""
    document = record_id.split("#", 1)[0]
    return MentionRecord(id=record_id, document=document, name=name, **fields)  # type: ignore[arg-type]


@pytest.fixture
def mention() -> MentionFactory:
    """Build a MentionRecord: ``mention("doc#key", "Name", is_subject=True, ...)``."""
    return make_mention


SEED_MENTIONS: tuple[MentionRecord, ...] = (
    # An article about Beloborodov (seeds/000): infobox, native name, surname-only references.
    make_mention(
        "000#subject",
        "Alexander Beloborodov",
        names=(
            ("Alexander Georgiyevich Beloborodov", "alias"),
            ("Алекса́ндр Гео́ргиевич Белоборо́дов", "native"),
        ),
        is_subject=True,
        birth_year=1891,
        death_year=1938,
        roles=("People's Commissar for Internal Affairs",),
        context=("Felix Dzerzhinsky", "Vladimir Tolmachyov", "Filipp Goloshchekin"),
    ),
    make_mention("000#p1", "Vladimir Tolmachyov", context=("Alexander Beloborodov",)),
    make_mention("000#p2", "Filipp Goloshchekin", context=("Alexander Beloborodov",)),
    make_mention("000#p3", "Tolmachyov"),
    make_mention("000#p4", "Beloborodov"),
    make_mention("000#p5", "Nicholas II"),
    make_mention("000#p6", "Grand Duke Michael"),
    # A sentence collection (seeds/001) with its list of signatories by initials.
    make_mention("001#subject", "Alexander Beloborodov", is_subject=True),
    make_mention("001#p1", "N. G. Tolmachyov"),
    make_mention("001#p2", "A. G. Beloborodov", roles=("Chairman",)),
    make_mention("001#p3", "G. I. Safarov"),
    make_mention("001#p4", "F. I. Goloshchekin"),
    make_mention("001#p5", "Filipp Goloshchyokin"),
    make_mention("001#p6", "Emperor Nicholas II"),
    # Safarov's article (corpus/dev): the native name in the name line.
    make_mention(
        "safarov#subject",
        "Georgy Safarov",
        names=(("Георгий Сафаров", "native"), ("Georgy Ivanovich Safarov", "alias")),
        is_subject=True,
        birth_year=1891,
        death_year=1942,
    ),
    # Kedrov's article: the subject, his son, and references by surname and initials.
    make_mention(
        "kedrov#subject",
        "Mikhail Kedrov",
        names=(("Mikhail Sergeyevich Kedrov", "alias"), ("Михаи́л Сергеевич Кедров", "native")),
        is_subject=True,
        birth_year=1878,
        death_year=1941,
    ),
    make_mention("kedrov#p1", "Igor Kedrov"),
    make_mention("kedrov#p2", "Kedrov"),
    make_mention("kedrov#p3", "M. S. Kedrov"),
)


@pytest.fixture(scope="session")
def seed_mentions() -> tuple[MentionRecord, ...]:
    """Mention records of the seeds and two dev articles (see SEED_MENTIONS). Session-scoped
    (and immutable) so that hypothesis tests may use it."""
    return SEED_MENTIONS
