"""`python -m explorer.cli`: the same as the installed `gsomia-tui` command."""

import sys

from explorer.cli.main import main

sys.exit(main())
