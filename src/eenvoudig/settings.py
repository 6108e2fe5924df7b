"""One settings object for every part of eenvoudig, with one default per setting.

The command line, the web page, the API and a settings file all fill in the same frozen
`Settings`. A file is `eenvoudig.toml`, or the `[tool.eenvoudig]` table of a pyproject.toml,
found by walking up from the checked file:

    [tool.eenvoudig]
    long-sentence = { warning = 25, error = 35 }     # or: long-sentence = 25
    rare-zipf = 3.0                                  # rarer than this is a rare word
    disable = ["zinsbouw.we-ze", "anglicismen"]      # rule ids, hit ids or whole sets
    enable = ["anglicismen.deadline"]                # back on, below a disabled set
    severity = { "zinsbouw.lijdende-vorm" = "warning" }
    wordlists = ["taal/verboden-woorden.tsv"]        # own lists: term, pos, alternatives, note
    rules = ["taal/regels"]                          # folders with own rule files
    fail-on = "warning"                              # error (default), warning, suggestion, none
    model = "nl_core_news_lg"                        # an installed spaCy pipeline (optional)

Command-line options and API arguments override the file. Unknown keys give a warning that
names them; wrong values an error that names the file.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SettingsError

SEVERITIES = ("suggestion", "warning", "error")
FAIL_ON = (*SEVERITIES, "none")
SETTINGS_FILE = "eenvoudig.toml"


@dataclass(frozen=True)
class Settings:
    """What eenvoudig measures and checks, and how strictly.

    `long_sentence`: a sentence with more words than this is long (a warning);
    `long_sentence_error`: more words than this is an error. `rare_zipf`: a word with a
    Zipf frequency below this is rare. `parse`: parse sentences for LiNT-II and the
    sentence rules (False gives only the classic formulas). `model`: None for eenvoudig's
    own Dutch pipeline, or the name or path of an installed spaCy pipeline. `disable` /
    `enable`: rule ids, hit ids or sets; `severity`: (rule id, severity) pairs;
    `wordlists` / `rule_dirs`: own word lists and rule folders; `fail_on`: from which
    severity `check` fails. `source` and `warnings` tell where the settings came from.
    """

    long_sentence: int = 20
    long_sentence_error: int = 30
    rare_zipf: float = 3.0
    parse: bool = True
    model: str | None = None
    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    wordlists: tuple[Path, ...] = ()
    rule_dirs: tuple[Path, ...] = ()
    fail_on: str = "error"
    source: Path | None = field(default=None, compare=False)
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        put("disable", _strings(self.disable, "disable"))
        put("enable", _strings(self.enable, "enable"))
        put("wordlists", tuple(Path(p) for p in _sequence(self.wordlists, "wordlists")))
        put("rule_dirs", tuple(Path(p) for p in _sequence(self.rule_dirs, "rules")))
        severity = self.severity
        pairs = tuple(severity.items()) if isinstance(severity, Mapping) else tuple(
            tuple(p) for p in _sequence(severity, "severity"))
        if any(len(p) != 2 or p[1] not in SEVERITIES for p in pairs):
            raise SettingsError(f"'severity' koppelt regel-id's aan {', '.join(SEVERITIES)}.")
        put("severity", pairs)
        for name in ("long_sentence", "long_sentence_error"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise SettingsError("De grens voor lange zinnen moet minstens 1 woord zijn.")
        if isinstance(self.rare_zipf, bool) or not isinstance(self.rare_zipf, int | float):
            raise SettingsError("'rare-zipf' moet een getal zijn, bijvoorbeeld 3.0.")
        put("rare_zipf", float(self.rare_zipf))
        if not isinstance(self.parse, bool):
            raise SettingsError("'parse' moet true of false zijn.")
        if self.model is not None and not isinstance(self.model, str):
            raise SettingsError("'model' moet de naam of map van een spaCy-model zijn.")
        if self.fail_on not in FAIL_ON:
            raise SettingsError(f"'fail-on' moet een van {', '.join(FAIL_ON)} zijn.")

    def with_(self, **changes: Any) -> Settings:
        """A copy with some settings changed (None leaves a setting as it is)."""
        given = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **given) if given else self

    @property
    def long_sentence_limits(self) -> dict[str, int]:
        """The limits of the long-sentence rule: {"warning": …, "error": …}."""
        return {"warning": self.long_sentence, "error": self.long_sentence_error}


def _sequence(value: object, key: str) -> tuple[Any, ...]:
    if isinstance(value, str | Path):
        return (value,)
    if not isinstance(value, Iterable) or isinstance(value, Mapping | bytes):
        raise SettingsError(f"'{key}' moet een lijst zijn.")
    return tuple(value)


def _strings(value: object, key: str) -> tuple[str, ...]:
    items = _sequence(value, key)
    if not all(isinstance(v, str) for v in items):
        raise SettingsError(f"'{key}' moet een lijst met teksten zijn.")
    return items


# --- settings files -------------------------------------------------------------------------

_KEYS = {
    "long-sentence": "long_sentence", "rare-zipf": "rare_zipf", "parse": "parse",
    "model": "model", "disable": "disable", "enable": "enable", "severity": "severity",
    "wordlists": "wordlists", "rules": "rule_dirs", "fail-on": "fail_on",
}


def find_settings_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest eenvoudig.toml, or pyproject.toml with [tool.eenvoudig], above `start`."""
    folder = start if start.is_dir() else start.parent
    for directory in [folder.resolve(), *folder.resolve().parents]:
        own = directory / SETTINGS_FILE
        if own.is_file():
            return own, _read(own)
        project = directory / "pyproject.toml"
        if project.is_file():
            data = _read(project).get("tool", {}).get("eenvoudig")
            if data is not None:
                return project, data
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: geen geldige TOML ({exc}).") from None
    except OSError as exc:
        from .errors import os_reason

        raise SettingsError(f"{path}: kan niet lezen ({os_reason(exc)}).") from None


