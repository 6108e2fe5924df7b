"""One frozen `Settings`: the same settings from a file, the command line and the API."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

import eenvoudig
from eenvoudig import Settings, SettingsError, load_settings
from tests.conftest import run

LONG = ("Wij helpen u graag met uw aanvraag voor een nieuwe parkeervergunning in de "
        "binnenstad van Heerlen.")  # 15 words


def test_defaults_are_one_object_and_frozen():
    settings = Settings()
    assert (settings.long_sentence, settings.long_sentence_error) == (20, 30)
    assert settings.rare_zipf == 3.0 and settings.parse is True and settings.fail_on == "error"
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.long_sentence = 5  # type: ignore[misc]
    assert hash(settings) == hash(Settings())


def test_values_are_checked_wherever_they_come_from(tmp_path):
    with pytest.raises(SettingsError) as error:
        Settings(long_sentence=0)
    assert error.value.code == "settings" and "minstens 1 woord" in error.value.message
    with pytest.raises(SettingsError):
        Settings(fail_on="soms")
    with pytest.raises(SettingsError):
        Settings(severity={"zinsbouw.we-ze": "heel erg"})
    assert Settings(severity={"a": "error"}).severity == (("a", "error"),)
    assert Settings().with_(long_sentence=None) == Settings()
    (tmp_path / "eenvoudig.toml").write_text('fail-on = "soms"\n', encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        load_settings(tmp_path / "brief.md")
    assert str(tmp_path / "eenvoudig.toml") in error.value.message


def test_file_settings_are_read_and_paths_are_relative_to_the_file(tmp_path):
    (tmp_path / "eenvoudig.toml").write_text(textwrap.dedent("""
        long-sentence = { warning = 12, error = 40 }
        rare-zipf = 2.5
        wordlists = ["lijsten/eigen.tsv"]
        kleur = "rood"
    """), encoding="utf-8")
    settings = load_settings(tmp_path / "brief.md")
    assert (settings.long_sentence, settings.long_sentence_error) == (12, 40)
    assert settings.rare_zipf == 2.5
    assert settings.wordlists == (tmp_path / "lijsten" / "eigen.tsv",)
    assert settings.source == tmp_path / "eenvoudig.toml"
    assert settings.warnings == (f"{tmp_path / 'eenvoudig.toml'}: onbekende instelling 'kleur' "
                                 "wordt genegeerd.",)


def test_api_uses_the_settings_file_of_the_input_and_keywords_override_it(tmp_path):
    (tmp_path / "eenvoudig.toml").write_text("long-sentence = 12\n", encoding="utf-8")
    letter = tmp_path / "brief.md"
    letter.write_text(LONG + "\n", encoding="utf-8")
    assert eenvoudig.analyze(letter, parse=False).metrics.counts.long_sentences == 1
    loose = eenvoudig.analyze(letter, parse=False, long_sentence=20)
    assert loose.metrics.counts.long_sentences == 0
    hits = {h.rule for h in eenvoudig.check(letter).hits}
    assert "zinsbouw.lange-zin" in hits
    assert "zinsbouw.lange-zin" not in {
        h.rule for h in eenvoudig.check(letter, settings=Settings()).hits}


def test_check_and_score_take_the_same_settings_options(tmp_path, capsys):
    letter = tmp_path / "brief.md"
    letter.write_text(LONG + "\n", encoding="utf-8")
    _code, out, _ = run(["check", str(letter), "--long-sentence", "12", "--format", "json"],
                        capsys)
    assert '"rule": "zinsbouw.lange-zin"' in out
    _code, out, _ = run(["score", str(letter), "--long-sentence", "12", "--format", "json",
                        "--no-parse"], capsys)
    assert '"long_sentences": 1' in out
    settings_file = tmp_path / "strikt.toml"
    settings_file.write_text("long-sentence = 12\n", encoding="utf-8")
    for command in (["score", "--no-parse"], ["check"]):
        _code, out, _ = run([*command, str(letter), "--config", str(settings_file),
                             "--format", "json"], capsys)
        assert ('"long_sentences": 1' in out) or ('"rule": "zinsbouw.lange-zin"' in out)


def test_a_str_that_looks_like_a_missing_file_is_refused():
    with pytest.raises(eenvoudig.InputError) as error:
        eenvoudig.analyze("tyop.docx", parse=False)
    assert error.value.code == "input" and "tyop.docx bestaat niet" in error.value.message
    assert eenvoudig.analyze("Een gewone zin.", parse=False).metrics.words == 3
    assert eenvoudig.analyze(Path(__file__).parent / "data" / "syllables.tsv",
                             parse=False).metrics.words > 100
