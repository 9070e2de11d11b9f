"""Log in and out, passwords, two-factor authentication, invitations and claims.

No app_name: Django's own views and templates use these names (login, password_reset, ...).
There is no sign-up page: accounts are made by following an invitation.
"""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from . import account_views
from .account_forms import QueuedPasswordResetForm

# The admin asks for the second login step too (see protect_admin).
account_views.protect_admin(admin.site)

urlpatterns = [
    path("login/", account_views.LoginView.as_view(), name="login"),
    path("login/code/", account_views.login_code, name="login_code"),
    # Django's LogoutView answers POST only.
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", account_views.password_change, name="password_change"),
    path(
        "password/changed/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "password/reset/",
        auth_views.PasswordResetView.as_view(form_class=QueuedPasswordResetForm),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("two-factor/", account_views.two_factor, name="two_factor"),
    path("two-factor/off/", account_views.two_factor_disable, name="two_factor_disable"),
    path("invitation/<str:token>/", account_views.accept_invitation, name="accept_invitation"),
    path("claim/<slug:slug>/", account_views.claim, name="claim"),
    path("claim/<slug:slug>/sent/", account_views.claim_sent, name="claim_sent"),
]
