"""The `gsomia-tui` command and the Textual app: the only package that draws."""
