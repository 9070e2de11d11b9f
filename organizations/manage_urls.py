from django.urls import include, path

from . import manage_views

app_name = "manage"
urlpatterns = [
    path("", manage_views.dashboard, name="dashboard"),
    path("", include("organizations.member_urls")),
]
