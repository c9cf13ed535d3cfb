"""The Whoosh index over the corpus and the search that returns plain frozen dataclasses.

This package never imports Textual or Rich (a test proves it).
"""
