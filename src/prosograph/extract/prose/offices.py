"""Offices from prose: positions ("was appointed X", "became X", "was named X", "served as X
from 1920 until 1922", "succeeded Y as X", "was elected a full member of the Orgburo …",
"from 1943 to 1946 was the head of X") and lost or hypothetical candidacies ("was considered
a candidate for the post of X … but lost to Y": a ``candidacy`` with Y as other person,
never a position).

Titles are read by ``titles.read_title``; "member of" a party is a ``membership`` (see
``parties.is_party``), "member of" any other body a position. Besides verb frames, a title
written next to a name says who held it: "Nikolai Yezhov, head of the NKVD", "the military
commissar Filipp Goloshchyokin", "the commander of the Red Cavalry Corps, Boris Dumenko",
"the regional Cheka led by Gavril Myasnikov".
"""

from __future__ import annotations

import re
from dataclasses import replace

from prosograph.dates import interval_sides, make_interval
from prosograph.extract.prose import modality
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.coreference import subject_key
from prosograph.extract.prose.dating import as_interval, frame_date
from prosograph.extract.prose.frames import Frame, date_of, make_fact, open_frame
from prosograph.extract.prose.names import looks_like_person
from prosograph.extract.prose.parties import is_party
from prosograph.extract.prose.titles import (
    HEADS,
    STRONG_HEADS,
    Title,
    clean_value,
    noun_phrase_end,
    read_title,
)
from prosograph.extract.prose.view import SentenceView, Span
from prosograph.models import DateValue, Factoid
from prosograph.names import name_key

_ADVERBS = (
    r"(?:(?:\w+ly|later|then|also|subsequently|soon|again|first|eventually|briefly|once)\s+)*"
)
_APPOINT = re.compile(
    rf"(?:\b(?:was|were|been|being|is)\s+{_ADVERBS}|^)"
    r"(?P<verb>[Aa]ppointed|[Nn]amed|[Ee]lected|re-elected|made|promoted|transferred|chosen"
    r"|installed|confirmed|designated)\b"
    r"(?P<link>\s+(?:to\s+)?(?:the\s+)?(?:post|position|office|role)s?\s+of\b|\s+as\b|\s+to\b)?"
)
#: "moved to the post of X", "took up the office of X": the post is named after a verb that
#: is no appointment verb ("offered the post of" is no holding, so it is not here).
_TO_POST = re.compile(
    r"\b(?P<verb>moved|transferred|promoted|rose|returned|switched|took|assumed|took\s+up"
    r"|occupied)\s+(?:to\s+)?the\s+(?:post|position|office)\s+of\s+"
)
_BECOME = re.compile(r"\b(?P<verb>became|become|becomes|becoming)\b")
_SERVE = re.compile(r"\b(?P<verb>served|serving|serves|worked|working|acted)\s+as\b")
_COPULA = re.compile(rf"\b(?P<verb>was|were|is)\s+{_ADVERBS}(?=\S)")
_HEADED = re.compile(r"\b(?P<verb>headed|chaired)\s+(?=the\s|a\s|an\s|[A-Z])")
_OBJECT_VERB = re.compile(r"\b(?P<verb>edited|commanded|directed)\s+(?=the\s+[A-Z]|[A-Z])")
_OBJECT_HEADS = {"edited": "editor", "commanded": "commander", "directed": "director"}
_ASSOCIATED = re.compile(r"\b(?:was|were|became)\s+(?:\w+\s+)?associated\s+with\s+")
_OPENING = re.compile(r"\s*(?:(?:As|A|An|The)\s+)?")
_LED_BY = re.compile(r"\s+(?:led|headed|chaired)\s+by\s+")
_PRONOUN_OBJECT = re.compile(r"(?:him|her)\b")
_SUCCEEDED = re.compile(r"\b(?P<verb>succeeded|succeeding|replaced|replacing)\s+")
_CANDIDATE = re.compile(
    r"\b(?P<verb>candidate)\s+(?:considered\s+)?for\s+(?:the\s+)?(?:(?:post|position|office)\s+of\s+)?"
)
_RAN = re.compile(
    r"\b(?P<verb>ran|stood|campaigned)\s+(?:unsuccessfully\s+)?for\s+(?:the\s+)?"
    r"(?:(?:post|position|office)\s+of\s+)?"
)
_VERB_BEFORE = re.compile(r"\b(?:was|were|is)\b(?:\s+\w+){0,3}\s*$")
_LOST = re.compile(r"\b(?:lost|losing|was\s+defeated|defeated|unsuccessful|failed)\b")
_WINNER_AFTER = re.compile(r"\b(?:lost\s+to|defeated\s+by|losing\s+to)\s+")
_WINNER_ELECTED = re.compile(r"\bbut\s+")
_BEFORE_TITLE = frozenset(
    [
        "the",
        "a",
        "an",
        "former",
        "future",
        "then",
        "late",
        "deposed",
        "new",
        "of",
        "by",
        "with",
        "to",
        "from",
        "under",
        "for",
        "as",
        "at",
        "on",
        "in",
        "and",
    ]
)
_TRIGGER = re.compile(
    r"\b(?:" + "|".join(sorted(HEADS, key=len, reverse=True)) + r")s?\b|\bheaded\b|\bchaired\b"
    r"|\bled\s+by\b|\bedited\b|\bcommanded\b|\bdirected\b|\bassociated\b|plen\w*potentiar|\belected\s+to\b",
    re.IGNORECASE,
)
_APPOSITION_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:under|in|at|from|during|with|since|until|who|and)\b"
)
_WINNER_CONFIDENCE = 0.6


