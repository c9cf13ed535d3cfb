"""Modal and full-screen views opened from the main screen: help, compare, matrix, palette."""
