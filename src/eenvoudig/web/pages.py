"""The pages: the check page itself and a plain description of the API (no CDN)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from .._version import __version__
from ..templating import LEVEL_NAMES, environment
from .kinds import kinds, page_kinds
from .limits import EMPTY, MAX_BYTES, MAX_MB, TOO_LARGE

router = APIRouter(include_in_schema=False)


def render(template: str, **context: Any) -> HTMLResponse:
    """A page from templates/web through eenvoudig's one jinja2 environment (autoescaped)."""
    page = environment().get_template(f"web/{template}").render(version=__version__, **context)
    return HTMLResponse(page)


@router.get("/")
def index(request: Request) -> HTMLResponse:
    from ..checking.run import compiled_checker

    current = request.app.state.settings
    limit = current.long_sentence
    rules = compiled_checker(current).rules  # compiled once per settings, not per page
    settings = {**page_kinds(limit, rules), "max_bytes": MAX_BYTES, "too_large": TOO_LARGE,
                "empty": EMPTY, "level_names": LEVEL_NAMES}
    return render("index.html.j2", kinds=kinds(limit, rules), settings=settings, max_mb=MAX_MB)


@router.get("/api-docs")
def api_docs(request: Request) -> HTMLResponse:
    """The endpoints of /openapi.json as a readable page."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            body = operation.get("requestBody", {}).get("content", {})
            fields = {**body.get("application/json", {}).get("schema", {}).get("properties", {}),
                      "file": body.get("multipart/form-data", {}).get("schema", {})
                      .get("properties", {}).get("file", {})}
            endpoints.append({
                "method": method.upper(), "path": path,
                "summary": operation.get("summary", ""),
                "description": _plain(operation.get("description", "")),
                "fields": [(name, _plain(field.get("description", ""))) for name, field in
                           fields.items() if field],
                "answer": _plain(operation.get("responses", {}).get("200", {})
                                 .get("description", "")),
            })
    return render("api.html.j2", endpoints=endpoints, max_mb=MAX_MB)


def _plain(text: str) -> str:
    """OpenAPI descriptions mark code with backticks; the page shows them without."""
    return text.replace("`", "")
