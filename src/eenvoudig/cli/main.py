"""Entry point of the `eenvoudig` command.

Subcommands are imported only when they run, so `eenvoudig --help` stays fast. Every user
error is one Dutch line on stderr with exit code 2, a bug one Dutch line with exit code 3
(its traceback goes to a log file); see `ExitCode` and `main`.
"""

from __future__ import annotations

import io
import os
import sys
from contextlib import suppress
from enum import IntEnum
from importlib import import_module
from pathlib import Path

import click

from .._version import __version__


class ExitCode(IntEnum):
    """Exit codes of the `eenvoudig` command."""

    OK = 0
    FINDINGS = 1  # reserved for checks that find something at or above --fail-on
    USAGE = 2  # bad options, unreadable or empty input
    INTERNAL = 3  # a bug in eenvoudig: please report it


_COMMANDS = {
    "score": ("eenvoudig.cli.score", "score",
              "Meet de leesbaarheid per document, hoofdstuk en zin."),
    "check": ("eenvoudig.cli.check", "check",
              "Zoek stadhuistaal en lastige zinnen, met een voorstel wat u kunt schrijven."),
    "convert": ("eenvoudig.cli.convert", "convert",
                "Maak een B1-versie van een document (Markdown, tekst, HTML, JSON of Word)."),
    "render": ("eenvoudig.cli.render", "render",
               "Maak een versie in eenvoudige taal van elk hoofdstuk (HTML of Markdown)."),
    "rules": ("eenvoudig.cli.rules", "rules",
              "Toon de regels, één regel met voorbeelden, of test een regelmap."),
    "serve": ("eenvoudig.cli.serve", "serve", "Start een webpagina om teksten te controleren."),
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module only when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in _COMMANDS:
            return None
        module, attribute, _ = _COMMANDS[name]
        command: click.Command = getattr(import_module(module), attribute)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_) for name, (_, _, help_) in sorted(_COMMANDS.items())]
        with formatter.section("Opdrachten"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="eenvoudig",
                      message="%(prog)s, versie %(version)s")
def cli() -> None:
    """eenvoudig maakt Nederlandse overheidsteksten leesbaar voor iedereen (taalniveau B1).

    Voorbeeld: eenvoudig score brief.docx --by section
    """


_PATH_PROBLEMS = (("does not exist", "bestaat niet"), ("is a directory", "is een map"),
                  ("is a file", "is een bestand, geen map"),
                  ("is not writable", "is niet schrijfbaar"),
                  ("is not readable", "is niet leesbaar"))


def _dutch_usage(error: click.UsageError, args: list[str] | None = None) -> str:
    message = error.format_message()
    see = f"zie '{_command(error, args)} --help'"
    if isinstance(error, click.NoSuchOption):
        return f"onbekende optie '{error.option_name}'; {see}."
    if isinstance(error, click.MissingParameter):
        param = error.param
        if param is None or param.name in ("files", "file", "document"):
            return f"een bestand (of - voor standaardinvoer) ontbreekt; {see}."
        if isinstance(param, click.Option):
            return f"de optie {param.opts[0]} ontbreekt; {see}."
        return f"{param.human_readable_name} ontbreekt; {see}."
    if isinstance(error, click.BadOptionUsage):
        if "requires an argument" in message:
            return f"de optie {error.option_name} heeft een waarde nodig; {see}."
        return f"de optie {error.option_name} kan zo niet; {see}."
    if isinstance(error, click.BadParameter):
        param = error.param
        name = param.opts[0] if param is not None and param.opts else "waarde"
        if param is not None and isinstance(param.type, click.Choice):
            return f"ongeldige waarde voor {name}; kies uit: {', '.join(param.type.choices)}."
        if param is not None and isinstance(param.type, click.IntRange | click.types.IntParamType):
            return f"ongeldige waarde voor {name}; geef een geheel getal van minstens 1."
        if param is not None and isinstance(param.type, click.Path):
            return f"ongeldige waarde voor {name}: {_path_problem(error.message)}"
        return f"ongeldige waarde voor {name}; {see}."
    if "No such command" in message:
        return f"onbekende opdracht; kies uit: {', '.join(sorted(_COMMANDS))}."
    if "unexpected extra argument" in message:
        extra = message.rsplit("(", 1)[-1].rstrip(").") if "(" in message else ""
        return f"te veel argumenten ({extra}); {see}."
    return f"ongeldige opdracht; {see}."


def _path_problem(message: str) -> str:
    """click's English reason for a bad path, in Dutch ("'d' is a directory." → "d is een
    map.")."""
    import re

    found = re.search(r"'(.*)'", message)
    name = found.group(1) if found else ""
    for english, dutch in _PATH_PROBLEMS:
        if english in message:
            return f"{name} {dutch}." if name else f"{dutch}."
    return f"{name} kan niet worden gebruikt." if name else "die kan niet worden gebruikt."


