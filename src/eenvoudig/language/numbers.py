"""Dutch number words, to count the syllables of numbers as a reader says them.

"2026" → "tweeduizend zesentwintig", "1998" → "negentien achtennegentig",
"1,5" → "een komma vijf", "5.000" → "vijfduizend".
"""

from __future__ import annotations

_UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
          "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
          "negentien"]
_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
         "negentig"]


def _below_thousand(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        if not unit:
            return _TENS[tens]
        link = "ën" if _UNITS[unit].endswith("e") else "en"
        return f"{_UNITS[unit]}{link}{_TENS[tens]}"
    hundreds, rest = divmod(n, 100)
    head = "honderd" if hundreds == 1 else f"{_UNITS[hundreds]}honderd"
    return head + (_below_thousand(rest) if rest else "")


def cardinal(n: int) -> str:
    """Dutch words for a non-negative integer (spaces between the large groups)."""
    if n < 1000:
        return _below_thousand(n)
    if 1100 <= n < 2000 and n % 100:  # years: "negentien achtennegentig"
        return f"{_below_thousand(n // 100)} {_below_thousand(n % 100)}"
    parts = []
    for value, name in ((10**9, "miljard"), (10**6, "miljoen"), (1000, "duizend")):
        if n >= value:
            count, n = divmod(n, value)
            if name == "duizend":
                parts.append(("" if count == 1 else cardinal(count)) + "duizend")
            else:
                parts.append(f"{cardinal(count)} {name}")
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def number_words(token: str) -> str:
    """Read a number token ("5.000", "1,5", "2026") as Dutch words."""
    if "," in token:
        whole, _, fraction = token.partition(",")
        decimals = " ".join(_UNITS[int(d)] for d in fraction if d.isdigit())
        return f"{number_words(whole)} komma {decimals}"
    digits = token.replace(".", "")
    if token.count(".") == 1 and len(token.split(".")[1]) != 3:
        left, right = token.split(".")  # a time or section number: "12.30", "1.2"
        return f"{number_words(left)} {number_words(right)}"
    if not digits.isdigit():
        return token
    if len(digits) > 15:
        return " ".join(_UNITS[int(d)] for d in digits)
    return cardinal(int(digits))
