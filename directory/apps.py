from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The site: home, search and coverage pages, the demo data and the site's commands."""

    name = "directory"
    label = "site"
    verbose_name = _("Site")

    def ready(self):
        from directory.common import request_bound

        from . import page_cache

        request_bound.connect_signals()
        page_cache.connect_signals()


class AdminConfig(admin_apps.AdminConfig):
    """Django's admin, whose `admin.site` asks for the two-factor code of staff who turned it
    on (INSTALLED_APPS names this instead of django.contrib.admin)."""

    default = False  # "directory" in INSTALLED_APPS stays SiteConfig
    default_site = "organizations.accounts.twofactor.AdminSite"
