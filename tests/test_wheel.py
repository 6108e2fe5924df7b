"""The built wheel carries wordlists/ and rules/ and works outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(out), str(ROOT)], check=True, capture_output=True)
    return next(out.glob("eenvoudig-*.whl"))


def test_wheel_contains_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "eenvoudig/py.typed" in names
    assert "eenvoudig/wordlists/punt-afkortingen.txt" in names
    assert "eenvoudig/wordlists/lettergrepen.tsv" in names
    assert any(n.startswith("eenvoudig/rules/") for n in names)
    assert "eenvoudig/models/nl_eenvoudig_sm/meta.json" in names
    assert "eenvoudig/models/nl_eenvoudig_sm/lemma_lookup.tsv" in names
    model_bytes = sum(i.file_size for i in zipfile.ZipFile(wheel).infolist()
                      if i.filename.startswith("eenvoudig/models/"))
    assert model_bytes < 25 * 1024 * 1024


def test_installed_wheel_scores_a_file(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)  # this environment's pip installs into it
    python = env_dir / "bin" / "python"
    # Dependencies come from this environment, the package itself only from the wheel.
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = subprocess.run([str(python), "-c", code],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--no-deps", "--no-index", "--quiet", str(wheel)],
                   check=True, capture_output=True)
    sample = tmp_path / "brief.md"
    sample.write_text("# Uw aanvraag\n\nWij hebben uw aanvraag o.a. ontvangen. U hoort het "
                      "binnen twee weken.\n", encoding="utf-8")
    result = subprocess.run([str(env_dir / "bin" / "eenvoudig"), "score", str(sample), "--by",
                             "sentence"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Wij hebben uw aanvraag o.a. ontvangen." in result.stdout
    assert "LiNT" in result.stdout  # the parser loaded from the installed wheel
    checked = subprocess.run([str(env_dir / "bin" / "eenvoudig"), "check", str(sample)],
                             capture_output=True, text=True, cwd=tmp_path)
    assert checked.returncode in (0, 1), checked.stderr
    assert "afkortingen.o-a" in checked.stdout  # rules and word lists from the wheel
    where = subprocess.run([str(python), "-c", "import eenvoudig; print(eenvoudig.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    assert str(env_dir) in where
