from django.urls import path

from . import verification_views

app_name = "verification"

urlpatterns = [
    path("confirm/<str:token>/", verification_views.confirm, name="confirm"),
]
