"""Offsets into the file as given.

The readers cut the text with every line end as `\n` and without a BOM; offsets (`start`/
`end` of sentences and hits) are character offsets into the decoded file itself, where a
Windows line end is two characters (`\r\n`) and a BOM is one (U+FEFF). `SourceMap` turns
positions in the first text into positions in the second.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left

BOM = "\ufeff"
_LINE_END = re.compile(r"\r\n|\r|\n")


class SourceMap:
    """Positions in the normalised text (no BOM, `\n` line ends) → positions in `original`,
    the decoded file as it is."""

    def __init__(self, original: str) -> None:
        self.shift = 1 if original.startswith(BOM) else 0
        # Where in the normalised text a `\n` stands for a `\r\n` of the file: from each one
        # on, positions move one further.
        self.crlf = array("q")
        for removed, match in enumerate(re.finditer("\r\n", original)):
            self.crlf.append(match.start() - self.shift - removed)

    def __call__(self, position: int) -> int:
        return position + self.shift + bisect_left(self.crlf, position)

    def offsets(self, offsets: array[int]) -> array[int]:
        """A block's offset map with every position moved into the file's own text."""
        if not offsets or (not self.crlf and not self.shift):
            return offsets
        import numpy as np

        dtype = np.dtype(f"i{offsets.itemsize}")
        positions = np.frombuffer(offsets, dtype=dtype)
        moved = positions + self.shift
        if self.crlf:
            moved += np.searchsorted(np.frombuffer(self.crlf, dtype=np.int64), positions,
                                     side="left").astype(dtype)
        result = array(offsets.typecode)
        result.frombytes(moved.astype(dtype).tobytes())
        return result


def line_starts(text: str) -> list[int]:
    """Where each line of `text` starts: after `\n`, `\r\n` or a lone `\r`; the first line
    after a BOM."""
    starts = [1 if text.startswith(BOM) else 0]
    starts.extend(match.end() for match in _LINE_END.finditer(text))
    return starts
