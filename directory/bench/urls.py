"""The site's URLs and one bare view, which the bench measures every page against."""

from django.http import HttpResponse
from django.urls import path

from directory.urls import handler404, handler500
from directory.urls import urlpatterns as site_urlpatterns

BARE_PATH = "/bench/bare/"


def bare(request):
    """No database, no template: what gunicorn, Django and the middleware cost any page."""
    return HttpResponse("bare\n", content_type="text/plain")


urlpatterns = [path(BARE_PATH.strip("/") + "/", bare), *site_urlpatterns]

__all__ = ["handler404", "handler500", "urlpatterns"]
