from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The site: home, search and coverage pages, the demo data and the site's commands."""

    name = "directory"
    label = "site"
    verbose_name = _("Site")
