"""``python -m heatpump_expert`` runs the command line."""

import sys

from ._interfaces.cli import main

sys.exit(main())
