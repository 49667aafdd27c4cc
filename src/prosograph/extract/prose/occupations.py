"""Occupations from prose: a job that is not an office (CONTRACT.md).

- a description after "was a/an" or "became a/an", item by item: "was a Russian Bolshevik
  revolutionary, Soviet politician, party figure and statesman" -> ``revolutionary``,
  ``politician``, ``party figure``, ``statesman``;
- a job after "worked as", "to work … as", "served as a/an", "employed as": "to work in a
  factory as an apprentice electrician", "while working as an electrician in a mine";
- a job written before or after a name: "White investigator Nikolai Sokolov", "a fellow
  NKVD officer, Alexander Orlov", "Colonel Sergei Wojciechowski", "X, an architect,";
- "ran a publishing house", "employed in the system of the Committee of …" (as written).

An item is an occupation only when its head noun is a job (``_JOBS``); office titles
(Chairman, member, head…) are positions and belong to the offices reader. Leading
nationality, ideology and praise words are dropped ("Russian Bolshevik revolutionary" ->
``revolutionary``, "prominent officer" -> ``officer``); other modifiers stay ("secret
policeman", "apprentice electrician", "NKVD officer").
"""

from __future__ import annotations

import re

from prosograph.extract.prose.claims import claim, event_date, open_frames
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.dating import frame_date
from prosograph.extract.prose.frames import Frame
from prosograph.extract.prose.hedges import first_person, pretended
from prosograph.extract.prose.people import resolve_name
from prosograph.extract.prose.titles import HEADS, clean_value, noun_phrase_end
from prosograph.extract.prose.view import SentenceView, Span
from prosograph.models import Factoid

# fmt: off
#: Head nouns of jobs (lower case, singular).
_JOBS = frozenset(
    [
        "librarian", "archivist", "correspondent", "reporter", "columnist", "surveyor", "cook",
        "stoker", "porter", "docker", "typist", "stenographer", "telegrapher", "postman",
        "detective", "notary", "clergyman", "monk", "nun", "deacon", "rabbi", "pedagogue",
        "revolutionary", "politician", "statesman", "stateswoman", "figure", "policeman",
        "policewoman", "doctor", "physician", "surgeon", "psychotherapist", "psychiatrist",
        "psychologist", "psychoanalyst", "economist", "lawyer", "jurist", "advocate", "barrister",
        "journalist", "writer", "author", "poet", "novelist", "playwright", "essayist", "teacher",
        "schoolteacher", "tutor", "engineer", "electrician", "worker", "labourer", "laborer",
        "officer", "soldier", "agent", "spy", "investigator", "interrogator", "chekist", "diplomat",
        "architect", "merchant", "trader", "historian", "philosopher", "scientist", "official",
        "functionary", "apparatchik", "bureaucrat", "activist", "publisher", "printer",
        "typesetter", "compositor", "locksmith", "metalworker", "turner", "fitter", "mechanic",
        "machinist", "sailor", "seaman", "farmer", "farmworker", "peasant", "priest", "theologian",
        "banker", "businessman", "industrialist", "manufacturer", "accountant", "clerk",
        "propagandist", "agitator", "theorist", "ideologue", "terrorist", "militant", "guerrilla",
        "partisan", "nurse", "midwife", "scholar", "linguist", "translator", "mathematician",
        "physicist", "chemist", "biologist", "sociologist", "critic", "artist", "painter",
        "sculptor", "composer", "musician", "actor", "actress", "singer", "photographer",
        "carpenter", "blacksmith", "miner", "weaver", "shoemaker", "tailor", "baker", "butcher",
        "telegraphist", "railwayman", "pilot", "aviator", "geologist", "agronomist", "veterinarian",
        "pharmacist", "dentist", "informant", "informer", "provocateur", "executioner", "jailer",
        "gendarme", "apprentice", "journalist", "educator", "lecturer-at-large", "bookkeeper",
        "shopkeeper", "innkeeper", "craftsman", "cabinetmaker", "glazier", "stonemason",
        "bricklayer", "servant", "coachman", "cossack", "officer-cadet", "cadet", "spokesman",
        "economist-planner", "statistician",
    ]
)
#: Military ranks, an occupation when written before a name ("Colonel Sergei Wojciechowski").
_RANKS = frozenset(
    [
        "colonel", "lieutenant-colonel", "general", "lieutenant", "captain", "major", "sergeant",
        "corporal", "private", "admiral", "marshal", "commodore", "ensign",
    ]
)
#: Lower-case words dropped from the front of a job: ideology and praise.
_DROPPED = frozenset(
    [
        "communist", "socialist", "marxist", "bolshevik", "menshevik", "anarchist", "nationalist",
        "liberal", "conservative", "prominent", "leading", "notable", "famous", "well-known",
        "noted", "renowned", "influential", "important", "distinguished", "eminent", "celebrated",
        "fellow", "murdered", "former", "future", "late", "young", "old", "active", "professional",
        "veteran", "high-level", "high-ranking", "top-level",
    ]
)
#: Capitalised words dropped from the front of a job: nationality and ideology.
_DROPPED_NAMES = frozenset(
    [
        "Soviet", "Bolshevik", "Menshevik", "Communist", "Socialist", "Marxist", "Old", "Jewish",
        "German", "French", "Greek", "Dutch", "Swiss", "Czech", "Polish", "Danish", "Turkish",
        "Irish", "Scottish", "English", "British", "Welsh", "Finnish", "Swedish", "Spanish",
        "Chinese", "Japanese", "Tatar", "Cossack", "Imperial", "Red", "Left", "Right", "Social",
        "Democratic",
    ]
)
# fmt: on
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ish|ese|ic|i|an)$|^[A-Z][\w-]*-born$")
_FIGURE_MODIFIERS = frozenset({"party", "public", "political", "literary", "military"})
# fmt: off
_ITEM_STOP = frozenset(
    [
        "who", "whom", "which", "whose", "that", "best", "known", "from", "in", "on", "at", "for",
        "to", "during", "until", "with", "of", "by", "as", "since", "after", "before", "between",
        "among", "under", "who's", "later", "then", "when", "while", "where", "and", "but", "or",
        "until",
    ]
)
# fmt: on
_COPULA = re.compile(
    r"\b(?P<verb>was|is|were|became|becoming|becomes)\s+(?:also\s+|later\s+|then\s+|once\s+"
    r"|briefly\s+|now\s+|still\s+)?(?P<article>an?)\s+"
)
_WORKED_AS = re.compile(
    r"\b(?P<verb>worked|working|works|work|employed|served|serving|trained|earned\s+(?:his|her)"
    r"\s+living)\b(?P<gap>(?:\s+(?!as\b)[\w'’-]+){0,5}?)\s+as\s+(?P<article>an?\s+)?"
)
_RAN = re.compile(
    r"\b(?P<verb>ran|owned|managed|operated)\s+(?P<what>an?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:house|shop|business|firm|press|newspaper|journal|magazine|farm|practice|clinic"
    r"|workshop|store|company|factory|bakery|pharmacy|school|printing\s+press))\b"
)
_EMPLOYED_IN = re.compile(r"\b(?P<verb>employed)\s+(?P<prep>in|at|by)\s+")
_PREPOSITIONS = frozenset({"of", "in", "to", "for", "from", "at", "on", "into", "about"})
_ARTICLES = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# fmt: off
#: Nouns a name may qualify ("the Felix Volkhovsky group"): the job before is not the person's.
_COLLECTIVES = frozenset(
    [
        "group", "circle", "faction", "family", "affair", "case", "government", "regime", "era",
        "purge", "trial", "period", "administration", "line", "opposition", "bloc", "house",
        "brigade", "detachment", "organisation", "organization", "committee", "party", "movement",
    ]
)
# fmt: on
_JOINT = re.compile(r"\s*,\s*(?:and\s+)?(?:an?\s+)?|\s+and\s+(?:an?\s+)?")
_WORD = re.compile(r"[\w'’-]+")
#: Where an item's region ends: the next item, a relative clause, punctuation.
_REGION_END = re.compile(
    r"\s*,\s*(?:and\s+)?|\s+and\s+|[;:.()]|\s(?:who|which|whose|that|where|best|known)\b"
)


