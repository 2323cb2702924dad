"""`python -m bvmdesk` runs the command line (the GUI is its default command).

Guarded: a worker process that renders certificates (spawned) imports this module again and
must not start the program.
"""

from bvmdesk.cli import entry

if __name__ == "__main__":
    entry()
