"""The Textual face of gsomia-tui: the interactive explorer (`run_interactive`)."""
