"""`python -m bvmdesk` runs the command line (the GUI is its default command)."""

from bvmdesk.cli import entry

entry()
