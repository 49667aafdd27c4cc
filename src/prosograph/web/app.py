"""Build the FastAPI application over one knowledge-base file, read-only.

The app never writes: every thread reads through its own read-only KnowledgeBase. The
interactive API docs that FastAPI serves by default load their scripts from a CDN, so they
are off; /api/openapi.json describes the API and /api lists its routes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response

from prosograph import __version__
from prosograph.api import KnowledgeBase
from prosograph.errors import StoreError
from prosograph.web import error_pages, json_routes, page_routes
from prosograph.web.assets import static_dir, vendor_file
from prosograph.web.pool import KnowledgeBasePool
from prosograph.web.templating import page

_DESCRIPTION = (
    "Read-only access to a prosograph knowledge base: persons in the shape of the person "
    "contract, their timelines, relations, conflicts, full-text search over sentences and "
    "the stored documents. Every answer is what `prosograph … --json` prints."
)


#: Defence in depth behind escaping: only our own scripts run, nothing loads from elsewhere.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def create_app(db: str | Path) -> FastAPI:
    """The web app serving the knowledge base at ``db``; raises StoreError if it is unusable.

    The file is opened once here so that a missing file or a wrong schema stops
    ``prosograph serve`` at start, not at the first request.
    """
    path = Path(db)
    if not path.is_file():
        raise StoreError(f"{path}: no knowledge base here; run `prosograph ingest` first")
    KnowledgeBase(path, read_only=True).close()
    pool = KnowledgeBasePool(path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="prosograph",
        version=__version__,
        description=_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.pool = pool
    app.state.db = path
    app.include_router(json_routes.router)
    app.include_router(page_routes.router)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    error_pages.install(app)

    @app.middleware("http")
    async def secure_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> Response:
        """The graph library's files, read from the installed pyvis package."""
        file = vendor_file(name)
        if file is None:
            raise HTTPException(404)
        return FileResponse(file, headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/api", include_in_schema=False)
    def api_index(request: Request) -> Response:
        """A page listing the JSON routes, generated from the OpenAPI document."""
        spec = app.openapi()
        routes = [
            {
                "path": route,
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "parameters": operation.get("parameters", []),
            }
            for route, methods in spec["paths"].items()
            for operation in methods.values()
        ]
        return page(request, "api.html", {"routes": routes})

    return app
