"""`python -m app ...`: the command line. See app.cli."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