def _command(error: click.UsageError, args: list[str] | None) -> str:
    """The command the error is about ("eenvoudig rules show"); from the arguments when
    click does not say (an option without its value)."""
    ctx = error.ctx
    if ctx is not None:
        return ctx.command_path
    words = [a for a in (sys.argv[1:] if args is None else args) if not a.startswith("-")]
    if words and words[0] in _COMMANDS:
        if words[0] == "rules" and len(words) > 1 and words[1] in ("show", "test"):
            return f"eenvoudig rules {words[1]}"
        return f"eenvoudig {words[0]}"
    return "eenvoudig"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns (and exits with) an `ExitCode`.

    Nothing escapes as a traceback: user errors are one Dutch line with exit code 2, so is a
    file-system error (a full disk or closed pipe on standard output, a name that is too
    long, no permission), and anything else is a bug: one Dutch line naming a log file with
    the traceback, exit code 3.
    """
    from ..errors import EenvoudigError, os_problem

    code: int
    closed = _guard_closed_stdout()
    try:
        result = _invoke(argv)
        _flush_stdout()
    except click.UsageError as error:
        _say(f"eenvoudig: {_dutch_usage(error, argv)}")
        code = ExitCode.USAGE
    except EenvoudigError as error:
        _say(f"eenvoudig: {error.message}")
        code = ExitCode(error.exit_code)
    except (click.exceptions.Abort, EOFError):
        _say("eenvoudig: afgebroken.")
        code = ExitCode.USAGE
    except click.exceptions.Exit as done:
        code = done.exit_code
    except KeyboardInterrupt:
        _say("eenvoudig: afgebroken.")
        code = ExitCode.USAGE
    except OSError as error:  # BrokenPipeError too: the output could not be written
        _quiet_stdout()
        _say(f"eenvoudig: {os_problem(error)}")
        code = ExitCode.USAGE
    except Exception as error:  # a bug: one line here, the traceback in a log file
        _say(f"eenvoudig: {_bug_report(error, argv)}")
        code = ExitCode.INTERNAL
    else:
        code = result if isinstance(result, int) else ExitCode.OK
    finally:
        if closed:
            sys.stdout = None
    if argv is None:
        sys.exit(int(code))
    return int(code)


def _invoke(argv: list[str] | None) -> object:
    """Run the group as `cli.main` would, but let every error through to `main` (click's
    own main turns a broken pipe into a silent exit code 1)."""
    if argv is None:
        args = sys.argv[1:]
        if os.name == "nt":  # click expands wildcards on Windows, where the shell does not
            expand = getattr(click.utils, "_expand_args", None)
            args = expand(args) if expand is not None else args
    else:
        args = list(argv)
    with cli.make_context("eenvoudig", args) as ctx:
        return cli.invoke(ctx)


class _ClosedOutput(io.TextIOBase):
    """Stands in for a standard output that was closed before eenvoudig started (Python then
    sets `sys.stdout` to None and click would drop the output without a word)."""

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        import errno

        raise OSError(errno.EBADF, "standard output is closed")


def _guard_closed_stdout() -> bool:
    if sys.stdout is not None:
        return False
    sys.stdout = _ClosedOutput()
    return True


def _flush_stdout() -> None:
    """Flush standard output inside the error handling, so that a full disk shows up here
    and not as an "Exception ignored" when Python exits."""
    stream = sys.stdout
    if stream is not None and not isinstance(stream, _ClosedOutput):
        stream.flush()


def _quiet_stdout() -> None:
    """After a failed write, point standard output at the null device so that Python's last
    flush at exit does not fail (and print) again."""
    stream = sys.stdout
    try:
        fileno = stream.fileno()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return  # not a real file (a test's capture, a closed output): nothing is flushed
    with suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fileno)
        os.close(null)


def _say(line: str) -> None:
    """Write one line to stderr; when even stderr fails there is no one left to tell."""
    with suppress(OSError, ValueError):
        click.echo(line, err=True)


def _bug_report(error: Exception, argv: list[str] | None) -> str:
    """The one line for a bug, after writing its traceback to a log file."""
    import traceback

    summary = " ".join(f"{type(error).__name__}: {error}".split())
    if len(summary) > 200:
        summary = summary[:199] + "…"
    text = (f"eenvoudig {__version__}, Python {sys.version.split()[0]}\n"
            f"opdracht: {' '.join(sys.argv[1:] if argv is None else argv)}\n\n"
            + "".join(traceback.format_exception(error)))
    log = _write_log(text)
    where = (f"details staan in {log}" if log is not None
             else "het logbestand kon niet worden geschreven")
    return f"er ging iets mis ({summary}); {where}. Meld dit als fout in eenvoudig."


def _write_log(text: str) -> Path | None:
    """Write `text` to a new log file in the user's cache folder (or else the temporary
    folder); None when neither can be written."""
    import tempfile
    import time

    name = f"fout-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    for folder in (Path(cache) / "eenvoudig", Path(tempfile.gettempdir()) / "eenvoudig"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(text, encoding="utf-8")
        except (OSError, RuntimeError):
            continue
        return path
    return None


if __name__ == "__main__":
    main()
