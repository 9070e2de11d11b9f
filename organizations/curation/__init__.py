"""Coordinators' curation: checking that listings are still correct (verification.py, the
emailed confirmation link in views.py and urls.py), finding organizations listed twice
(duplicates.py) and merging them (merge.py), and their pages in the admin (admin.py).

Nothing here imports organizations.admin: the admin's own classes take the curation actions
from admin.py.
"""
