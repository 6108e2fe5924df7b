"""The FastAPI application of `eenvoudig serve`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .._version import __version__
from ..settings import Settings
from . import api, pages, service
from .limits import (
    BodyLimitMiddleware,
    QuietErrorMiddleware,
    SecurityHeadersMiddleware,
    WebError,
    error_response,
)

STATIC = Path(__file__).resolve().parent / "static"
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
_HTTP_MESSAGES = {404: "Deze pagina bestaat niet.",
                  405: "Dit kan hier niet; de API werkt met POST.",
                  400: "Het verzoek kan niet worden gelezen."}


def create_app(settings: Settings | None = None, *, allowed_hosts: tuple[str, ...] = LOOPBACK,
               warm_up: bool = True, on_ready: Callable[[], None] | None = None) -> FastAPI:
    """The web app: the page at /, the JSON API under /api, its description at /openapi.json.

    `settings`: the settings (default: those of the working folder, as the CLI finds
    them). `allowed_hosts`: the Host names it answers to (loopback only, against DNS
    rebinding). `warm_up`: load the pipeline at start-up so the first request is fast.
    `on_ready`: called once the app is ready to serve.
    """
    if settings is None:
        from ..settings import load_settings

        settings = load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            await run_in_threadpool(service.warm_up, settings)
        if on_ready is not None:
            on_ready()
        yield

    app = FastAPI(
        title="eenvoudig", version=__version__, lifespan=lifespan,
        description="Leesbaarheid meten, tekst controleren en een B1-versie maken van "
                    "Nederlandse teksten. Alles blijft op deze computer; niets wordt bewaard.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.include_router(pages.router)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(WebError)
    async def web_error(request: Request, error: WebError) -> Response:
        return error_response(request.scope, error.status, error.message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        message = _HTTP_MESSAGES.get(error.status_code, "Dit verzoek kan niet worden "
                                                        "uitgevoerd.")
        response = error_response(request.scope, error.status_code, message)
        response.headers.update(error.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return error_response(request.scope, 422, "Ongeldige invoer.")

    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(QuietErrorMiddleware)  # outside the size limit, whose signal it is not
    app.add_middleware(SecurityHeadersMiddleware)
    if "*" not in allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app
