"""Coordinators' curation in the admin: verification and duplicates."""
