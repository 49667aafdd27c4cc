"""Check query parameters that FastAPI's types alone cannot, failing with a 422 and a sentence.

HTML forms send empty fields as ``""``, so the pages read years as text and convert them
here; the JSON API declares them as integers. Both end in the same ``RequestValidationError``
shape, so one handler shows every parameter mistake.
"""

from __future__ import annotations

from typing import Any

from fastapi.exceptions import RequestValidationError

from prosograph.models import FACT_TYPES

YEAR_MIN, YEAR_MAX = 1, 9999


def invalid(name: str, value: Any, message: str) -> RequestValidationError:
    """A validation error for query parameter ``name``, in FastAPI's own error shape."""
    return RequestValidationError(
        [{"type": "value_error", "loc": ("query", name), "msg": message, "input": value}]
    )


def fact_type(value: str | None, name: str = "type") -> str | None:
    """``value`` if it is a fact type of the contract, None if empty; else a 422."""
    if not value:
        return None
    if value not in FACT_TYPES:
        raise invalid(
            name, value, f"unknown fact type {value!r}; use one of {', '.join(FACT_TYPES)}"
        )
    return value


def year(value: str | None, name: str) -> int | None:
    """A year typed in a form (``""`` means none); a 422 for anything but a whole year."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not text.isdigit() or not YEAR_MIN <= int(text) <= YEAR_MAX:
        raise invalid(name, value, f"{name} must be a year from {YEAR_MIN} to {YEAR_MAX}")
    return int(text)


def count(value: str | None, name: str, *, default: int, maximum: int) -> int:
    """A positive whole number typed in a form, at most ``maximum``; ``default`` if empty."""
    if value is None or not value.strip():
        return default
    text = value.strip()
    if not text.isdigit() or not 1 <= int(text) <= maximum:
        raise invalid(name, value, f"{name} must be a whole number from 1 to {maximum}")
    return int(text)


def year_range(year_from: int | None, year_to: int | None) -> None:
    """A 422 when the range is backwards."""
    if year_from is not None and year_to is not None and year_from > year_to:
        raise invalid("year_to", year_to, f"year_to ({year_to}) is before year_from ({year_from})")


def span(value: str | None) -> tuple[int, int] | None:
    """A ``START-END`` character span (as the document links carry it), or a 422."""
    if not value:
        return None
    start, dash, end = value.partition("-")
    if not dash or not start.isdigit() or not end.isdigit() or int(start) > int(end):
        raise invalid("span", value, "span must be START-END, two offsets with START <= END")
    return int(start), int(end)
