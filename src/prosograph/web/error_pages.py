"""Turn every failure into a short answer: JSON under /api/, an HTML page elsewhere.

Unknown ids give 404, a name matching several people 409 with the candidates, a malformed
parameter 422 with a sentence per mistake, an unreadable knowledge base 503; anything
unexpected a bare 500. No answer ever carries a stack trace (issue 7); the trace goes to the
server log instead.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.responses import Response

from prosograph.errors import AmbiguousError, NotFoundError, StoreError
from prosograph.web.templating import page

log = logging.getLogger("prosograph.web")

_TITLES = {
    404: "Not found",
    405: "Method not allowed",
    409: "Which one?",
    422: "Cannot read the request",
    500: "Something went wrong",
    503: "Knowledge base unavailable",
}


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(AmbiguousError, _ambiguous)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(StoreError, _store)
    app.add_exception_handler(Exception, _crash)


def _wants_json(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def _answer(
    request: Request,
    status: int,
    message: str,
    *,
    details: list[str] | None = None,
    extra: dict[str, Any] | None = None,
    candidates: list[tuple[str, str]] | None = None,
) -> Response:
    if _wants_json(request):
        body: dict[str, Any] = {"detail": message, **(extra or {})}
        if candidates is not None:
            body["candidates"] = [{"id": pid, "name": name} for pid, name in candidates]
        return JSONResponse(body, status_code=status)
    return page(
        request,
        "error.html",
        {
            "status": status,
            "title": _TITLES.get(status, "Error"),
            "message": message,
            "details": details or [],
            "candidates": candidates or [],
        },
        status=status,
    )


async def _not_found(request: Request, error: Exception) -> Response:
    return _answer(request, 404, str(error))


async def _ambiguous(request: Request, error: Exception) -> Response:
    assert isinstance(error, AmbiguousError)
    return _answer(request, 409, str(error), candidates=error.candidates)


async def _invalid(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problems = list(error.errors())
    if _wants_json(request):
        return JSONResponse({"detail": jsonable_encoder(problems)}, status_code=422)
    details = [f"{_where(problem)}: {problem.get('msg', 'invalid')}" for problem in problems]
    return _answer(request, 422, "Some parameters are not valid.", details=details)


def _where(problem: dict[str, Any]) -> str:
    location = [str(part) for part in problem.get("loc", ()) if part not in ("query", "path")]
    return ".".join(location) or "request"


async def _http(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    found = error.status_code != 404
    message = str(error.detail) if found else f"Nothing here: {request.url.path}"
    return _answer(request, error.status_code, message)


async def _store(request: Request, error: Exception) -> Response:
    log.error("knowledge base error on %s: %s", request.url.path, error)
    return _answer(request, 503, str(error))


async def _crash(request: Request, error: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=error)
    return _answer(request, 500, "The server could not answer this request; see its log.")
