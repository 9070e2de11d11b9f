from django.urls import path

from . import views

app_name = "needs"
urlpatterns = [
    path("", views.exchange_list, name="list"),
    path("<slug:slug>/", views.exchange_detail, name="detail"),
    path("<slug:slug>/write/", views.write, name="write"),
    path("<slug:slug>/write/sent/", views.sent, name="sent"),
    path("<slug:slug>/partnership/", views.record_partnership, name="partnership"),
]
