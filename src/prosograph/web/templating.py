"""The Jinja environment of the pages: autoescaping always on, our display helpers as filters.

Autoescaping is set explicitly for every template (not by file extension), so no document
text can become markup unless it went through ``highlight.render`` (issue 7).
"""

from __future__ import annotations

from typing import Any

import jinja2
from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from prosograph.web import display, relations
from prosograph.web.assets import templates_dir


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        year=display.year,
        when=display.when,
        person_url=display.person_url,
        document_url=display.document_url,
        label=display.label,
        external_url=display.external_url,
        source_html=display.source_html,
        matches_html=display.matches_html,
        plain_relation=relations.plain,
    )
    env.globals.update(query_url=display.query_url, person_url=display.person_url)
    return env


templates = Jinja2Templates(env=_environment())


def page(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status: int = 200
) -> Response:
    """Render template ``name`` as an HTML response."""
    return templates.TemplateResponse(request, name, context or {}, status_code=status)
