"""`python -m aistats`: the same as the `aistats` command."""

from .cli import run

run()
