"""Input readers: files in the four input formats -> :class:`~prosograph.models.Document`.

``read_path`` is the entry point; ``detect_format`` is exposed for callers that want to
show what a file would be read as.
"""

from __future__ import annotations

from prosograph.readers.base import FORMATS
from prosograph.readers.detect import detect_format
from prosograph.readers.files import READ_SUFFIXES, read_file, read_path

__all__ = ["FORMATS", "READ_SUFFIXES", "detect_format", "read_file", "read_path"]
