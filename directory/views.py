from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from organizations.models import NewsItem

from .models import Audience, Place, Theme

TANGIER_COMMUNE_CODE = "01.511.01.0"


def home(request):
    context = {
        "themes": Theme.objects.filter(parent=None),
        "audiences": Audience.objects.all(),
        "arrondissements": Place.objects.filter(
            kind=Place.Kind.ARRONDISSEMENT, commune__code=TANGIER_COMMUNE_CODE
        ),
        "latest_news": NewsItem.objects.for_listing()[:4],
    }
    return render(request, "directory/home.html", context)


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    return render(request, "500.html", status=500)
