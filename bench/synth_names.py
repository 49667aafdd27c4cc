"""Seeded generator of synthetic person mentions, with the truth, for the resolution benchmark.

A population of people with Russian-style names (given name, patronymic from the father's
given name, surname; women take the feminine patronymic and surname), life dates, position
titles and a circle of 25 contemporaries is rendered as documents shaped like the corpus:
each document has one subject mention carrying the full name, native forms and life dates,
plus mentions of other people that carry less. The people a document names are mostly
from the subject's circle (70%), else prominent contemporaries (20%) or prominent people of
any time (10%), plus sometimes the subject's parent or child. Subjects and passing
mentions are drawn by a long-tailed prominence, so a few people are named in hundreds of
documents and many in one or two.

Variations the generator makes (modelled on ``shared/seeds`` and ``shared/corpus/dev``):

- **Romanisation systems**: each document romanises with one of Wikipedia (Goloshchyokin,
  Georgy, Yakov, -sky), ICAO Doc 9303 (Goloshchekin, Georgii, Iakov, -skii), BGN/PCGN
  (Georgiy, Vorob'yev, -skiy) or ALA-LC with its diacritics dropped (Georgii, Iakov, Il'ia).
- **ё as yo, e or ё**: Tolmachyov / Tolmachev / Толмачёв; Cyrillic forms spell ё as е in half
  of the documents.
- **Anglicised given names** in about 30% of the documents (Alexander, Michael, Nicholas,
  Peter, Joseph, Jacob, Theodore...).
- **Cyrillic native names**, with stress marks (``Алекса́ндр``) in half of the documents: the
  subject's ``native`` form, 5% of other mentions in full Cyrillic, and 15% of other
  mentions with a Cyrillic ``native`` form beside the Latin one.
- **Full name with patronymic**: the subject's ``alias`` in 70% of documents; 10% of other
  mentions (``Alexander Georgiyevich Beloborodov``).
- **Initials**: 20% of other mentions give both initials (``A. G. Beloborodov``), 15% the
  given-name initial only (``A. Beloborodov``); Я, Ю, Ж, Х, Ч and Ш become two-letter
  initials (``Ya.``, ``Zh.``) half the time.
- **Surname-only mentions** as separate records of the same document (``Beloborodov``): for
  the subject in half of the documents, for another person in 30%, and only where no one
  else in the document has that surname (or the person is the subject), as writers do.
- **No short form shared inside a document**: an initial form or a name without patronymic
  that would fit another person of the same document (the subject's son, a namesake
  colleague) is written with the patronymic instead; a writer does not call two people of one
  text "A. A. Podvoisky". Across documents short forms stay as ambiguous as they come.
- **-sky / -skiy / -skii, -aya / -aia, soft signs** (Zinov'ev / Zinovyev / Zinoviev) from
  the romanisation systems; surnames in -ov, -ev, -in, -sky, -yov, -enko, -ovich and -ykh.
- **Birth names**: 3% of people have one (a rarer surname, a given name of their sex), given
  as the subject's ``birth`` form; 30% of other mentions of them use it.
- **Shared surnames**: surnames follow a long-tailed frequency, so the commonest is borne by
  about 75 of 33,000 people; given names are long-tailed too. 12% (20,000 mentions) to 17%
  (200,000) of the people share given name and surname with someone else.
- **Homonyms**: 2% of people repeat another person's full name, patronymic included, with
  life dates 15 to 40 years apart.
- **Families**: 8% of people are a child of an earlier person: same surname, patronymic from
  the parent's given name, born 20 to 35 years later (Mikhail and Igor Kedrov).
- **Life dates**: subject records give birth and death years, missing in 5% / 10% of the
  documents and one year off in 5% (Old Style and sources that disagree).
- **Roles and context**: subject records carry the person's position titles, 10% of other
  mentions one of them; every record lists the other people of its document.
"""

from __future__ import annotations

import bisect
import itertools
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import iuliia
from anyascii import anyascii

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from prosograph.resolve.records import MentionRecord


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


