"""The command line: `eenvoudig score`, and more to come. It calls only the public API."""