def read_offices(view: SentenceView, context: DocumentContext) -> list[Factoid]:
    """Position, membership (``member of`` a party) and candidacy facts of one sentence."""
    reader = _Reader(view, context)
    reader.list_items()
    if _TRIGGER.search(view.text) is None or modality.speaks_in_first_person(view.text):
        return reader.facts
    reader.candidacies()
    reader.verb_frames()
    reader.named_titles()
    return reader.facts


class _Reader:
    """The office frames of one sentence; titles already read are not read twice."""

    def __init__(self, view: SentenceView, context: DocumentContext) -> None:
        self.view = view
        self.context = context
        self.facts: list[Factoid] = []
        self.taken: list[tuple[int, int]] = []

    # -- helpers -------------------------------------------------------------------------

    def _free(self, start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in self.taken)

    def _skip_date(self, position: int) -> int:
        """Skip a date right at ``position`` ("appointed in January 1919 Chairman")."""
        text = self.view.text
        gap = re.match(r"\s*(?:,\s*)?(?:(?:in|on|from)\s+)?", text[position:])
        at = position + (gap.end() if gap else 0)
        match = self.view.date_at(at)
        if match is None:
            return position
        end = match.end
        while end < len(text) and text[end] in " ,":
            end += 1
        return end

    def _emit_title(
        self,
        frame: Frame,
        title: Title,
        *,
        limit: int | None = None,
        copular: bool = False,
        dated: bool = True,
    ) -> bool:
        """A position or membership fact for ``title``; False if the title is not one.

        A title written next to a name (``dated=False``) is not dated: the sentence's date
        is that of what the sentence tells, not of the office ("the former Tsar").
        """
        if copular and title.head not in STRONG_HEADS and not title.has_complement:
            return False
        if _vague(title):
            return False
        if not self._free(title.start, title.end):
            return False
        self.taken.append((title.start, title.end))
        window = (frame.window[0], min(frame.window[1], limit) if limit else frame.window[1])
        date = (
            as_interval(frame_date(self.view, self.context, frame.start, window)) if dated else None
        )
        if date is not None and date.edtf and date.edtf.endswith("/"):
            date = _held_until(self.view, title.end, date)
        body = _member_body(title.value)
        if body is not None and is_party(body):
            self.facts.append(
                make_fact(self.view, self.context, frame, "membership", body, date=date)
            )
        else:
            self.facts.append(
                make_fact(
                    self.view,
                    self.context,
                    frame,
                    "position",
                    title.value,
                    date=date,
                    place=title.place,
                )
            )
        return True

    def _titles_from(self, start: int, *, copular: bool) -> list[Title]:
        """The title at ``start`` and those coordinated after it ("a member of X, a member
        of Y (1918–1921) and Chairman of Z").

        The predicate is cut into items at top-level commas and ``and``; a title may run
        over several items (``Workers', Peasants', and Soldiers' Deputies``). After a verb
        every item must be a title; after ``was`` an item may be a description that is
        none ("an active participant in …") and the list goes on past it.
        """
        view = self.view
        end = _predicate_end(view.text, start)
        titles: list[Title] = []
        reached = start
        for item in _items(view.text, start, end):
            if item < reached:
                continue
            if copular and item == start and _PARTICIPLE.match(view.text, item):
                # "was arrested on 24 May 1937, the first member of the Politburo to be
                # taken": a passive verb, and what follows describes, it holds no office
                break
            if titles:
                # "served as X from 1929 to 1931 and as Y from 1931": the verb's "as" again
                again = _AS_AGAIN.match(view.text, item)
                item = again.end() if again else item
            title = read_title(view, item)
            if title is None and titles:
                title = _elliptical(view, item, titles[-1])
            if title is None:
                if copular or (
                    titles
                    and _ADVERBIAL.fullmatch(view.text, item, _item_end(view.text, item, end))
                ):
                    continue
                break
            titles.append(title)
            reached = title.end
        return titles

    def _emit_list(self, frame: Frame, start: int, *, copular: bool = False) -> None:
        titles = self._titles_from(start, copular=copular)
        for index, title in enumerate(titles):
            limit = titles[index + 1].start if index + 1 < len(titles) else None
            if index == 0:
                self._emit_title(frame, title, limit=limit, copular=copular)
                continue
            item_frame = Frame(
                title.start,
                title.end,
                frame.agent,
                (title.start, limit or frame.window[1]),
                frame.confidence,
            )
            self._emit_title(item_frame, title, limit=limit, copular=copular)

    # -- frames --------------------------------------------------------------------------

    def verb_frames(self) -> None:
        """Verb frames: "was appointed X", "became X", "served as X", "was X", "headed X",
        "succeeded Y as X"."""
        view, context = self.view, self.context
        for match in _APPOINT.finditer(view.text):
            frame = open_frame(view, context, match.start(), match.end())
            if frame is None:
                continue
            start = self._skip_date(match.end())
            link = (match.group("link") or "").strip()
            if link == "to" and self._elected_to(frame, start):
                continue
            self._emit_list(frame, start)
        for pattern in (_BECOME, _SERVE, _TO_POST):
            for match in pattern.finditer(view.text):
                frame = open_frame(view, context, match.start(), match.end())
                if frame is not None:
                    self._emit_list(frame, self._skip_date(match.end()))
        for match in _COPULA.finditer(view.text):
            if re.match(
                r"\s*(?:appointed|named|elected|made|promoted|born)\b", view.text[match.end() :]
            ):
                continue
            frame = open_frame(view, context, match.start(), match.end(), base=0.75)
            if frame is not None:
                self._emit_list(frame, match.end(), copular=True)
        for match in _HEADED.finditer(view.text):
            self._headed(match)
        for match in _OBJECT_VERB.finditer(view.text):
            self._headed(match, head=_OBJECT_HEADS[match.group("verb")])
        for match in _ASSOCIATED.finditer(view.text):
            self._associated(match)
        self._opening_title()
        for match in _SUCCEEDED.finditer(view.text):
            self._succeeded(match)

    def _elected_to(self, frame: Frame, start: int) -> bool:
        """ "elected to the Central Committee": a member of that body."""
        end = noun_phrase_end(self.view, start)
        if end is None:
            return False
        body = clean_value(self.view.text[start:end].strip().removeprefix("the "))
        if not body or not body[0].isupper() or read_title(self.view, start) is not None:
            return False
        if not self._free(start, end):
            return True
        self.taken.append((start, end))
        date = as_interval(date_of(self.view, self.context, frame))
        if is_party(body):
            fact = make_fact(self.view, self.context, frame, "membership", body, date=date)
        else:
            value = f"member of the {body}"
            fact = make_fact(self.view, self.context, frame, "position", value, date=date)
        self.facts.append(fact)
        return True

    def _opening_title(self) -> None:
        """ "A member of the Left Opposition associated with X, he signed …": the title that
        opens a sentence describes the subject of its main clause."""
        view = self.view
        title = read_title(view, 0)
        if title is None or not _OPENING.fullmatch(view.text, 0, title.start):
            return
        frame = open_frame(view, self.context, 0, title.end, base=0.75)
        if frame is None:
            return
        since = _OWN_START.match(view.text, title.end)
        date = view.date_at(since.end()) if since is not None else None
        if date is None:
            self._emit_title(frame, title, copular=True, dated=False)
            return
        # "A member of the Communist Party from 1918, he …": the phrase dates itself; the
        # main clause's dates are those of what it goes on to say.
        window = (title.start, date.end)
        self._emit_title(
            Frame(title.start, date.end, frame.agent, window, frame.confidence), title, copular=True
        )

    def _associated(self, match: re.Match[str]) -> None:
        """ "was associated with the Left Opposition": membership of a party or faction."""
        view = self.view
        end = noun_phrase_end(view, match.end())
        if end is None:
            return
        body = clean_value(view.text[match.end() : end].strip().removeprefix("the "))
        if not body or not body[0].isupper() or not is_party(body):
            return
        frame = open_frame(view, self.context, match.start(), end, base=0.6)
        if frame is None:
            return
        date = as_interval(date_of(view, self.context, frame))
        self.facts.append(make_fact(view, self.context, frame, "membership", body, date=date))

    def _headed(self, match: re.Match[str], head: str = "head") -> None:
        """ "X headed the external guard": head of the external guard (also "edited X",
        "commanded X", "directed X" with a named object)."""
        view = self.view
        end = noun_phrase_end(view, match.end())
        if end is None or not self._free(match.end(), end):
            return
        phrase = clean_value(view.text[match.end() : end])
        if not phrase or len(phrase.split()) > 8:
            return
        if head != "head" and not phrase.removeprefix("the ")[:1].isupper():
            return
        frame = open_frame(view, self.context, match.start(), end)
        if frame is None:
            return
        self.taken.append((match.end(), end))
        date = as_interval(date_of(view, self.context, frame))
        value = f"{head} of {phrase}"
        self.facts.append(make_fact(view, self.context, frame, "position", value, date=date))

    def _succeeded(self, match: re.Match[str]) -> None:
        """ "succeeded Y as X": the agent held X (the succession itself is a relation)."""
        view = self.view
        person = next((p for p in view.persons() if p.start == match.end()), None)
        pronoun = _PRONOUN_OBJECT.match(view.text, match.end())
        if person is not None:
            after = person.end
        elif pronoun is not None:  # "succeeded him as X": the one just named
            after = pronoun.end()
        else:
            return
        link = re.match(r"\s+as\s+", view.text[after:])
        if link is None:
            return
        frame = open_frame(view, self.context, match.start(), match.end())
        if frame is not None:
            self._emit_list(frame, after + link.end())

    def candidacies(self) -> None:
        """A candidacy for a post: a ``candidacy`` fact, and the winner's position."""
        view = self.view
        for pattern in (_CANDIDATE, _RAN):
            for match in pattern.finditer(view.text):
                if pattern is _RAN and not _LOST.search(view.text, match.end()):
                    continue
                title = read_title(view, match.end())
                if title is None:
                    continue
                verb = _VERB_BEFORE.search(view.text, max(0, match.start() - 40), match.start())
                start = verb.start() if verb is not None else match.start()
                frame = open_frame(view, self.context, start, title.end, base=0.8)
                # Nothing else in the clause is a post he held ("…, the head of state of …").
                self.taken.append((match.start(), max(title.end, _clause_end(view, title.end))))
                if frame is None:
                    continue
                date = date_of(view, self.context, frame)
                winner = self._winner(title.end)
                self.facts.append(
                    make_fact(
                        view, self.context, frame, "candidacy", title.value, date=date, other=winner
                    )
                )
                if winner is not None:
                    won = Frame(frame.start, frame.end, winner, frame.window, _WINNER_CONFIDENCE)
                    self.facts.append(
                        make_fact(
                            view, self.context, won, "position", title.value, date=as_interval(date)
                        )
                    )

    def _winner(self, after: int) -> str | None:
        """The person who won instead: "lost to Y", "but Y was elected"."""
        view = self.view
        for pattern in (_WINNER_AFTER, _WINNER_ELECTED):
            for match in pattern.finditer(view.text, after):
                person = next((p for p in view.persons() if p.start == match.end()), None)
                if person is None:
                    continue
                if pattern is _WINNER_ELECTED and not re.match(
                    r"\s+(?:was|were)\s+(?:\w+\s+)?(?:elected|appointed|chosen)\b",
                    view.text[person.end :],
                ):
                    continue
                return subject_key(view, self.context, person)
        return None

    # -- titles written next to a name ---------------------------------------------------

    def named_titles(self) -> None:
        """ "Y, head of X", "the military commissar Y", "the commander of X, Y", "X led by Y"."""
        view = self.view
        for person in view.persons():
            self._title_after(person)
            self._title_before(person)
        for match in _LED_BY.finditer(view.text):
            self._led_by(match)

    def _person_frame(self, person: Span, start: int, end: int) -> Frame | None:
        if modality.inside_quotation(self.view.text, person.start):
            return None
        key = subject_key(self.view, self.context, person)
        if key is None:
            return None
        return open_frame(self.view, self.context, start, end, base=0.7, agent=key)

    def _title_after(self, person: Span) -> None:
        """ "Nikolai Yezhov, head of the NKVD," and "Grigory Zinoviev, who was Chairman"."""
        view = self.view
        comma = re.match(r",\s+(?:as\s+)?", view.text[person.end :])
        if comma is None:
            return
        start = person.end + comma.end()
        title = read_title(view, start)
        if title is None or _APPOSITION_END.match(view.text, title.end) is None:
            return
        frame = self._person_frame(person, person.start, title.end)
        if frame is not None:
            self._emit_title(frame, title, copular=True, dated=False)

    def _title_before(self, person: Span) -> None:
        """ "the military commissar Filipp Goloshchyokin", "the commander of X, Boris Dumenko"."""
        view = self.view
        words = view.words_before(person.start, 16)
        offset = view.word_count_before(person.start) - len(words)
        for index, word in enumerate(words):
            if index + offset == 0:
                previous = ""
            elif index == 0:
                continue  # the window's first word: what precedes it is unknown
            else:
                previous = words[index - 1].text.casefold()
            if previous and previous not in _BEFORE_TITLE and previous not in (",", "("):
                continue
            title = read_title(view, word.start)
            if title is None or not self._free(title.start, title.end):
                continue
            gap = view.text[title.end : person.start]
            adjacent = gap.strip() == "" and not title.has_complement
            apposed = gap.strip() == "," and (title.has_complement or title.head in STRONG_HEADS)
            if not (adjacent or apposed):
                continue
            frame = self._person_frame(person, title.start, person.end)
            if frame is not None:
                self._emit_title(frame, title, dated=False)
            return

    def _led_by(self, match: re.Match[str]) -> None:
        """ "the regional Cheka led by Gavril Myasnikov": head of the regional Cheka."""
        view = self.view
        person = next((p for p in view.persons() if p.start == match.end()), None)
        if person is None:
            return
        before = view.text[: match.start()]
        article = None
        for found in re.finditer(r"\b(?:the|a|an)\s+", before):
            article = found
        if article is None or len(before[article.start() :].split()) > 6:
            return
        phrase = clean_value(before[article.start() :])
        if not any(word[:1].isupper() for word in phrase.split()[1:]):
            return
        if not self._free(article.start(), match.start()):
            return
        frame = self._person_frame(person, article.start(), person.end)
        if frame is None:
            return
        self.taken.append((article.start(), match.start()))
        self.facts.append(make_fact(view, self.context, frame, "position", f"head of {phrase}"))

    # -- lists -----------------------------------------------------------------------------

    def list_items(self) -> None:
        """ "Members of the Presidium of the Ural Soviet:" then one item per member, and a
        role in brackets (``A. G. Beloborodov (Chairman)``) as that member's position."""
        view = self.view
        header = view.list_header
        if header is None:
            return
        found = re.match(
            r"(?:The\s+)?(?:[Mm]embers?|[Cc]omposition)\s+of\s+(?:the\s+)?(?P<body>.+?)\s*"
            r"(?:(?:were|was|included)\s*)?:\s*$",
            header.text,
        )
        if found is None:
            return
        body = found.group("body")
        item = re.match(r"(?P<name>[^()]+?)\s*(?:\((?P<role>[^()]+)\))?\s*$", view.text)
        if item is None:
            return
        name = item.group("name").strip()
        if not looks_like_person(name):
            return
        key = self.context.registry.resolve(name)
        if key is None:
            return
        source = self.context.span_source(header.start, view.sentence.end)
        membership = (
            Factoid("membership", body, key, source, confidence=0.75)
            if is_party(body)
            else Factoid("position", f"member of the {body}", key, source, confidence=0.75)
        )
        self.facts.append(membership)
        role = item.group("role")
        if role and role.split()[0].casefold() in HEADS:
            value = f"{role.strip()} of the {body}"
            self.facts.append(Factoid("position", value, key, source, confidence=0.75))


