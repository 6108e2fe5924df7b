"""Readability analysis: word features, counts and formulas per sentence, section and document."""
