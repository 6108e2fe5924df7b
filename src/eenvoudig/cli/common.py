"""What the subcommands share: reading the input files, JSON output, writing the result."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .. import dutch_format as fmt
from ..document.reading import DOCUMENT_SUFFIXES
from ..settings import Settings

if TYPE_CHECKING:
    from ..document.model import Document

SCHEMA_VERSION = "1.0"
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., Any])


def settings_options(command: F) -> F:
    """The options that every document command shares: the settings file, the long-sentence
    limit and the spaCy model (they fill in the one `Settings`)."""
    command = click.option(
        "--model", default=None, metavar="NAAM",
        help="Gebruik een geïnstalleerd spaCy-model (bijv. nl_core_news_lg) in plaats van "
             "het eigen Nederlandse model van eenvoudig.")(command)
    command = click.option(
        "--long-sentence", type=click.IntRange(min=1), default=None,
        help=f"Een zin met meer woorden dan dit is lang (standaard {Settings.long_sentence}, "
             "of wat het instellingenbestand zegt).")(command)
    command = click.option(
        "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Gebruik dit instellingenbestand (eenvoudig.toml of pyproject.toml).")(command)
    return command


def cli_settings(files: tuple[str, ...], config_path: Path | None, **overrides: Any) -> Settings:
    """The settings of the first file's folder (or of `config_path`), with the command's
    options on top; warnings about the settings file go to stderr."""
    from ..api import load_settings

    first = next((Path(f) for f in files if f != "-"), None)
    settings = load_settings(first, config_path)
    for warning in settings.warnings:
        click.echo(f"eenvoudig: let op: {warning}", err=True)
    return settings.with_(**overrides)


def report_rule_warnings(settings: Settings) -> None:
    """Print the harmless mistakes in the rules and in disable/enable/severity (stderr)."""
    from ..checking.run import rule_warnings

    for warning in rule_warnings(settings):
        click.echo(f"eenvoudig: let op: {warning}", err=True)


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name the same file (through links and "..", too)."""
    try:
        if first.exists() and second.exists():
            return os.path.samefile(first, second)
        return first.resolve() == second.resolve()
    except (OSError, RuntimeError):
        return False


def refuse_overwriting(inputs: Iterable[str], outputs: Iterable[Path]) -> None:
    """Refuse (before any work) an output file that is one of the input files."""
    from ..errors import InputError, short_name

    names = [Path(name) for name in inputs if name != "-"]
    for output in outputs:
        for name in names:
            if same_file(output, name):
                raise InputError(f"De uitvoer {short_name(str(output))} is ook een "
                                 "invoerbestand; kies een andere naam, anders wordt de invoer "
                                 "overschreven.")


def expand_folders(files: tuple[str, ...]) -> tuple[tuple[str, ...], bool, list[str]]:
    """Replace every folder by the documents in it (all subfolders, sorted by path; hidden
    files and folders skipped). Returns the file names, whether a folder was given, and the
    folders without any document."""
    names: list[str] = []
    empty: list[str] = []
    folder = False
    for name in files:
        path = Path(name)
        if name != "-" and path.is_dir():
            folder = True
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                empty.append(name)
            names.extend(str(p) for p in found)
        else:
            names.append(name)
    return tuple(names), folder, empty


def single_input(files: tuple[str, ...]) -> bool:
    """True when the command was given one file (not a folder): JSON is then one object."""
    return len(files) == 1 and (files[0] == "-" or not Path(files[0]).is_dir())


@contextmanager
def _progress(names: tuple[str, ...], label: str, show: bool) -> Iterator[Iterable[str]]:
    if not show:
        yield iter(names)
        return
    with click.progressbar(names, label=label, file=sys.stderr, show_pos=True,
                           item_show_func=lambda n: Path(n).name if n else "") as bar:
        yield bar


def run_batch(
    files: tuple[str, ...], work: Callable[[list[Document]], list[R]], *, label: str
) -> tuple[list[R], list[tuple[str, str]]]:
    """Read and process every file (folders walked), one at a time, with a progress bar on
    stderr when a folder was given. A file that cannot be read is reported and skipped.

    Returns the results and the (file, reason) of every file that failed.
    """
    from ..errors import EenvoudigError

    names, folder, empty = expand_folders(files)
    results: list[R] = []
    failed = [(name, f"in de map {name} staan geen documenten "
                     f"({', '.join(DOCUMENT_SUFFIXES)})") for name in empty]
    with _progress(names, label, folder and len(names) > 1) as items:
        for name in items:
            documents, errors = read_inputs((name,), quiet=folder)
            if errors:
                failed.append((name, _naming(name, errors[0])))
                continue
            try:
                results.extend(work(documents))
            except EenvoudigError as error:
                if not folder:
                    raise
                failed.append((name, _naming(name, error.message)))
    for _name, reason in failed if folder else ():
        click.echo(f"eenvoudig: overgeslagen: {reason}", err=True)
    return results, failed


def _naming(name: str, reason: str) -> str:
    """The reason a file failed, starting with its name when the reason does not name it."""
    return reason if name in reason else f"{name}: {reason}"


def short_path(name: str, width: int = 60) -> str:
    """A file name for a table: relative to the working folder when inside it, and cut at
    the front (keeping the file name) when still too long."""
    with suppress(ValueError, OSError):
        name = str(Path(name).resolve().relative_to(Path.cwd()))
    return name if len(name) <= width else "…" + name[-(width - 1):]


def table(header: tuple[str, ...], rows: list[tuple[str, ...]], right: set[int]) -> list[str]:
    """A plain text table with a header line and a rule; `right` holds right-aligned columns."""
    widths = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.rjust(widths[i]) if i in right else c.ljust(widths[i])
                         for i, c in enumerate(cells)).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def summary_lines(header: tuple[str, ...], rows: list[tuple[str, ...]], right: set[int],
                  failed: list[tuple[str, str]]) -> list[str]:
    """The summary after a batch: one row per document, then the files that were skipped."""
    lines = [f"Samenvatting: {len(rows)} documenten"
             + (f", {len(failed)} overgeslagen" if failed else "")]
    if rows:
        lines += table(header, rows, right)
    for _name, reason in failed:
        lines.append(f"Overgeslagen: {fmt.shorten(reason, 160)}")
    return lines


def read_inputs(files: tuple[str, ...], *, quiet: bool = False
                ) -> tuple[list[Document], list[str]]:
    """Read every file (or "-"); an unreadable one is reported on stderr (unless `quiet`)
    and skipped.

    Returns the documents and the error message of every file that failed.
    """
    from ..api import read
    from ..errors import EenvoudigError

    documents: list[Document] = []
    failed: list[str] = []
    for name in files:
        try:
            document = read(name if name == "-" else Path(name))
        except EenvoudigError as error:
            if not quiet:
                click.echo(f"eenvoudig: {error.message}", err=True)
            failed.append(error.message)
            continue
        for note in document.notes:
            click.echo(f"eenvoudig: let op: {note}", err=True)
        documents.append(document)
    return documents, failed


def json_text(payloads: list[dict[str, Any]], *, single: bool) -> str:
    """One object for one input file, else {"schema_version", "documents": [...]}."""
    if single and payloads:
        data: Any = payloads[0]
    else:
        data = {"schema_version": SCHEMA_VERSION, "documents": payloads}
    return json.dumps(data, ensure_ascii=False, indent=2)


def emit(text: str, output: str | None) -> None:
    """Write to the output file, or to stdout (no -o, or -o -)."""
    if output and output != "-":
        try:
            Path(output).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            from ..errors import write_error

            raise write_error(output, exc) from None
    elif text:
        click.echo(text)
