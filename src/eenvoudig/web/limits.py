"""Limits and safety: the maximum request size, the accepted file types, in-memory forms.

The size limit is enforced by an ASGI middleware before a body is read: a Content-Length
above the limit is refused at once, and a body without one is counted while it streams in.
Uploaded files are kept in memory (never spooled to a temporary file on disk).
"""

from __future__ import annotations

import logging
import traceback
from pathlib import PurePath
from typing import Any

from starlette.datastructures import FormData, Headers
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..document.reading import DOCUMENT_SUFFIXES, TEXT_FORMATS

MAX_BYTES = 5 * 1024 * 1024
MAX_MB = MAX_BYTES // (1024 * 1024)
_DRAIN_BYTES = 64 * 1024 * 1024

TOO_LARGE = (f"Uw tekst of bestand is te groot: het maximum is {MAX_MB} MB. "
             "Kies een kleiner bestand of controleer de tekst in delen.")
EMPTY = "Er staat geen tekst in. Plak een tekst of kies een bestand."
INTERNAL = "Er ging iets mis in eenvoudig. Probeer het opnieuw, of meld het probleem."
ACCEPTED = ".docx, .pdf, .md, .txt of .html"
FILE_SUFFIXES = frozenset(DOCUMENT_SUFFIXES)
_TEXT_SUFFIXES = frozenset(TEXT_FORMATS)
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*",
                 b"\x7fELF", b"MZ", b"Rar!", b"\x1f\x8b", b"7z\xbc\xaf", b"RIFF",
                 b"\xd0\xcf\x11\xe0")


class WebError(Exception):
    """A request the app refuses, with its HTTP status and one Dutch sentence for the user."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _BodyTooLarge(Exception):
    """Raised inside `receive` when a streamed body passes the limit."""


def error_response(request_scope: Scope, status: int, message: str) -> Response:
    """The error as JSON (`{"detail": ...}`), or as a small Dutch page for a browser that
    asked for HTML and not JSON."""
    accept = Headers(scope=request_scope).get("accept", "")
    if "text/html" in accept and "application/json" not in accept:
        from .._version import __version__
        from ..templating import environment

        page = environment().get_template("web/error.html.j2").render(
            status=status, message=message, version=__version__)
        return HTMLResponse(page, status_code=status)
    return JSONResponse({"detail": message}, status_code=status)


class _WatchedSend:
    """An ASGI `send` that remembers whether the response has started (after that, an error
    can no longer be answered with an error page)."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
        await self.send(message)


class _HttpMiddleware:
    """An ASGI middleware that handles HTTP requests in `http` and passes anything else
    (lifespan, websockets) straight to the app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class BodyLimitMiddleware(_HttpMiddleware):
    """Refuse request bodies above `max_bytes` with 413 and a Dutch message."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BYTES) -> None:
        super().__init__(app)
        self.max_bytes = max_bytes

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        length = Headers(scope=scope).get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            if length.isdigit() and int(length) <= _DRAIN_BYTES:
                await _drain(receive)
            await error_response(scope, 413, TOO_LARGE)(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge
            return message

        watched = _WatchedSend(send)
        try:
            await self.app(scope, limited_receive, watched)
        except _BodyTooLarge:
            if watched.started:
                raise
            await error_response(scope, 413, TOO_LARGE)(scope, receive, send)


async def _drain(receive: Receive) -> None:
    """Read and throw away a refused body (it is never kept), so that the browser that sent
    it sees the 413 answer instead of a broken connection."""
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            return
        more = message.get("more_body", False)


class _InMemoryParser(MultiPartParser):
    """Starlette's multipart parser, with files kept in memory up to the request limit."""

    spool_max_size = MAX_BYTES + 1024 * 1024


async def read_form(request: Request) -> FormData:
    """The fields and (at most one) file of a multipart or url-encoded form, in memory."""
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return await request.form()
    parser = _InMemoryParser(request.headers, request.stream(), max_files=1, max_fields=20,
                             max_part_size=MAX_BYTES)
    try:
        return await parser.parse()
    except MultiPartException:
        raise WebError(400, "Het formulier kan niet worden gelezen; stuur één bestand in het "
                            "veld 'file' of tekst in het veld 'text'.") from None


def safe_name(filename: str | None) -> str:
    """The file's own name without folders or control characters, at most 100 characters."""
    name = PurePath((filename or "").replace("\\", "/")).name
    name = "".join(c for c in name if c.isprintable()).strip()
    return name[-100:] or "bestand"


def check_upload(name: str, data: bytes) -> str:
    """The suffix of an acceptable upload; `WebError` 415 for a type eenvoudig cannot read."""
    suffix = PurePath(name).suffix.lower()
    wrong = WebError(415, f"{name}: dit bestandstype kan eenvoudig niet lezen. "
                          f"Kies een {ACCEPTED}-bestand.")
    if suffix not in FILE_SUFFIXES or data.startswith(_BINARY_MAGIC):
        raise wrong
    if suffix == ".docx" and not data.startswith(b"PK\x03\x04"):
        raise WebError(415, f"{name} is geen Word-bestand (.docx).")
    if suffix == ".pdf" and not data.startswith(b"%PDF"):
        raise WebError(415, f"{name} is geen PDF-bestand.")
    if suffix in _TEXT_SUFFIXES and (data.startswith((b"PK\x03\x04", b"%PDF"))
                                     or b"\x00" in data[:8192]):
        raise wrong
    return suffix


def security_headers() -> list[tuple[bytes, bytes]]:
    """Headers for every response: no scripts or styles from elsewhere, no framing."""
    policy = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
              "frame-ancestors 'none'")
    return [(b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY")]


class SecurityHeadersMiddleware(_HttpMiddleware):
    """Add `security_headers()` to every response that does not set its own policy."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[Any] = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(n, v) for n, v in security_headers() if n not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class QuietErrorMiddleware(_HttpMiddleware):
    """Answer an unexpected error with a Dutch 500, and log where it happened: the type and
    the traceback, but not the error's message, which could quote the user's text."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        watched = _WatchedSend(send)
        try:
            await self.app(scope, receive, watched)
        except Exception as error:
            logging.getLogger("eenvoudig.web").error(
                "Interne fout (%s) bij %s:\n%s", type(error).__name__, scope.get("path"),
                "".join(traceback.format_tb(error.__traceback__)).rstrip())
            if watched.started:
                return
            await error_response(scope, 500, INTERNAL)(scope, receive, send)
