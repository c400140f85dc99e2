"""Premiere: an entertainment newsroom whose stories feed a living, sourced catalog."""