_PREDICATE_END = re.compile(
    r";|:|,\s+(?:who|which|where|when|whereas|while|but|he|she|although|though)\b"
    r"|\s+(?:who|which|where|when)\s|,\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:was|had)\b)"
)
_ITEM = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


#: The longest predicate read as a list of titles (code points); a longer stretch without
#: a clause boundary is not a list of offices, and reading it per frame would be quadratic.
_MAX_PREDICATE = 600


def _predicate_end(text: str, start: int) -> int:
    """Where the predicate that starts at ``start`` ends: a new clause or the sentence end."""
    limit = min(len(text), start + _MAX_PREDICATE)
    found = _PREDICATE_END.search(text, start, limit)
    return found.start() if found else limit


def _items(text: str, start: int, end: int) -> list[int]:
    """The starts of the items of a list between ``start`` and ``end``, at top level."""
    starts = [start]
    depth = 0
    position = start
    while position < end:
        char = text[position]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            joint = _ITEM.match(text, position, end)
            if joint is not None and joint.end() > position:
                starts.append(joint.end())
                position = joint.end()
                continue
        position += 1
    return starts


_OWN_START = re.compile(r"\s+(?:from|since)\s+")
_PARTICIPLE = re.compile(
    r"(?:[a-z]+ed|shot|sent|taken|given|held|made|known|seen|kept|put|led|sentenced)\b"
)
_AS_AGAIN = re.compile(r"as\s+(?=\S)")
_ADVERBIAL = re.compile(r"\s*(?:in|on|from|by|after|then|later)\s+[\w\s]{1,30}?\s*")
_ELLIPSIS = re.compile(r"(?:then\s+|later\s+|also\s+)?(?:of\s+)?(?:the\s+)?(?=[A-Z])")


