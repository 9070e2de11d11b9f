from django.urls import include, path

from . import manage_views
from .exchanges import views as exchanges

app_name = "manage"
urlpatterns = [
    path("", manage_views.dashboard, name="dashboard"),
    path("review/", manage_views.review_queue, name="review_queue"),
    path("review/<int:pk>/", manage_views.review, name="review"),
    path("new-organization/", manage_views.propose_organization, name="propose_organization"),
    path("new-organization/<int:pk>/", manage_views.edit_proposal, name="edit_proposal"),
    path("collaborations/", exchanges.collaborations, name="collaborations"),
    # Members and claims (organizations/member_urls.py) come before "<slug>/" pages.
    path("", include("organizations.member_urls")),
    path("<slug:slug>/", manage_views.organization_overview, name="organization"),
    path("<slug:slug>/profile/", manage_views.edit_profile, name="edit_profile"),
    path("<slug:slug>/drafts/<int:pk>/", manage_views.edit_new_record_draft, name="edit_draft"),
    path("<slug:slug>/drafts/<int:pk>/withdraw/", manage_views.withdraw, name="withdraw"),
    path("<slug:slug>/drafts/<int:pk>/preview/", manage_views.preview, name="preview"),
    path("<slug:slug>/drafts/send/", manage_views.send, name="send"),
    path("<slug:slug>/<str:kind>/new/", manage_views.new_record, name="new"),
    path("<slug:slug>/<str:kind>/<int:pk>/", manage_views.edit_record, name="edit"),
]
