"""`python -m eenvoudig` runs the command line."""

from .cli.main import main

main()
