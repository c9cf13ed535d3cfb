"""One widget a file; each posts typed messages and never reaches into a sibling."""
