"""The only package that speaks SQL: schema, writes of whole documents, and read queries."""

from prosograph.store.db import Store

__all__ = ["Store"]
