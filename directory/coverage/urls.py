from django.urls import path

from . import views

app_name = "coverage"
urlpatterns = [
    path("", views.coverage, name="page"),
    path("coverage.csv", views.coverage_csv, name="csv"),
]
