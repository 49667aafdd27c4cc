"""spaCy for prosograph: loading the English pipeline and our own components.

Only what the extractors read is loaded (the entity recogniser and our known-persons
component): the parser, tagger and lemmatizer are most of the cost of the full pipeline and
no rule here needs them (issue 4).
"""

import warnings

with warnings.catch_warnings():
    # spaCy 3.8 imports ``click.parser.split_arg_string``, which click 8.2 deprecates; the
    # warning is spaCy's to fix and must not fail a run with warnings as errors.
    warnings.filterwarnings(
        "ignore", message="Importing 'parser.split_arg_string'", category=DeprecationWarning
    )
    import spacy  # noqa: F401

from prosograph.nlp.known_persons import KNOWN_NAMES, KnownPersons, tokens_of_name
from prosograph.nlp.loader import MODEL_NAME, blank_pipeline, load_pipeline, shared_pipeline

__all__ = [
    "KNOWN_NAMES",
    "MODEL_NAME",
    "KnownPersons",
    "blank_pipeline",
    "load_pipeline",
    "shared_pipeline",
    "tokens_of_name",
]
