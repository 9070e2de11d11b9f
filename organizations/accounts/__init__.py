"""Accounts: logging in, passwords, two-factor authentication, invitations, members, claims.

- `twofactor.py`: who still owes a code, the decorator staff pages use, and the admin site.
- `views.py`, `forms.py`: the pages; `urls.py` under accounts/ (Django's own names: login,
  password_reset, ...), organizations/member_urls.py under manage/.
"""
