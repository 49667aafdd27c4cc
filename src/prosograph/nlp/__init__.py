"""spaCy for prosograph: loading the English pipeline and our own components.

Only what the extractors read is loaded (the entity recogniser and our known-persons
component): the parser, tagger and lemmatizer are most of the cost of the full pipeline and
no rule here needs them (issue 4).
"""

from prosograph.nlp.known_persons import KNOWN_NAMES, KnownPersons, tokens_of_name
from prosograph.nlp.loader import MODEL_NAME, load_pipeline, shared_pipeline

__all__ = [
    "KNOWN_NAMES",
    "MODEL_NAME",
    "KnownPersons",
    "load_pipeline",
    "shared_pipeline",
    "tokens_of_name",
]
