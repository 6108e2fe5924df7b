"""`eenvoudig serve`: the local web page for checking drafts, and the JSON API."""

from __future__ import annotations

import socket
from importlib.util import find_spec
from pathlib import Path

import click

from ..errors import EenvoudigError, os_reason

INSTALL = "Installeer eerst de webonderdelen: pip install 'eenvoudig[web]'"


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Het adres waarop de pagina draait (standaard alleen deze computer).")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True,
              help="De poort.")
@click.option("--no-browser", is_flag=True, help="Open de pagina niet in de browser.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Gebruik dit instellingenbestand (eenvoudig.toml of "
                                 "pyproject.toml).")
def serve(host: str, port: int, no_browser: bool, config_path: Path | None) -> int:
    """Start een webpagina op deze computer om teksten te controleren, met een JSON-API.

    Er is geen account en geen internet nodig. Teksten blijven in het geheugen: niets wordt
    opgeslagen of gelogd.
    """
    if find_spec("fastapi") is None or find_spec("uvicorn") is None \
            or find_spec("python_multipart") is None:
        raise EenvoudigError(INSTALL)
    import uvicorn

    from ..api import load_settings
    from ..web.app import LOOPBACK, create_app
    from .common import report_rule_warnings

    settings = load_settings(None, config_path)
    for warning in settings.warnings:
        click.echo(f"eenvoudig: let op: {warning}", err=True)
    report_rule_warnings(settings)
    sock = _bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}"

    def ready() -> None:
        click.echo(f"eenvoudig draait op {url} — stop met Ctrl+C")
        if not no_browser:
            import webbrowser

            webbrowser.open(url)

    hosts = LOOPBACK if host in LOOPBACK else ("*",)
    click.echo("eenvoudig start: de taalmodellen worden geladen…", err=True)
    app = create_app(settings, allowed_hosts=hosts, on_ready=ready)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="on"))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # Ctrl+C is the normal way to stop
    finally:
        sock.close()
    click.echo("eenvoudig is gestopt.", err=True)
    return 0


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket, bound before the pipeline loads, so a taken port fails at once."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    if hasattr(socket, "SO_REUSEADDR") and not hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # restart after Ctrl+C
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise EenvoudigError(f"Poort {port} is al in gebruik; kies een andere met "
                                 "--port.") from None
        raise EenvoudigError(f"Kan niet starten op {host}:{port} ({os_reason(exc)}).") from None
    sock.listen(128)
    return sock