def _item_end(text: str, item: int, end: int) -> int:
    """Where a list item ends: the next comma (or the end of the list)."""
    comma = text.find(",", item, end)
    return comma if comma != -1 else end


def _elliptical(view: SentenceView, item: int, previous: Title) -> Title | None:
    """A list item that leaves out the office of the item before: "Chairman of X, then the
    Executive Committee of Y" is "Chairman of the Executive Committee of Y", "a member of
    X, and of Y" a member of Y. Only a named body (capitalised) completes such an item."""
    head, joint, _ = previous.value.partition(" of ")
    found = _ELLIPSIS.match(view.text, item)
    if (
        not joint
        or found is None
        or (found.end() == item and not view.text[item : item + 1].isupper())
    ):
        return None
    end = noun_phrase_end(view, found.end())
    if end is None or end <= found.end():
        return None
    body = clean_value(view.text[found.end() : end])
    if not body or read_title(view, found.end()) is not None:
        return None
    if re.search(r"['’]s\b", body):
        # "director of the NKVD, the Soviet Union's security agency": a possessive makes
        # the item a description of the body just named, not another body of the office.
        return None
    the = "the " if "of the " in previous.value else ""
    return Title(f"{head} of {the}{body}", item, end, previous.head, None, True)


_HELD_UNTIL = re.compile(
    r",\s+(?:a|the)\s+(?:post|position|office|role)\s+(?:that\s+|which\s+)?(?:he|she)\s+"
    r"(?:held|retained|occupied|kept)\s+until\s+"
    r"|,?\s+(?:holding|retaining|keeping)\s+(?:the|this|that|it)\s*(?:post|position|office|role)?"
    r"\s+until\s+|\s+and\s+held\s+(?:the|this|that|it)\s*(?:post|position|office)?\s+until\s+"
)


