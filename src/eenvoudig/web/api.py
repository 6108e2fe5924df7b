"""The JSON API: /api/score, /api/check, /api/simplify and the three downloads.

Every endpoint takes JSON (`{"text": ...}`) or a multipart form with a `file` (or a `text`
field) and the same options as form fields. The JSON answers are the `to_dict()` of the
Python API, so they equal the CLI's `--format json`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from ..settings import Settings
from . import service
from .limits import EMPTY, MAX_MB, TOO_LARGE, WebError, check_upload, read_form, safe_name
from .models import (
    CheckRequest,
    ErrorResponse,
    ScoreRequest,
    SimplifyRequest,
    TextInput,
    request_body,
)
from .service import Submission

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorResponse, "description": f"Groter dan {MAX_MB} MB: {TOO_LARGE}"},
    415: {"model": ErrorResponse, "description": "Een bestandstype dat eenvoudig niet leest."},
    422: {"model": ErrorResponse, "description": f"Geen tekst ({EMPTY}) of een ongeldige "
                                                 "waarde."},
}

router = APIRouter(prefix="/api", tags=["API"])


def _json(description: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"description": description}, **_ERRORS}


def _file(media_type: str, description: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"description": description,
                  "content": {media_type: {"schema": {"type": "string", "format": "binary"}}}},
            **_ERRORS}


def _json_endpoint(path: str, summary: str, model: type[TextInput], answer: str,
                   work: Callable[[Request, Submission, Any], dict[str, Any]]) -> None:
    """Register POST /api{path}: a text or file in, `work`'s JSON out."""

    async def endpoint(request: Request) -> JSONResponse:
        submission, options = await _submission(request, model)
        return JSONResponse(await run_in_threadpool(work, request, submission, options))

    router.add_api_route(path, endpoint, methods=["POST"], summary=summary,
                         description=f"{summary} (schema 1.0).", operation_id=path.strip("/"),
                         openapi_extra=request_body(model), responses=_json(answer))


def _file_endpoint(path: str, summary: str, media_type: str, answer: str, suffix: str,
                   work: Callable[[Request, Submission], bytes]) -> None:
    """Register POST /api{path}: a text or file in, a file to download out."""

    async def endpoint(request: Request) -> Response:
        submission, _ = await _submission(request, SimplifyRequest)
        data = await run_in_threadpool(work, request, submission)
        return _download(data, media_type, f"{submission.stem}{suffix}",
                         sandbox=media_type.startswith("text/html"))

    router.add_api_route(path, endpoint, methods=["POST"], summary=summary,
                         description=answer, operation_id=path.strip("/").replace("/", "_"),
                         openapi_extra=request_body(SimplifyRequest),
                         responses=_file(media_type.split(";")[0], answer))


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


_json_endpoint(
    "/score", "Leesbaarheid meten", ScoreRequest,
    "Zoals `eenvoudig score --format json`: begrijpelijkheid (met wat de tekst moeilijker "
    "maakt en wat helpt), LiNT-II, Flesch-Douma, Brouwer en LIX per "
    "document, hoofdstuk en zin.",
    lambda request, submission, options: service.score(
        submission, _settings(request), by=options.by, long_sentence=options.long_sentence))
_json_endpoint(
    "/check", "Tekst controleren op stadhuistaal, moeilijke woorden en zinnen", CheckRequest,
    "Zoals `eenvoudig check --format json`: de meldingen met plaats, reden en voorstel, en de "
    "B1-indicatie.",
    lambda request, submission, options: service.check(
        submission, _settings(request), disable=tuple(options.disable),
        details=options.details))
_json_endpoint(
    "/simplify", "B1-versie maken", SimplifyRequest,
    "Zoals `eenvoudig convert --format json`: de nieuwe tekst per blok naast het origineel, "
    "en elke wijziging met de reden.",
    lambda request, submission, options: service.simplify(submission, _settings(request)))
