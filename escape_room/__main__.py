"""`python -m escape_room` runs the command line."""

import sys

from escape_room.cli import main

sys.exit(main())
