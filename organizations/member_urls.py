"""An organization's members and the claims of listings, inside the manage/ pages
(namespace "manage": manage:members, manage:claims, ...)."""

from django.urls import path

from .accounts import views

urlpatterns = [
    path("claims/", views.claims, name="claims"),
    path("claims/<int:pk>/approve/", views.claim_approve, name="claim_approve"),
    path("claims/<int:pk>/refuse/", views.claim_refuse, name="claim_refuse"),
    path("<slug:slug>/members/", views.members, name="members"),
    path("<slug:slug>/members/<int:pk>/role/", views.member_role, name="member_role"),
    path("<slug:slug>/members/<int:pk>/remove/", views.member_remove, name="member_remove"),
    path(
        "<slug:slug>/invitations/<int:pk>/cancel/",
        views.invitation_cancel,
        name="invitation_cancel",
    ),
]