def _held_until(view: SentenceView, after: int, date: DateValue) -> DateValue:
    """Close an open interval with "…, a post he held until 1939" right after the title."""
    found = _HELD_UNTIL.search(view.text, after, min(len(view.text), after + 120))
    end = view.date_at(found.end()) if found is not None else None
    if end is None:
        return date
    start, _ = interval_sides(date)
    _, until = interval_sides(end.value)
    return make_interval(start, until or end.value, text=f"{date.text} / {end.value.text}")


def _vague(title: Title) -> bool:
    """A bare lower-case head noun ("head", "deputy", "chairman") with nothing after it:
    the body it heads was lost (an ellipsis, "the head of the newly reorganised NKVD"), and
    a loose title comparison would take it for any office with that head."""
    return not title.has_complement and " " not in title.value and title.value.islower()


def _clause_end(view: SentenceView, start: int) -> int:
    """Where the clause going on at ``start`` ends (``, but``, ``;`` or the sentence end)."""
    found = re.compile(r";|,\s+but\b|\bbut\b").search(view.text, start)
    return found.start() if found else len(view.text)


def _member_body(title: str) -> str | None:
    """The body of a "member of X" title (``full member of the Orgburo`` -> ``Orgburo``)."""
    found = re.match(
        r"(?:[\w-]+\s+)?members?\s+of\s+(?:the\s+)?(?P<body>.+)$", title, re.IGNORECASE
    )
    return found.group("body") if found else None


#: Fact types whose undated restatement takes the date of the dated statement.
_RESTATED = frozenset(["position", "membership"])


def adopt_restated_dates(facts: list[Factoid]) -> list[Factoid]:
    """An undated office or membership that the document also states with a date takes
    that date: the lead's "serving as People's Commissar for Finance" is the tenure the
    body dates "from 1929 to 1937", one fact with two sources once stored. Only where the
    document gives that title a single date: two dated tenures leave the mention undated.
    """
    dates: dict[tuple[str, str, str], set[DateValue]] = {}
    for fact in facts:
        if fact.type in _RESTATED and fact.date is not None and fact.date.edtf:
            key = (fact.subject, fact.type, name_key(fact.value))
            dates.setdefault(key, set()).add(fact.date)
    adopted: list[Factoid] = []
    for fact in facts:
        if fact.type in _RESTATED and fact.date is None:
            found = dates.get((fact.subject, fact.type, name_key(fact.value)), set())
            if len({d.edtf for d in found}) == 1:
                fact = replace(fact, date=next(iter(found)))
        adopted.append(fact)
    return adopted