#: Male given name -> (masculine patronymic, feminine patronymic).
_MALE: dict[str, tuple[str, str]] = {
    "Александр": ("Александрович", "Александровна"),
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Анатолий": ("Анатольевич", "Анатольевна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Аркадий": ("Аркадьевич", "Аркадьевна"),
    "Борис": ("Борисович", "Борисовна"),
    "Василий": ("Васильевич", "Васильевна"),
    "Виктор": ("Викторович", "Викторовна"),
    "Владимир": ("Владимирович", "Владимировна"),
    "Вячеслав": ("Вячеславович", "Вячеславовна"),
    "Георгий": ("Георгиевич", "Георгиевна"),
    "Григорий": ("Григорьевич", "Григорьевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Емельян": ("Емельянович", "Емельяновна"),
    "Иван": ("Иванович", "Ивановна"),
    "Игорь": ("Игоревич", "Игоревна"),
    "Илья": ("Ильич", "Ильинична"),
    "Иосиф": ("Иосифович", "Иосифовна"),
    "Кирилл": ("Кириллович", "Кирилловна"),
    "Климент": ("Климентович", "Климентовна"),
    "Константин": ("Константинович", "Константиновна"),
    "Лаврентий": ("Лаврентьевич", "Лаврентьевна"),
    "Лев": ("Львович", "Львовна"),
    "Леонид": ("Леонидович", "Леонидовна"),
    "Максим": ("Максимович", "Максимовна"),
    "Матвей": ("Матвеевич", "Матвеевна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Николай": ("Николаевич", "Николаевна"),
    "Павел": ("Павлович", "Павловна"),
    "Пётр": ("Петрович", "Петровна"),
    "Семён": ("Семёнович", "Семёновна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Степан": ("Степанович", "Степановна"),
    "Тимофей": ("Тимофеевич", "Тимофеевна"),
    "Фёдор": ("Фёдорович", "Фёдоровна"),
    "Феликс": ("Феликсович", "Феликсовна"),
    "Филипп": ("Филиппович", "Филипповна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
    "Яков": ("Яковлевич", "Яковлевна"),
    "Ян": ("Янович", "Яновна"),
    "Авель": ("Авелевич", "Авелевна"),
    "Валериан": ("Валерианович", "Валериановна"),
    "Вадим": ("Вадимович", "Вадимовна"),
    "Егор": ("Егорович", "Егоровна"),
}
_FEMALE = _words(
    "Александра Анна Вера Екатерина Елена Мария Надежда Ольга Софья Татьяна Юлия Наталья "
    "Лариса Евгения Зинаида Клавдия Людмила Полина"
)
_ENGLISH = {
    "Александр": "Alexander",
    "Михаил": "Michael",
    "Николай": "Nicholas",
    "Павел": "Paul",
    "Иосиф": "Joseph",
    "Григорий": "Gregory",
    "Георгий": "George",
    "Алексей": "Alexis",
    "Лев": "Leo",
    "Евгений": "Eugene",
    "Василий": "Basil",
    "Яков": "Jacob",
    "Андрей": "Andrew",
    "Пётр": "Peter",
    "Фёдор": "Theodore",
    "Степан": "Stephen",
    "Филипп": "Philip",
    "Константин": "Constantine",
    "Семён": "Simon",
    "Матвей": "Matthew",
    "Феликс": "Felix",
    "Екатерина": "Catherine",
    "Елена": "Helen",
    "Мария": "Mary",
}
#: Surname stems that take -ov, -in, -sky or -ev.
_STEMS = _words(
    "Абакум Андроп Антон Белобород Берез Богдан Бубн Вавил Ворошил Воронц Ждан Жук Желяб "
    "Загор Зин Иван Камен Кедр Кирилл Клим Козл Котл Крыл Кузнец Лапш Лебед Лит Лун Мак "
    "Медвед Мил Мороз Нос Орл Пав Петр Покр Поп Пятак Рад Рык Сафар Свердл Смирн Сокол "
    "Степан Сыр Тар Троиц Тух Угл Фед Фрол Хлеб Цыган Черн Чуб Шапошник Щерб Юр Яковл "
    "Ягод Бухар Серебр Преображен Рак Осин Сапрон Мрачк Мурал Будён Тимош Кон Рокосс Ватут "
    "Толбух Малин Баграм Ерём Говор Греч Егор Тухач Подвой Дзержин Калин Молот Ежов Луначар "
    "Мех Латс Смилг Абрам Богор Волод Глеб Дан Дем Жар Зуб Карп Лавр Маслен Наум Обух"
)
#: Stems ending in a hushing consonant or a soft sign: they take -ёв (Tolmachyov / Tolmachev).
_YO_STEMS = _words("Толмач Хрущ Пугач Горбач Лихач Ткач Богач Калач Усач Воробь Соловь Муравь")
#: Whole surnames with ё or a soft sign inside.
_WHOLE = _words("Голощёкин Семёнов Новосёлов Королёв Зиновьев Григорьев Афанасьев Васильев")
_ENDINGS = (
    ("ов", "ова"),
    ("ин", "ина"),
    ("ский", "ская"),
    ("ев", "ева"),
    ("енко", "енко"),
    ("ович", "ович"),
    ("ых", "ых"),
)
_PREFIXES = _words(
    "Ново Старо Бело Черно Подо Заго Пере Верхо Криво Добро Благо Велико Мало Сухо Остро "
    "Красно Бого Долго Желто Зелено Косо Крепко Ломо Медно Мягко Толсто Тонко Чисто Широко "
    "Шумо Ясно Водо Железно Каменно"
)
_ROLES = (
    "People's Commissar for Internal Affairs",
    "Chairman of the Cheka",
    "Member of the Orgburo",
    "Candidate member of the Politburo",
    "Secretary of the Central Committee",
    "Chairman of the Ural Soviet",
    "People's Commissar for Finance",
    "People's Commissar for Defence",
    "Chairman of the Sovnarkom",
    "Head of the Military Section of the Cheka",
    "Ambassador to Germany",
    "Ambassador to France",
    "Editor of Pravda",
    "First Secretary of the Moscow Committee",
    "Chairman of Gosplan",
    "Commander of the Eastern Front",
    "Commander of the Southern Front",
    "Member of the Revolutionary Military Council",
    "People's Commissar for Education",
    "People's Commissar for Justice",
    "Procurator General",
    "Head of the NKVD Directorate",
    "Chairman of the Trade Unions",
    "Secretary of the Komsomol",
    "Director of the Plekhanov Institute",
    "Rector of Moscow University",
    "Chief of the General Staff",
    "Commissar of the Baltic Fleet",
    "Chairman of the Petrograd Soviet",
    "Member of the Left Opposition",
)
_SCHEMES = (
    (iuliia.WIKIPEDIA, 0.45),
    (iuliia.ICAO_DOC_9303, 0.20),
    (iuliia.BGN_PCGN, 0.15),
    (iuliia.ALA_LC, 0.20),
)
_DIGRAPH_INITIALS = frozenset("ЯЮЖХЧШ")
_VOWELS = "аеёиоуыэюяАЕЁИОУЫЭЮЯ"
_STRESS = "\u0301"


@dataclass(frozen=True, slots=True)
class Person:
    """One synthetic person, names in Cyrillic; ``family`` is the (masculine, feminine)
    surname pair their children inherit."""

    index: int
    given: str
    patronymic: str
    surname: str
    family: tuple[str, str]
    birth: int
    death: int
    roles: tuple[str, ...]
    circle: int
    birth_name: tuple[str, str] | None = None
    parent: int | None = None


@lru_cache(maxsize=1 << 16)
def _romanise(text: str, scheme_index: int) -> str:
    scheme = _SCHEMES[scheme_index][0]
    # ALA-LC marks (ĭ, i͡a) are dropped as English typesetting usually does.
    return anyascii(scheme.translate(text))


def _stress(rng: random.Random, word: str) -> str:
    positions = [i for i, ch in enumerate(word) if ch in _VOWELS]
    if len(positions) < 2:
        return word
    at = rng.choice(positions)
    return word[: at + 1] + _STRESS + word[at + 1 :]


def _surname_pool(rng: random.Random, size: int) -> list[tuple[str, str]]:
    """``size`` (masculine, feminine) surnames; plain ones first, so they are the common
    ones, then prefixed inventions (Novotolmachyov) to keep the pool growing with the
    population."""

    def forms(stem: str, yo: bool) -> list[tuple[str, str]]:
        if yo:
            return [(stem + "ёв", stem + "ёва")]
        return [(stem + masc, stem + fem) for masc, fem in _ENDINGS]

    stems = [(stem, False) for stem in _STEMS] + [(stem, True) for stem in _YO_STEMS]
    plain = [(whole, whole + "а") for whole in _WHOLE]
    plain += [pair for stem, yo in stems for pair in forms(stem, yo)]
    rng.shuffle(plain)
    invented = [
        pair
        for prefix in _PREFIXES
        for stem, yo in stems
        for pair in forms(prefix + stem.lower(), yo)
    ]
    rng.shuffle(invented)
    return (plain + invented)[:size]


def _weights(count: int, exponent: float, offset: float) -> list[float]:
    return list(itertools.accumulate((rank + offset) ** -exponent for rank in range(count)))


def _draw(rng: random.Random, cumulative: list[float]) -> int:
    return bisect.bisect_left(cumulative, rng.random() * cumulative[-1])


def make_people(rng: random.Random, count: int) -> list[Person]:
    """The population: names, dates, roles, circles, homonyms, families, birth names."""
    surnames = _surname_pool(rng, max(200, count))
    surname_weights = _weights(len(surnames), 0.7, 20.0)
    males = list(_MALE)
    male_weights = _weights(len(males), 1.0, 3.0)
    female_weights = _weights(len(_FEMALE), 1.0, 3.0)
    people: list[Person] = []
    for index in range(count):
        circle = index // 25
        roles = tuple(rng.sample(_ROLES, rng.randint(1, 3)))
        roll = rng.random()
        elders = [p for p in people[-24:] if p.circle == circle and p.given in _MALE]
        if 0.08 <= roll < 0.10 and people:
            # A homonym: another person's full name, another generation, another circle.
            model = people[rng.randrange(len(people))]
            birth = model.birth + rng.choice((-1, 1)) * rng.randint(15, 40)
            people.append(
                Person(
                    index,
                    model.given,
                    model.patronymic,
                    model.surname,
                    model.family,
                    birth,
                    birth + rng.randint(25, 80),
                    roles,
                    circle,
                )
            )
            continue
        female = rng.random() < 0.15
        parent_index = None
        if roll < 0.08 and elders:
            parent = rng.choice(elders)
            father, family, parent_index = parent.given, parent.family, parent.index
            birth = parent.birth + rng.randint(20, 35)
        else:
            father = males[_draw(rng, male_weights)]
            family = surnames[_draw(rng, surname_weights)]
            birth = rng.randint(1850, 1915)
        given = _FEMALE[_draw(rng, female_weights)] if female else males[_draw(rng, male_weights)]
        birth_name = None
        if rng.random() < 0.03:
            # Birth names are rarer spellings: a surname from the tail of the pool, a given
            # name of the same sex.
            rare = surnames[rng.randrange(len(surnames) // 2, len(surnames))]
            birth_given = rng.choice(_FEMALE) if female else rng.choice(males)
            birth_name = (birth_given, rare[1 if female else 0])
        people.append(
            Person(
                index,
                given,
                _MALE[father][1 if female else 0],
                family[1 if female else 0],
                family,
                birth,
                min(1990, birth + rng.randint(20, 85)),
                roles,
                circle,
                birth_name,
                parent_index,
            )
        )
    return _cohorts(people)


def _cohorts(people: list[Person]) -> list[Person]:
    """Re-draw the circles as cohorts of 25 people born about the same time: colleagues are
    contemporaries, which is what lets a biography's other people tell namesakes apart."""
    order = sorted(range(len(people)), key=lambda index: (people[index].birth, index))
    circle = {index: rank // 25 for rank, index in enumerate(order)}
    return [replace(person, circle=circle[person.index]) for person in people]


class _Renderer:
    """Name forms of one document: one romanisation, maybe anglicised given names."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.scheme = _draw(rng, list(itertools.accumulate(w for _, w in _SCHEMES)))
        self.english = rng.random() < 0.3
        self.stress = rng.random() < 0.5
        self.yo_as_e = rng.random() < 0.5

    def latin(self, word: str) -> str:
        return _romanise(word, self.scheme)

    def given(self, word: str) -> str:
        if self.english and word in _ENGLISH:
            return _ENGLISH[word]
        return self.latin(word)

    def initial(self, word: str) -> str:
        if word[0] in _DIGRAPH_INITIALS and self.rng.random() < 0.5:
            return self.latin(word[0]).capitalize() + "."
        return self.latin(word)[0].upper() + "."

    def cyrillic(self, *words: str) -> str:
        if self.yo_as_e:
            words = tuple(word.replace("ё", "е").replace("Ё", "Е") for word in words)
        if self.stress:
            words = tuple(_stress(self.rng, word) for word in words)
        return " ".join(words)

    def full(self, person: Person) -> str:
        return f"{self.given(person.given)} {self.latin(person.surname)}"

    def with_patronymic(self, person: Person) -> str:
        return (
            f"{self.given(person.given)} {self.latin(person.patronymic)} "
            f"{self.latin(person.surname)}"
        )

    def other_mention(
        self, person: Person, company: Sequence[Person] = ()
    ) -> tuple[str, tuple[tuple[str, str], ...]]:
        """How a document names someone who is not its subject: usually less than in full.

        A short form that would fit someone else of the same document (``company``: the
        subject and the other people named) is written with the patronymic instead, as a
        writer who names both Aleksei and Anatoly Podvoisky does not call either
        "A. A. Podvoisky"; the bare surname follows the same rule in :func:`_document`.
        """
        roll = self.rng.random()
        if person.birth_name is not None and self.rng.random() < 0.3:
            given, surname = person.birth_name
            return f"{self.given(given)} {self.latin(surname)}", ()
        if roll < 0.35:
            text, extra, level = self.full(person), (), "given"
        elif roll < 0.45:
            return self.with_patronymic(person), ()
        elif roll < 0.65:
            initials = f"{self.initial(person.given)} {self.initial(person.patronymic)}"
            text, extra, level = f"{initials} {self.latin(person.surname)}", (), "initials"
        elif roll < 0.80:
            text, extra = f"{self.initial(person.given)} {self.latin(person.surname)}", ()
            level = "initial"
        elif roll < 0.85:
            native = self.cyrillic(person.given, person.patronymic, person.surname)
            return native, ()
        else:
            native = self.cyrillic(person.given, person.surname)
            text, extra, level = self.full(person), ((native, "native"),), "given"
        if any(_confusable(person, other, level) for other in company if other is not person):
            return self.with_patronymic(person), ()
        return text, extra


def _confusable(person: Person, other: Person, level: str) -> bool:
    """True when a name form at ``level`` (``given``: given name and surname; ``initials``:
    both initials and surname; ``initial``: one initial and surname) fits both people."""
    if person.surname != other.surname:
        return False
    if level == "given":
        return person.given == other.given
    if person.given[0] != other.given[0]:
        return False
    return level == "initial" or person.patronymic[0] == other.patronymic[0]


def generate(n_mentions: int, *, seed: int = 0) -> tuple[list[MentionRecord], list[int]]:
    """About ``n_mentions`` records and, for each, the index of the person it names."""
    rng = random.Random(seed)
    people = make_people(rng, max(50, n_mentions // 6))
    prominence = list(itertools.accumulate(rng.paretovariate(1.5) for _ in people))
    world = _World(people, prominence)
    records: list[MentionRecord] = []
    truth: list[int] = []
    document = 0
    while len(records) < n_mentions:
        document += 1
        doc_records, doc_truth = _document(rng, world, f"d{document:07d}")
        records.extend(doc_records)
        truth.extend(doc_truth)
    return records[:n_mentions], truth[:n_mentions]


@dataclass(slots=True)
class _World:
    """The population with what documents draw on: prominence, circles, children."""

    people: list[Person]
    prominence: list[float]
    circles: dict[int, list[Person]] = field(default_factory=dict)
    children: dict[int, list[Person]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for person in self.people:
            self.circles.setdefault(person.circle, []).append(person)
            if person.parent is not None:
                self.children.setdefault(person.parent, []).append(person)

    def prominent(self, rng: random.Random) -> Person:
        return self.people[_draw(rng, self.prominence)]

    def contemporary(self, rng: random.Random, subject: Person) -> Person:
        """A prominent person whose life overlapped the subject's (a few tries)."""
        pick = self.prominent(rng)
        for _ in range(5):
            if pick.birth <= subject.death and pick.death >= subject.birth:
                break
            pick = self.prominent(rng)
        return pick


def _cast(rng: random.Random, world: _World, subject: Person) -> list[Person]:
    """The other people of a document: mostly the subject's circle, then prominent
    contemporaries, a few prominent people of any time, and sometimes a parent or child."""
    cast: list[Person] = []
    picks: list[Person] = []
    for _ in range(rng.randint(1, 6)):
        roll = rng.random()
        if roll < 0.70:
            picks.append(rng.choice(world.circles[subject.circle]))
        elif roll < 0.90:
            picks.append(world.contemporary(rng, subject))
        else:
            picks.append(world.prominent(rng))
    family = world.children.get(subject.index, [])
    if subject.parent is not None:
        family = [*family, world.people[subject.parent]]
    if family and rng.random() < 0.5:
        picks.append(rng.choice(family))
    for pick in picks:
        if pick is not subject and pick not in cast:
            cast.append(pick)
    return cast


def _document(
    rng: random.Random, world: _World, name: str
) -> tuple[list[MentionRecord], list[int]]:
    render = _Renderer(rng)
    subject = world.prominent(rng)
    cast = _cast(rng, world, subject)
    mentions: list[tuple[str, tuple[tuple[str, str], ...], Person, tuple[str, ...]]] = []
    for person in cast:
        text, extra = render.other_mention(person, (subject, *cast))
        roles = (rng.choice(person.roles),) if rng.random() < 0.1 else ()
        mentions.append((text, extra, person, roles))
    subject_names: list[tuple[str, str]] = [
        (render.cyrillic(subject.given, subject.patronymic, subject.surname), "native")
    ]
    if rng.random() < 0.7:
        subject_names.append((render.with_patronymic(subject), "alias"))
    if subject.birth_name is not None:
        given, surname = subject.birth_name
        subject_names.append((f"{render.given(given)} {render.latin(surname)}", "birth"))
    subject_text = render.full(subject)
    everyone = [subject_text, *(text for text, _, _, _ in mentions)]
    birth = (
        None
        if rng.random() < 0.05
        else subject.birth + (rng.choice((-1, 1)) if rng.random() < 0.05 else 0)
    )
    death = None if rng.random() < 0.10 else subject.death
    records = [
        MentionRecord(
            id=f"{name}#subject",
            document=name,
            name=subject_text,
            names=tuple(subject_names),
            is_subject=True,
            birth_year=birth,
            death_year=death,
            roles=subject.roles,
            context=tuple(everyone[1:]),
        )
    ]
    truth = [subject.index]
    for number, (text, extra, person, roles) in enumerate(mentions, start=1):
        records.append(
            MentionRecord(
                id=f"{name}#p{number}",
                document=name,
                name=text,
                names=extra,
                roles=roles,
                context=tuple(other for other in everyone if other != text),
            )
        )
        truth.append(person.index)
    surnames = [person.surname for person in (subject, *cast)]
    for number, person in enumerate((subject, *cast)):
        chance = 0.5 if person is subject else 0.3
        unique = surnames.count(person.surname) == 1
        if (person is subject or unique) and rng.random() < chance:
            records.append(
                MentionRecord(
                    id=f"{name}#s{number}",
                    document=name,
                    name=render.latin(person.surname),
                    context=tuple(everyone),
                )
            )
            truth.append(person.index)
    return records, truth
