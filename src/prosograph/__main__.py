"""`python -m prosograph` runs the command line."""

from prosograph.cli import main

main()
