"""Two-factor authentication (TOTP, django-otp), asked of the people who turned it on.

After the password, a person with a confirmed device enters a code (views.login_code);
django-otp's middleware then marks the session verified. Staff pages use
`otp_required_if_enabled` instead of `login_required`, and the admin is `AdminSite` below,
made `admin.site` by directory.apps.AdminConfig: both open only once the code is entered.
"""

import functools

from django.contrib import admin
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def needs_second_step(request):
    """True for a logged-in person who turned on two-factor but has not entered a code."""
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return False
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def otp_required_if_enabled(view):
    """login_required, plus the code for a person who turned on two-factor authentication.

    A session that passed the password but not the code (e.g. one opened before two-factor
    was turned on elsewhere) is ended, and the person logs in again with both.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if needs_second_step(request):
            auth_logout(request)
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return login_required(wrapped)


class AdminSite(admin.AdminSite):
    """The admin, which also asks for the code of staff who turned on two-factor.

    Not django-otp's OTPAdminSite: that one lets in only staff verified by a device (so
    staff without two-factor would be shut out) and logs in with its own form. Here staff
    log in through Dalil's two steps: the admin's login address leads there.
    """

    site_header = _("Dalil administration")
    site_title = _("Dalil administration")
    index_title = _("Coordinators' tools")

    def has_permission(self, request):
        return super().has_permission(request) and not needs_second_step(request)

    def login(self, request, extra_context=None):
        return redirect_to_login(request.GET.get("next") or reverse("admin:index"))
