"""`python -m bvmdesk` runs the command line (the GUI is its default command)."""

import sys

from bvmdesk.cli import main

sys.exit(main())
