"""The known-persons component: names the document already knows are PERSON entities.

The statistical recogniser tags a bare surname by its context, and gets it wrong where a
knowledge base cannot: "Beloborodov" is tagged ORG in the seed article although the infobox
and the title say it is the subject's surname (issue 4). The extractor puts the name forms
it knows (subject names, surname, infobox people) into ``doc.user_data[KNOWN_NAMES]``; this
component marks every occurrence as a PERSON span, replacing overlapping entities.

Reads ``doc.ents`` and ``doc.user_data[KNOWN_NAMES]``; writes ``doc.ents``.
"""

# No ``from __future__ import annotations``: spaCy reads the factory's annotations at run
# time to validate its config, and postponed (string) annotations break that.
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

#: The factory name. STYLE.md asks for ``prosograph.<kind>.<name>.v1``, but spaCy forbids
#: dots in factory names, so the dots become underscores.
FACTORY = "prosograph_known_persons_v1"
#: ``doc.user_data`` key holding the name forms (strings) to mark in that Doc.
KNOWN_NAMES = "prosograph.known_names"


def tokens_of_name(nlp: Language, name: str) -> tuple[str, ...]:
    """The token texts the pipeline's tokenizer gives ``name`` (what a match compares)."""
    return tuple(token.text for token in nlp.make_doc(name) if not token.is_space)


class KnownPersons:
    """Mark known name forms as PERSON entities, longest match first."""

    def __init__(self, nlp: Language, name: str = "known_persons") -> None:
        self.nlp = nlp
        self.name = name
        self._tokenized: dict[str, tuple[str, ...]] = {}

    def _tokens(self, form: str) -> tuple[str, ...]:
        cached = self._tokenized.get(form)
        if cached is None:
            cached = tokens_of_name(self.nlp, form)
            if len(self._tokenized) < 10_000:  # bounded: forms differ per document
                self._tokenized[form] = cached
        return cached

    def find(self, doc: Doc, forms: Iterable[str]) -> list[tuple[int, int]]:
        """Token ranges ``[start, end)`` where a form occurs, longest first, non-overlapping."""
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            tokens = self._tokens(form)
            if tokens:
                by_first.setdefault(tokens[0], []).append(tokens)
        for candidates in by_first.values():
            candidates.sort(key=len, reverse=True)
        found: list[tuple[int, int]] = []
        index = 0
        while index < len(doc):
            best = 0
            for tokens in by_first.get(doc[index].text, ()):
                end = index + len(tokens)
                if end <= len(doc) and all(
                    doc[index + k].text == tokens[k] for k in range(1, len(tokens))
                ):
                    best = len(tokens)
                    break
            if best:
                found.append((index, index + best))
                index += best
            else:
                index += 1
        return found

    def __call__(self, doc: Doc) -> Doc:
        forms = doc.user_data.get(KNOWN_NAMES)
        if not forms:
            return doc
        ranges = [r for r in self.find(doc, forms) if not _inside_longer_name(doc, *r)]
        if not ranges:
            return doc
        known = [Span(doc, start, end, label="PERSON") for start, end in ranges]
        kept = [
            ent
            for ent in doc.ents
            if not any(ent.start < span.end and span.start < ent.end for span in known)
        ]
        doc.ents = sorted([*kept, *known], key=lambda span: span.start)
        return doc


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """True when a known form is part of a longer name: a surname shared with another
    person (``Tenis Smilga`` in a document about Ivar Smilga) must not become the subject.

    The form is inside a longer PERSON entity, or a capitalised word other than the
    sentence's first stands right before a one-word form.
    """
    for ent in doc.ents:
        inside = ent.start <= start and end <= ent.end
        if ent.label_ == "PERSON" and inside and (ent.start, ent.end) != (start, end):
            return True
    if end - start == 1 and start > 1:
        previous = doc[start - 1]
        return previous.is_alpha and previous.text[:1].isupper()
    return False


@Language.factory(
    FACTORY,
    assigns=["doc.ents"],
    requires=["doc.ents"],
)
def make_known_persons(nlp: Language, name: str) -> KnownPersons:
    """Factory for :class:`KnownPersons` (``nlp.add_pipe(FACTORY)``)."""
    return KnownPersons(nlp, name)
