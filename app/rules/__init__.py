"""Lexicon loading/validation, normalisation, matching and hit tracking."""
