"""Entry point of the `eenvoudig` command.

Subcommands are imported only when they run, so `eenvoudig --help` stays fast. Every user
error is one Dutch line on stderr with exit code 2; see `ExitCode`.
"""

from __future__ import annotations

import sys
from enum import IntEnum
from importlib import import_module

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
@click.version_option(__version__, "-V", "--version", prog_name="eenvoudig")
def cli() -> None:
    """eenvoudig maakt Nederlandse overheidsteksten leesbaar voor iedereen (taalniveau B1).

    Voorbeeld: eenvoudig score brief.docx --by section
    """


def _dutch_usage(error: click.UsageError) -> str:
    message = error.format_message()
    if isinstance(error, click.NoSuchOption):
        option = error.option_name
        return f"onbekende optie '{option}'; zie 'eenvoudig {_command(error)}--help'."
    if isinstance(error, click.MissingParameter):
        see = f"eenvoudig {_command(error)}--help"
        return f"een bestand (of - voor standaardinvoer) ontbreekt; zie '{see}'."
    if isinstance(error, click.BadParameter):
        param = error.param
        name = param.opts[0] if param is not None and param.opts else "waarde"
        if param is not None and isinstance(param.type, click.Choice):
            return f"ongeldige waarde voor {name}; kies uit: {', '.join(param.type.choices)}."
        if param is not None and isinstance(param.type, click.IntRange | click.types.IntParamType):
            return f"ongeldige waarde voor {name}; geef een geheel getal van minstens 1."
        return f"ongeldige waarde voor {name}: {message.split(':', 1)[-1].strip()}"
    if "No such command" in message:
        return f"onbekende opdracht; kies uit: {', '.join(sorted(_COMMANDS))}."
    return f"{message} (zie 'eenvoudig --help')."


def _command(error: click.UsageError) -> str:
    ctx = error.ctx
    return f"{ctx.info_name} " if ctx is not None and ctx.parent is not None else ""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns (and exits with) an `ExitCode`."""
    from ..errors import EenvoudigError

    code: int
    try:
        result = cli.main(args=argv, prog_name="eenvoudig", standalone_mode=False)
    except click.UsageError as error:
        click.echo(f"eenvoudig: {_dutch_usage(error)}", err=True)
        code = ExitCode.USAGE
    except EenvoudigError as error:
        click.echo(f"eenvoudig: {error.message}", err=True)
        code = ExitCode(error.exit_code)
    except click.exceptions.Abort:
        click.echo("eenvoudig: afgebroken.", err=True)
        code = ExitCode.USAGE
    except click.exceptions.Exit as done:
        code = done.exit_code
    except KeyboardInterrupt:
        click.echo("eenvoudig: afgebroken.", err=True)
        code = ExitCode.USAGE
    except BrokenPipeError:
        code = ExitCode.OK
    else:
        code = result if isinstance(result, int) else ExitCode.OK
    if argv is None:
        sys.exit(int(code))
    return int(code)


if __name__ == "__main__":
    main()