def read_occupations(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Occupation facts of one sentence."""
    if first_person(view.text):
        return []
    facts: list[Factoid] = []
    facts.extend(_described(view, context))
    facts.extend(_worked_as(view, context))
    facts.extend(_named_jobs(view, context))
    facts.extend(_businesses(view, context))
    return facts


def is_job(words: list[str]) -> bool:
    """True when the words of an item end in a job noun (``party figure``, ``Chekist``)."""
    if not words:
        return False
    head = words[-1].casefold()
    if head in HEADS and head not in _JOBS:
        return False
    if head == "figure":
        return len(words) > 1 and words[-2].casefold() in _FIGURE_MODIFIERS
    return head in _JOBS


def job_value(words: list[str]) -> str:
    """The job as written, without leading nationality, ideology and praise words."""
    kept = list(words)
    while len(kept) > 1:
        first = kept[0]
        if first in _DROPPED_NAMES or _DEMONYM.match(first) or first.casefold() in _DROPPED:
            kept.pop(0)
            continue
        break
    return " ".join(kept)


def _items(view: SentenceView, start: int) -> list[tuple[int, int, list[str]]]:
    """The items of a description list at ``start``: (start, end of its region, words).

    An item's words run to the first function word; its region, which alone may date it,
    runs on to the next item or the end of the description.
    """
    text = view.text
    items: list[tuple[int, int, list[str]]] = []
    position = start
    while position < len(text):
        words: list[str] = []
        end = position
        for word in _WORD.finditer(text, position):
            if words and text[end : word.start()].strip():
                break
            if view.date_at(word.start()) is not None or word.group().casefold() in _ITEM_STOP:
                break
            words.append(word.group())
            end = word.end()
        if not words:
            break
        boundary = _REGION_END.search(text, end)
        region_end = boundary.start() if boundary is not None else len(text)
        items.append((position, region_end, words))
        joint = _JOINT.match(text, region_end) if boundary is not None else None
        if joint is None or boundary is None or boundary.group().strip(" ,") not in ("", "and"):
            break
        position = joint.end()
    return items


def _described(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    for match in _COPULA.finditer(view.text):
        if pretended(view.text, match.start("article")):
            continue
        items = [item for item in _items(view, match.end()) if is_job(item[2])]
        if not items:
            continue
        for frame in open_frames(view, context, match.start(), match.end(), base=0.8):
            for start, end, words in items:
                facts.append(_job_fact(view, context, frame, words, (start, end)))
    return facts


def _job_fact(
    view: SentenceView,
    context: DocumentContext,
    frame: Frame,
    words: list[str],
    region: tuple[int, int],
) -> Factoid:
    """An occupation fact for one item, dated only by a date written in its own words."""
    date = frame_date(view, context, region[0], region)
    return claim(view, context, frame, "occupation", job_value(words), date=date)


def _worked_as(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    for match in _WORKED_AS.finditer(view.text):
        if match.group("verb").startswith("serv") and not match.group("article"):
            continue  # "served as the fourth People's Commissar": an office
        items = [item for item in _items(view, match.end()) if is_job(item[2])]
        if not items:
            continue
        for frame in open_frames(view, context, match.start(), match.end()):
            date = event_date(view, context, frame)
            for _, _, words in items:
                facts.append(claim(view, context, frame, "occupation", job_value(words), date=date))
    return facts


def _named_jobs(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Jobs written right before a name ("White investigator Nikolai Sokolov") or in
    apposition after it ("Leopold Adler, a grain merchant,")."""
    facts: list[Factoid] = []
    for span in view.persons():
        words = _job_before(view, span)
        if words is None:
            words = _job_after(view, span)
        if not words:
            continue
        key = resolve_name(context, span.text)
        if key is None:
            continue
        for frame in open_frames(view, context, span.start, span.end, base=0.7, who=[key]):
            facts.append(claim(view, context, frame, "occupation", job_value(words)))
    return facts


def _job_before(view: SentenceView, span: Span) -> list[str] | None:
    """The job words written right before a name, with their modifiers, or None.

    "by White investigator Nikolai Sokolov" and "a fellow NKVD officer, Alexander Orlov"
    give a job; "X's wife Y" and "the revolutionary Felix Volkhovsky group" (the name
    qualifies a noun) do not.
    """
    text = view.text
    following = re.match(r"\s+([a-z]+)", text[span.end :])
    if following is not None and following.group(1) in _COLLECTIVES:
        return None
    words = [m for m in _WORD.finditer(text, max(0, span.start - 80), span.start)]
    if not words:
        return None
    gap = text[words[-1].end() : span.start]
    if gap.strip() not in ("", ","):
        return None
    last = words[-1].group()
    if last.casefold() in _RANKS and not gap.strip() and last[:1].isupper():
        return [last]
    kept: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        folded = word.casefold()
        if folded in _ITEM_STOP or folded in _ARTICLES or word.endswith(("'s", "’s")):
            break
        if index < len(words) - 1 and text[words[index].end() : words[index + 1].start()].strip():
            break
        kept.insert(0, word)
        if len(kept) > 4:
            return None
    if not is_job(kept):
        return None
    opened = words[len(words) - len(kept) - 1].group().casefold() if len(words) > len(kept) else ""
    if gap.strip() == "," and opened in ("the", "a", "an"):
        before_article = (
            words[len(words) - len(kept) - 2].group().casefold()
            if len(words) > len(kept) + 1
            else ""
        )
        if before_article in _PREPOSITIONS:
            return None  # "Born in the family of a Latvian farmworker, Latsis was": not apposed
    return kept


def _job_after(view: SentenceView, span: Span) -> list[str] | None:
    """``NAME, a grain merchant,``: the job in apposition after a name."""
    found = re.compile(r",\s+(?:an?)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*[,.;)]").match(
        view.text, span.end
    )
    if found is None:
        return None
    words = found.group(1).split()
    return words if is_job(words) else None


def _businesses(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    facts: list[Factoid] = []
    text = view.text
    for match in _RAN.finditer(text):
        value = clean_value(text[match.start() : match.end()])
        for frame in open_frames(view, context, match.start(), match.end(), base=0.75):
            facts.append(claim(view, context, frame, "occupation", value))
    for match in _EMPLOYED_IN.finditer(text):
        end = noun_phrase_end(view, match.end())
        if end is None:
            continue
        phrase = text[match.end() : end]
        if not any(word[:1].isupper() for word in phrase.split()):
            continue
        value = clean_value(text[match.start() : end])
        for frame in open_frames(view, context, match.start(), end, base=0.75):
            facts.append(claim(view, context, frame, "occupation", value))
    return facts
