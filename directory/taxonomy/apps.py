from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    """Themes, audiences, places, countries and languages, and the base classes of records.

    Its label stays "directory", the name it had before the site and the taxonomy were apart,
    so its tables (directory_theme, ...) and migration history are those of the first version.
    """

    name = "directory.taxonomy"
    label = "directory"
    verbose_name = _("Directory")
