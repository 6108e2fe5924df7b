"""`eenvoudig serve`: a local web page for checking drafts, and a JSON API for other systems.

The app runs on 127.0.0.1, needs no account and no internet, and keeps every text in memory
only: nothing is written to disk or to a log. Build it with `create_app()`; FastAPI and
uvicorn come with the `web` extra (`pip install 'eenvoudig[web]'`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module 'eenvoudig.web' has no attribute {name!r}")