def load_settings(start: Path | None = None, file: Path | None = None) -> Settings:
    """The settings that apply to a file or folder (`start`, default the working folder), or
    those of the given settings `file`; the defaults when there is none."""
    if file is not None:
        if not file.is_file():
            raise SettingsError(f"Het instellingenbestand {file} bestaat niet.")
        data = _read(file)
        if file.name == "pyproject.toml":
            data = data.get("tool", {}).get("eenvoudig", {})
        found: tuple[Path, dict[str, Any]] | None = (file, data)
    else:
        found = find_settings_file(start or Path.cwd())
    if found is None:
        return Settings()
    path, data = found
    return settings_from_dict(data, path)


def settings_from_dict(data: Mapping[str, Any], path: Path) -> Settings:
    """Settings from the table of a settings file at `path` (paths are relative to it)."""
    if not isinstance(data, Mapping):
        raise SettingsError(f"{path}: [tool.eenvoudig] moet een tabel zijn.")
    values: dict[str, Any] = {}
    warnings = []
    for key, value in data.items():
        name = _KEYS.get(key.replace("_", "-"))
        if name is None:
            warnings.append(f"{path}: onbekende instelling '{key}' wordt genegeerd.")
        else:
            values[name] = value
    limit = values.pop("long_sentence", None)
    if limit is not None:
        if isinstance(limit, int) and not isinstance(limit, bool):
            limit = {"warning": limit}
        if not isinstance(limit, dict) or not all(
            k in ("warning", "error") and isinstance(v, int) and not isinstance(v, bool)
            and v > 0 for k, v in limit.items()
        ):
            raise SettingsError(f"{path}: 'long-sentence' is bijvoorbeeld "
                                 "{ warning = 20, error = 30 }.")
        if "warning" in limit:
            values["long_sentence"] = limit["warning"]
        if "error" in limit:
            values["long_sentence_error"] = limit["error"]
    if not isinstance(values.get("severity", {}), dict):
        raise SettingsError(f"{path}: 'severity' koppelt regel-id's aan "
                             f"{', '.join(SEVERITIES)}.")
    base = path.parent
    for name in ("wordlists", "rule_dirs"):
        if name in values:
            values[name] = tuple(base / p for p in _checked_strings(values[name], name, path))
    try:
        return Settings(**values, source=path, warnings=tuple(warnings))
    except SettingsError as error:
        raise SettingsError(f"{path}: {error.message}") from None


def _checked_strings(value: object, name: str, path: Path) -> tuple[str, ...]:
    key = "rules" if name == "rule_dirs" else name
    try:
        return _strings(value, key)
    except SettingsError:
        raise SettingsError(f"{path}: '{key}' moet een lijst met teksten zijn.") from None
