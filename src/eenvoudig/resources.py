"""Find the data that ships with eenvoudig (word lists, rules) in an installed wheel or a checkout.

In a built wheel the top-level folders `wordlists/` and `rules/` live inside the package
(hatchling force-include), so `importlib.resources` finds them. In an editable install of a
checkout they stay at the repository root, where editors change them; then the folder beside
`src/` is used, so edits take effect without reinstalling.
"""

from __future__ import annotations

import gzip
import zlib
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from .errors import DataError


@cache
def data_dir(name: str) -> Traversable:
    """Return the folder `name` ("wordlists" or "rules") that ships with the package."""
    packaged = files("eenvoudig") / name
    if packaged.is_dir():
        return packaged
    checkout = Path(str(files("eenvoudig"))).parent.parent / name
    if checkout.is_dir():
        return checkout
    raise DataError(f"De map '{name}' van eenvoudig ontbreekt; installeer het pakket opnieuw.")


def read_data_text(folder: str, filename: str) -> str:
    """Read one packaged data file as UTF-8 text; a name ending in `.gz` is unpacked first."""
    path = data_dir(folder) / filename
    try:
        if filename.endswith(".gz"):
            return gzip.decompress(path.read_bytes()).decode("utf-8")
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"Het bestand '{folder}/{filename}' van eenvoudig ontbreekt.") from None
    except UnicodeDecodeError:
        raise DataError(f"Het bestand '{folder}/{filename}' is geen geldige UTF-8-tekst.") from None
    except (OSError, EOFError, zlib.error):
        raise DataError(f"Het bestand '{folder}/{filename}' is geen geldig gzip-bestand.") from None


def package_text(relative: str) -> str:
    """Read a data file inside the package (such as a fitted model) as UTF-8 text."""
    path = files("eenvoudig").joinpath(*relative.split("/"))
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"Het bestand '{relative}' van eenvoudig ontbreekt.") from None
