"""An organization's members and the claims of listings, inside the manage/ pages
(namespace "manage": manage:members, manage:claims, ...)."""

from django.urls import path

from . import account_views

urlpatterns = [
    path("claims/", account_views.claims, name="claims"),
    path("claims/<int:pk>/approve/", account_views.claim_approve, name="claim_approve"),
    path("claims/<int:pk>/refuse/", account_views.claim_refuse, name="claim_refuse"),
    path("<slug:slug>/members/", account_views.members, name="members"),
    path("<slug:slug>/members/<int:pk>/role/", account_views.member_role, name="member_role"),
    path(
        "<slug:slug>/members/<int:pk>/remove/", account_views.member_remove, name="member_remove"
    ),
    path(
        "<slug:slug>/invitations/<int:pk>/cancel/",
        account_views.invitation_cancel,
        name="invitation_cancel",
    ),
]
