"""Format numbers and text the Dutch way: decimal comma, thousands point."""

from __future__ import annotations


def number(value: float | int | None, digits: int = 1, *, empty: str = "—") -> str:
    """12345.678 → "12.345,7"; None → "—"."""
    if value is None:
        return empty
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


PERCENT = "\u00a0%"  # a non-breaking space: "34 %" never wraps between number and sign


def percent(part: int, whole: int, *, empty: str = "—") -> str:
    """Share as a whole percentage: "34 %" (with a non-breaking space)."""
    if not whole:
        return empty
    return f"{round(100 * part / whole)}{PERCENT}"


def shorten(text: str, width: int) -> str:
    """Cut text to `width` characters, ending with "…" when cut."""
    if len(text) <= width:
        return text
    return text[: max(1, width - 1)].rstrip() + "…"
