"""Screens that own the flows."""