_file_endpoint(
    "/report", "Rapport (HTML) downloaden", "text/html; charset=utf-8",
    "Eén HTML-pagina met de score, de meldingen in de tekst en de B1-indicatie.",
    "-rapport.html",
    lambda request, submission: service.report(submission, _settings(request)).encode("utf-8"))
_file_endpoint(
    "/docx/commented", "Word met opmerkingen downloaden", DOCX,
    "Het document als Word-bestand met een opmerking bij elke melding.",
    "-met-opmerkingen.docx",
    lambda request, submission: service.commented_docx(submission, _settings(request)))
_file_endpoint(
    "/docx/b1", "B1-versie als Word downloaden", DOCX,
    "De B1-versie als Word-bestand; een .docx houdt zijn opmaak.", "-B1.docx",
    lambda request, submission: service.b1_docx(submission, _settings(request)))


def _download(data: bytes, media_type: str, filename: str, *, sandbox: bool = False) -> Response:
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    headers = {"Content-Disposition": f"attachment; filename=\"{ascii_name}\"; "
                                      f"filename*=UTF-8''{quote(filename)}"}
    if sandbox:
        headers["Content-Security-Policy"] = "sandbox; default-src 'none'; style-src " \
                                             "'unsafe-inline'; img-src data:"
    return Response(data, media_type=media_type, headers=headers)


async def _submission(request: Request, model: type[TextInput]) -> tuple[Submission, BaseModel]:
    """The text or file of a JSON or multipart request, and its validated options."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        try:
            payload = json.loads(await request.body())
        except ValueError:
            raise WebError(422, "De JSON kan niet worden gelezen.") from None
        if not isinstance(payload, dict):
            raise WebError(422, "Stuur een JSON-object met het veld 'text'.")
        if isinstance(payload.get("text"), str) and not payload["text"].strip():
            raise WebError(422, EMPTY)
        options = _validate(model, payload)
        return Submission.from_text(options.text, options.format), options
    if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await read_form(request)
        fields: dict[str, Any] = {k: v for k, v in form.multi_items() if isinstance(v, str)}
        for name, schema in model.model_json_schema()["properties"].items():
            if schema.get("type") == "array" and name in fields:
                fields[name] = [p.strip() for p in fields[name].split(",") if p.strip()]
        upload = form.get("file")
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read()
            name = safe_name(upload.filename)
            suffix = check_upload(name, data)
            if not data.strip():
                raise WebError(422, f"{name} is leeg: er staat geen tekst in.")
            options = _validate(model, {**fields, "text": ""})
            return Submission(data, name, suffix), options
        if not str(fields.get("text", "")).strip():
            raise WebError(422, EMPTY)
        options = _validate(model, fields)
        return Submission.from_text(options.text, options.format), options
    raise WebError(415, "Stuur de tekst als JSON (application/json) of als formulier "
                        "(multipart/form-data, met een bestand in het veld 'file').")


def _validate(model: type[TextInput], payload: dict[str, Any]) -> TextInput:
    try:
        return model.model_validate(payload)
    except ValidationError as error:
        raise WebError(422, _dutch(error)) from None


def _dutch(error: ValidationError) -> str:
    """One Dutch sentence for the first problem pydantic found."""
    first = error.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or "tekst"
    kind = first["type"]
    if kind == "missing":
        return f"Het veld '{field}' ontbreekt." + (" Stuur de tekst in het veld 'text'."
                                                   if field == "text" else "")
    if kind == "extra_forbidden":
        return f"Onbekend veld '{field}'."
    if kind == "literal_error":
        expected = first.get("ctx", {}).get("expected", "").replace(" or ", ", ")
        return f"Ongeldige waarde voor '{field}'; kies uit: {expected.replace(chr(39), '')}."
    if kind.startswith(("greater_than", "less_than")):
        return f"Ongeldige waarde voor '{field}'; geef een geheel getal van 1 tot en met 1000."
    return f"Ongeldige waarde voor '{field}'."
