"""Reports about a listing and suggestions of a missing service; see views.py."""

from django.urls import path

from . import views as reports

app_name = "reports"
urlpatterns = [
    path(
        "report/organization/<slug:slug>/",
        reports.report,
        {"kind": "organization"},
        name="organization",
    ),
    path(
        "report/organization/<slug:slug>/sent/",
        reports.report_sent,
        {"kind": "organization"},
        name="organization_sent",
    ),
    path("report/service/<slug:slug>/", reports.report, {"kind": "service"}, name="service"),
    path(
        "report/service/<slug:slug>/sent/",
        reports.report_sent,
        {"kind": "service"},
        name="service_sent",
    ),
    path("suggest/", reports.suggest, name="suggest"),
    path("suggest/sent/", reports.suggest_sent, name="suggest_sent"),
]
