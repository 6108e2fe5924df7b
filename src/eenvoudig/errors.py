"""The one class of errors a user can act on.

Every message is one line of plain Dutch that says what went wrong and what to do next.
The CLI prints it to stderr and exits with the error's exit code; it never shows a traceback.
"""

from __future__ import annotations


class EenvoudigError(Exception):
    """A problem with the user's input or options (exit code 2).

    `code` is a stable English name for the kind of problem ("input", "settings", "data",
    "options"), for programs that handle errors; `message` is the Dutch text for people.
    """

    exit_code: int = 2
    code: str = "options"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class InputError(EenvoudigError):
    """The input document cannot be read: missing, empty, binary, unknown format, too large."""

    code = "input"


class SettingsError(EenvoudigError):
    """A setting has a wrong value (in a settings file, an option or an API argument)."""

    code = "settings"


class DataError(EenvoudigError):
    """A word list or rule file that ships with eenvoudig (or a user's own) is malformed."""

    code = "data"


_OS_REASONS = {
    "ENOENT": "de map of het bestand bestaat niet",
    "EACCES": "geen toegang",
    "EPERM": "geen toestemming",
    "EISDIR": "dat is een map",
    "ENOTDIR": "een deel van het pad is geen map",
    "ENOSPC": "de schijf is vol",
    "EROFS": "alleen-lezen",
}


def os_reason(exc: OSError) -> str:
    """A short Dutch reason for a file-system error."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_REASONS.get(name, "fout van het besturingssysteem")
