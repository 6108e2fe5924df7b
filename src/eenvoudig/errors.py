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
    "EDQUOT": "de schijfruimte voor uw account is op",
    "EFBIG": "het bestand wordt te groot",
    "EROFS": "alleen-lezen",
    "ENAMETOOLONG": "de naam is te lang",
    "ELOOP": "te veel symbolische koppelingen",
    "EPIPE": "de uitvoer werd gesloten voordat alles geschreven was",
    "EBADF": "de uitvoer is gesloten",
    "EIO": "lees- of schrijffout van het apparaat",
    "EEXIST": "bestaat al",
    "EMFILE": "te veel open bestanden",
    "ENFILE": "te veel open bestanden",
    "EBUSY": "het bestand is in gebruik",
    "ETXTBSY": "het bestand is in gebruik",
    "ENXIO": "het apparaat bestaat niet",
    "ENODEV": "het apparaat bestaat niet",
    "EINVAL": "ongeldige naam of waarde",
    "EADDRNOTAVAIL": "dat adres hoort niet bij deze computer",
}
OUTPUT_ERRNOS = frozenset({"ENOSPC", "EDQUOT", "EFBIG", "EPIPE", "EBADF", "EIO"})
"""Errors of writing to standard output: a full disk, a closed pipe or terminal."""


def os_reason(exc: OSError) -> str:
    """A short Dutch reason for a file-system error."""
    import errno

    if isinstance(exc, BrokenPipeError):
        return _OS_REASONS["EPIPE"]
    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_REASONS.get(name, "fout van het besturingssysteem")


def write_error(path: object, exc: OSError) -> EenvoudigError:
    """The error for an output file that cannot be written (its name shortened)."""
    return EenvoudigError(f"Kan niet schrijven naar {short_name(str(path))} ({os_reason(exc)}).")


def os_problem(exc: OSError) -> str:
    """One Dutch sentence for a file-system error that no command caught: the file it is
    about (shortened when its name is long) and the reason, or, for standard output (no
    file name), that the output cannot be written."""
    import errno

    name = exc.filename
    if name is None:
        code = errno.errorcode.get(exc.errno or 0, "")
        if isinstance(exc, BrokenPipeError) or code in OUTPUT_ERRNOS:
            return f"kan niet naar de uitvoer schrijven ({os_reason(exc)})."
        return f"fout van het besturingssysteem ({os_reason(exc)})."
    shown = name.decode(errors="replace") if isinstance(name, bytes) else str(name)
    return f"{short_name(shown)}: {os_reason(exc)}."


def short_name(name: str, width: int = 80) -> str:
    """A file name for a message: cut in the middle when it is longer than `width`."""
    if len(name) <= width:
        return name
    half = (width - 1) // 2
    return name[:half] + "…" + name[-half:]
