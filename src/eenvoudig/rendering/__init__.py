"""Render the easy-language version of a document as a static site (jinja2)."""
