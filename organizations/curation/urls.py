from django.urls import path

from . import views

app_name = "verification"

urlpatterns = [
    path("confirm/<str:token>/", views.confirm, name="confirm"),
]
