"""Log in and out, passwords, two-factor authentication, invitations and claims.

No app_name: Django's own views and templates use these names (login, password_reset, ...).
There is no sign-up page: accounts are made by following an invitation.
"""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("login/code/", views.login_code, name="login_code"),
    # Django's LogoutView answers POST only.
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", views.password_change, name="password_change"),
    path(
        "password/changed/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "password/reset/",
        views.PasswordResetView.as_view(),
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
    path("two-factor/", views.two_factor, name="two_factor"),
    path("two-factor/off/", views.two_factor_disable, name="two_factor_disable"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("claim/<slug:slug>/", views.claim, name="claim"),
    path("claim/<slug:slug>/sent/", views.claim_sent, name="claim_sent"),
]
