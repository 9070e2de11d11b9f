from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from django.views.i18n import set_language

from . import views

urlpatterns = [
    path("i18n/setlang/", set_language, name="set_language"),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("search/", views.search_page, name="search"),
    # Plain pages the footer links to.
    path("about/", TemplateView.as_view(template_name="directory/about.html"), name="about"),
    path("contact/", views.contact, name="contact"),
    path("privacy/", TemplateView.as_view(template_name="directory/privacy.html"), name="privacy"),
    path(
        "accessibility/",
        TemplateView.as_view(template_name="directory/accessibility.html"),
        name="accessibility",
    ),
    path("organizations/", include("organizations.urls")),
    path("services/", include("organizations.service_urls")),
    path("news/", include("organizations.news_urls")),
    path("projects/", include("projects.urls")),
    path("needs/", include("organizations.exchanges.urls")),
    path("coverage/", include("directory.coverage.urls")),
    path("", include("directory.reports.urls")),
    path("accounts/", include("organizations.accounts.urls")),
    path("manage/", include("organizations.manage_urls")),
    path("verification/", include("organizations.curation.urls")),
    path("admin/", admin.site.urls),
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "directory.views.page_not_found"
handler500 = "directory.views.server_error"
