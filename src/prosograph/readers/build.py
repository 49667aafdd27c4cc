"""Decoded text plus a format name -> :class:`~prosograph.models.Document`.

This is the one place that knows which header parser serves which format and how each
format names its subject, so the file reader and the JSONL reader agree.
"""

from __future__ import annotations

from pathlib import Path

from prosograph.models import Document
from prosograph.names import strip_disambiguator
from prosograph.readers.article import parse_article
from prosograph.readers.plaintext import parse_text
from prosograph.readers.sentences import parse_sentences


def build_document(
    text: str,
    format: str,
    *,
    doc_id: str,
    source_path: str,
    sha256: str,
    path: Path,
    subject: str | None = None,
) -> Document:
    """Parse the header of ``text`` in ``format`` (article, sentences or text).

    ``subject`` is only used by the text format: the other formats state their subject in
    the file, and one override for a whole directory of articles would be wrong for all
    but one of them. Raises :class:`~prosograph.readers.base.ParseProblem`.
    """
    if format == "article":
        article = parse_article(text)
        return Document(
            id=doc_id,
            source_path=source_path,
            format=format,
            title=article.title,
            text=text,
            sha256=sha256,
            subject=strip_disambiguator(article.title) or article.title,
            name_line=article.name_line,
            infobox=article.infobox,
            body_start=article.body_start,
        )
    if format == "sentences":
        collection = parse_sentences(text)
        return Document(
            id=doc_id,
            source_path=source_path,
            format=format,
            title=collection.title,
            text=text,
            sha256=sha256,
            subject=strip_disambiguator(collection.title) or collection.title,
            body_start=collection.body_start,
        )
    if format == "text":
        plain = parse_text(text, path, subject)
        return Document(
            id=doc_id,
            source_path=source_path,
            format=format,
            title=plain.title,
            text=text,
            sha256=sha256,
            subject=plain.subject,
            body_start=plain.body_start,
        )
    raise ValueError(f"build_document does not handle format {format!r}")
