"""The web app and JSON API: a thin FastAPI layer over ``prosograph.api.KnowledgeBase``.

``create_app(db)`` builds the application; ``prosograph serve`` runs it with uvicorn.
"""

from prosograph.web.app import create_app

__all__ = ["create_app"]
