"""Log in and out, passwords, two-factor authentication and invitations (issue: accounts)."""

urlpatterns = []
