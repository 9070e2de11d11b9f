from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    name = "organizations"
    verbose_name = _("Organizations")

    def ready(self):
        from . import search
        from .exchanges import review as exchanges
        from .review import editables

        search.register()  # services, organizations and news in the search index
        editables.register()  # the profile, locations, services and news staff edit
        exchanges.register()  # needs and offers, and the partnerships they lead to
        post_migrate.connect(create_coordinators_group, sender=self)


# What coordinators may do in the admin, besides reviewing (organizations/rules.py).
COORDINATOR_PERMISSIONS = {
    "directory": [
        "theme",
        "audience",
        "place",
        "country",
        "language",
        "boundary",
        "seasondates",
        "publicholiday",
        "hotline",
    ],
    "reports": ["report", "suggestion"],
    "organizations": [
        "organization",
        "location",
        "service",
        "openinghours",
        "contactchannel",
        "partnership",
        "newsitem",
        "exchange",
        "membership",
        "invitation",
        "claim",
        "changerequest",
        "verification",
        "organizationredirect",
        "organizationtoverify",
        "servicetoverify",
        "likelyduplicate",
    ],
    "projects": ["project", "participation", "objective", "beneficiaries"],
}


def create_coordinators_group(apps=None, using="default", **kwargs):
    """The Coordinators group and its permissions, kept up to date after every migrate.

    It runs after this app's migrations, before Django has made the permissions of the apps
    listed after it in INSTALLED_APPS (the taxonomy, projects): it makes them first, as
    their own turn would, so that a fresh database has the whole group after one migrate.
    """
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from .rules import COORDINATORS

    for app_label in COORDINATOR_PERMISSIONS:
        create_permissions(global_apps.get_app_config(app_label), verbosity=0, using=using)
    group, _created = Group.objects.get_or_create(name=COORDINATORS)
    wanted = Permission.objects.none()
    for app_label, models in COORDINATOR_PERMISSIONS.items():
        wanted |= Permission.objects.filter(
            content_type__app_label=app_label, content_type__model__in=models
        )
    group.permissions.set(wanted)
