"""Rewrite Dutch text towards B1: replacements from the rules, split sentences, written-out
abbreviations — every change an explainable edit, checked by guardrails."""
