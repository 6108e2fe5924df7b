"""`eenvoudig rules`: list the rules, show one with its examples, test a rule folder."""

from __future__ import annotations

from pathlib import Path

import click


@click.group(name="rules", invoke_without_command=True)
@click.pass_context
def rules(ctx: click.Context) -> int:
    """Toon de regels (id, ernst, soort, korte uitleg)."""
    if ctx.invoked_subcommand is not None:
        return 0
    from ..api import load_settings
    from ..checking.run import select_rules
    from .common import report_rule_warnings

    settings = load_settings()
    report_rule_warnings(settings)
    for rule in select_rules(settings):
        click.echo(f"{rule.id:32} {rule.severity:10} {rule.kind:12} {rule.description}")
    return 0


@rules.command(name="show")
@click.argument("rule_id", metavar="ID")
def show(rule_id: str) -> int:
    """Toon één regel met zijn voorbeelden."""
    from ..api import load_settings
    from ..checking.categories import category
    from ..checking.run import select_rules
    from ..errors import EenvoudigError

    found = [r for r in select_rules(load_settings()) if r.id == rule_id or r.set == rule_id]
    if not found:
        raise EenvoudigError(f"Regel '{rule_id}' bestaat niet; zie 'eenvoudig rules'.")
    for rule in found:
        click.echo(f"{rule.id} ({rule.kind}, {rule.severity})")
        click.echo(f"  {rule.description}")
        click.echo(f"  Melding: {rule.message}")
        shown = category(rule.category)
        click.echo(f"  Weergave: {shown.label} ({shown.key}); voorstel invullen bij "
                   f"herschrijven: {'ja' if rule.apply else 'nee'}")
        if rule.source:
            click.echo(f"  Bron: {rule.source}")
        for key in ("wordlist", "metric", "warning", "error", "advice"):
            if key in rule.options:
                click.echo(f"  {key}: {rule.options[key]}")
        click.echo(f"  Bestand: {rule.file}:{rule.line}")
        click.echo("  Voorbeelden:")
        for example in rule.examples:
            if example.hit:
                extra = f" → '{example.replacement}'" if example.replacement else ""
                click.echo(f"    gaat af op '{example.hit}'{extra}: {example.text}")
            else:
                click.echo(f"    gaat niet af: {example.text}")
    return 0


@rules.command(name="test")
@click.argument("path", required=False, metavar="MAP", type=click.Path(path_type=Path))
def test(path: Path | None) -> int:
    """Voer de voorbeelden van de regels uit (van MAP of één regelbestand, of anders van de
    ingebouwde regels)."""
    from ..checking.examples import run_examples
    from ..checking.ruleset import builtin_rules, load_rule_files, rule_files
    from ..errors import EenvoudigError, short_name

    if path is not None and not rule_files(path):
        raise EenvoudigError(f"In {short_name(str(path))} staan geen regelbestanden (.yaml).")
    selected = load_rule_files([path]) if path else list(builtin_rules())
    if not selected:
        raise EenvoudigError(f"In {short_name(str(path))} staan geen regels met voorbeelden "
                             "(alleen 'own_wordlists').")
    for warning in dict.fromkeys(w for rule in selected for w in rule.warnings):
        click.echo(f"eenvoudig: let op: {warning}", err=True)
    results = run_examples(selected)
    failed = [r for r in results if not r.ok]
    for result in failed:
        click.echo(f"FOUT {result.rule}: {result.problem} — \"{result.text}\"")
    click.echo(f"{len(results) - len(failed)} voorbeelden geslaagd, {len(failed)} mislukt")
    return 1 if failed else 0
