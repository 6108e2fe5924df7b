"""The API's request and error models (pydantic), which also describe it in /openapi.json."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .limits import MAX_MB

EXAMPLE = ("Wij verstrekken u conform de geldende regels een beschikking. "
           "Uw aanvraag wordt door de gemeente binnen acht weken beoordeeld.")


class TextInput(BaseModel):
    """A text to process, as Markdown (default), plain text or HTML."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description=f"De tekst, hooguit {MAX_MB} MB.", examples=[EXAMPLE])
    format: Literal["markdown", "text", "html"] = Field(
        "markdown", description="Hoe de tekst gelezen wordt.")


class ScoreRequest(TextInput):
    by: Literal["document", "section", "sentence"] = Field(
        "section", description="document: zonder zinnen; section: met zinnen per hoofdstuk "
                               "(standaard); sentence: ook met gegevens per woord.")
    long_sentence: int | None = Field(
        None, ge=1, le=1000, description="Een zin met meer woorden dan dit is lang "
                                         "(standaard: de instelling van de server, meestal 20).")


class CheckRequest(TextInput):
    disable: list[str] = Field(default_factory=list,
                               description="Regels, woorden of regelsets die uit staan.")
    details: bool = Field(False, description="Geef ook `metrics` (de scores van het hele "
                                             "document), `understandability` (de "
                                             "begrijpelijkheid in woorden: score, B1-grens, "
                                             "wat de tekst moeilijker maakt en wat helpt), "
                                             "`text` (de tekst waar `start` en `end` van de "
                                             "meldingen naar wijzen), `format` en `notes`.")


class SimplifyRequest(TextInput):
    pass


class ErrorResponse(BaseModel):
    detail: str = Field(description="Eén Nederlandse zin die zegt wat er mis is.")


def form_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The multipart form that the endpoint also accepts: a file or a text, plus options."""
    properties: dict[str, Any] = {
        "file": {"type": "string", "format": "binary",
                 "description": "Of een bestand in een formulier (multipart/form-data): .docx, "
                                f".pdf, .md, .txt of .html, hooguit {MAX_MB} MB. Geef de "
                                "andere velden dan als formuliervelden."},
    }
    for name, schema in model.model_json_schema()["properties"].items():
        if name == "format":
            properties[name] = schema
        elif name == "text":
            properties[name] = {"type": "string", "description": "Tekst in plaats van een "
                                                                 "bestand."}
        elif schema.get("type") == "array":
            properties[name] = {"type": "string", "description": schema.get("description", "")
                                + " Met komma's gescheiden."}
        else:
            properties[name] = {k: v for k, v in schema.items() if k != "title"}
    return {"type": "object", "properties": properties}


def request_body(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI requestBody of an endpoint that takes JSON or a multipart form."""
    schema = model.model_json_schema()
    schema.pop("title", None)
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": schema},
        "multipart/form-data": {"schema": form_schema(model)},
    }}}
