"""Facts from prose: the readers of births, deaths, offices and parties over a document's
sentences, with the mentions they rest on.

Stages, each its own module:

1. ``context``: the document's people (subject first) and its birth and death anchors,
   seeded from the infobox extractor's output;
2. ``lead``: the first sentence's parenthesis (aliases, birth name, life dates);
3. ``mentions.read_views``: the model over every sentence in one ``nlp.pipe`` batch, with the
   names the document knows, and the dates of each sentence with the year of its context;
4. the fact readers, sentence by sentence: ``vitals``, ``offices``, ``parties``;
5. ``mentions.collect_mentions``: person, place, organisation and date mentions, persons
   linked to the entities the facts registered.

Input: a Document, its sentences, and the infobox's entities and facts. Output: the entities
(subject with its new names, plus every person a fact names), the prose facts and mentions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.events import EVENT_READERS
from prosograph.extract.prose.lead import read_lead
from prosograph.extract.prose.mentions import collect_mentions, read_views
from prosograph.extract.prose.offices import adopt_restated_dates, read_offices
from prosograph.extract.prose.parties import read_parties, remember_parties
from prosograph.extract.prose.relations import adopt_infobox_dates
from prosograph.extract.prose.vitals import read_vitals, unify_death_manners
from prosograph.models import Document, Entity, Factoid, Mention, Sentence

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["ProseExtraction", "extract_prose"]


@dataclass(slots=True)
class ProseExtraction:
    """What the prose of one document adds to its infobox extraction."""

    entities: list[Entity]
    facts: list[Factoid]
    mentions: list[Mention]


def extract_prose(
    document: Document,
    sentences: list[Sentence],
    entities: list[Entity],
    infobox_facts: list[Factoid],
    nlp: Language,
) -> ProseExtraction:
    """Read the facts the prose of ``document`` states (see the module docstring)."""
    context = DocumentContext.build(document, entities, infobox_facts)
    for fact in read_lead(sentences, context):
        context.add(fact)
    views = read_views(sentences, context, nlp)
    for view in views:
        for reader in (read_vitals, read_offices, read_parties, *EVENT_READERS):
            for fact in reader(view, context):
                context.add(fact)
        remember_parties(view, context)
    mentions = collect_mentions(views, context)
    facts = unify_death_manners(context.facts, infobox_facts)
    facts = adopt_infobox_dates(facts, infobox_facts)
    facts = adopt_restated_dates(facts)
    facts.extend(_name_aliases(context, sentences, mentions))
    return ProseExtraction(context.registry.entities(), facts, mentions)


def _name_aliases(
    context: DocumentContext, sentences: list[Sentence], mentions: list[Mention]
) -> list[Factoid]:
    """An ``alias`` fact for each name form of the subject first seen in the prose body
    (``A. G. Beloborodov``), citing the sentence of its first mention."""
    subject = context.registry.subject
    if subject is None:
        return []
    aliased = {f.value for f in context.facts if f.type == "alias"}
    facts: list[Factoid] = []
    for form, kind in subject.names:
        if kind not in ("initials", "name") or form in aliased:
            continue
        mention = next((m for m in mentions if m.text == form), None)
        if mention is None:
            continue
        source = context.source(sentences[mention.sentence])
        facts.append(Factoid("alias", form, "subject", source, confidence=0.8))
        aliased.add(form)
    return facts
