"""Rules that find jargon and hard constructions and say what to write instead.

Rules are data (`rules/*.yaml`); this package loads them strictly, matches them on parsed
documents and reports hits with a position, a Dutch reason and an alternative.
"""
