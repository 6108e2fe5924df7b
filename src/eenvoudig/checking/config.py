"""Settings for `eenvoudig check`, from `[tool.eenvoudig]` in pyproject.toml or from an
eenvoudig.toml, found by walking up from the checked file.

    [tool.eenvoudig]
    disable = ["zinsbouw.we-ze", "anglicismen"]      # rule ids, hit ids or whole sets
    enable = ["anglicismen.deadline"]                # back on, below a disabled set
    severity = { "zinsbouw.lijdende-vorm" = "warning" }
    long-sentence = { warning = 25, error = 35 }
    wordlists = ["taal/verboden-woorden.tsv"]        # own lists: term, pos, alternatives, note
    rules = ["taal/regels"]                          # folders with own rule files
    fail-on = "warning"                              # error (default), warning, suggestion, none

Command-line options override the file. Unknown keys give a warning that names them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EenvoudigError
from .model import SEVERITIES

KNOWN = {"disable", "enable", "severity", "long-sentence", "long_sentence", "wordlists", "rules",
         "fail-on", "fail_on"}
FAIL_ON = (*SEVERITIES, "none")


@dataclass
class CheckConfig:
    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    long_sentence: dict[str, int] = field(default_factory=dict)
    wordlists: tuple[Path, ...] = ()
    rule_dirs: tuple[Path, ...] = ()
    fail_on: str = "error"
    source: Path | None = None
    warnings: tuple[str, ...] = ()


def find_config_file(start: Path) -> tuple[Path, dict] | None:
    """The nearest eenvoudig.toml, or pyproject.toml with [tool.eenvoudig], above `start`."""
    folder = start if start.is_dir() else start.parent
    for directory in [folder.resolve(), *folder.resolve().parents]:
        own = directory / "eenvoudig.toml"
        if own.is_file():
            return own, _read(own)
        project = directory / "pyproject.toml"
        if project.is_file():
            data = _read(project).get("tool", {}).get("eenvoudig")
            if data is not None:
                return project, data
    return None


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise EenvoudigError(f"{path}: geen geldige TOML ({exc}).") from None


def load_config(start: Path | None = None, explicit: Path | None = None) -> CheckConfig:
    """Read the settings that apply to a file (or the given config file)."""
    if explicit is not None:
        if not explicit.is_file():
            raise EenvoudigError(f"Het instellingenbestand {explicit} bestaat niet.")
        data = _read(explicit)
        if explicit.name == "pyproject.toml":
            data = data.get("tool", {}).get("eenvoudig", {})
        found: tuple[Path, dict] | None = (explicit, data)
    else:
        found = find_config_file(start or Path.cwd())
    if found is None:
        return CheckConfig()
    path, data = found
    return config_from_dict(data, path)


def config_from_dict(data: dict, path: Path) -> CheckConfig:
    base = path.parent
    warnings = tuple(f"{path}: onbekende instelling '{key}' wordt genegeerd."
                     for key in data if key not in KNOWN)

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise EenvoudigError(f"{path}: '{key}' moet een lijst met teksten zijn.")
        return tuple(value)

    severity = data.get("severity", {})
    if not isinstance(severity, dict) or any(v not in SEVERITIES for v in severity.values()):
        raise EenvoudigError(f"{path}: 'severity' koppelt regel-id's aan "
                             f"{', '.join(SEVERITIES)}.")
    long_sentence = data.get("long-sentence", data.get("long_sentence", {}))
    if isinstance(long_sentence, int):
        long_sentence = {"warning": long_sentence}
    if not isinstance(long_sentence, dict) or not all(
        k in ("warning", "error") and isinstance(v, int) and v > 0
        for k, v in long_sentence.items()
    ):
        raise EenvoudigError(f"{path}: 'long-sentence' is bijvoorbeeld "
                             "{ warning = 20, error = 30 }.")
    fail_on = data.get("fail-on", data.get("fail_on", "error"))
    if fail_on not in FAIL_ON:
        raise EenvoudigError(f"{path}: 'fail-on' moet een van {', '.join(FAIL_ON)} zijn.")
    return CheckConfig(
        disable=strings("disable"),
        enable=strings("enable"),
        severity=dict(severity),
        long_sentence=dict(long_sentence),
        wordlists=tuple(base / p for p in strings("wordlists")),
        rule_dirs=tuple(base / p for p in strings("rules")),
        fail_on=fail_on,
        source=path,
        warnings=warnings,
    )
