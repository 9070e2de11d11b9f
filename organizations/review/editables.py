"""The records of organizations that staff edit, registered with the review when the app is
ready (organizations/apps.py): the profile, locations, services and news."""

from django.utils.translation import gettext_lazy as _

from ..forms import (
    LocationForm,
    NewsItemForm,
    OrganizationChannelFormSet,
    OrganizationForm,
    ServiceChannelFormSet,
    ServiceForm,
)
from ..models import Location, Membership, NewsItem, Organization, Service
from ..weekly_hours import LocationWeeklyHoursForm, WeeklyHoursForm
from . import registry
from .previews import preview_profile, preview_service
from .registry import Editable, unique_slug

# Addresses under /manage/ that an organization's slug must not shadow.
RESERVED_ORGANIZATION_SLUGS = {"review", "claims", "new-organization", "collaborations"}


def new_organization_address(organization, change_request):
    """A proposed organization gets an address from its French or English name."""
    name = organization.name_fr or organization.name_en or organization.name
    organization.slug = unique_slug(Organization, name, reserved=RESERVED_ORGANIZATION_SLUGS)


def proposer_owns_it(organization, change_request):
    """The person who proposed the organization becomes its owner; the draft is its own."""
    Membership.objects.get_or_create(
        user=change_request.author,
        organization=organization,
        defaults={"role": Membership.Role.OWNER},
    )
    change_request.organization = organization


def register():
    registry.register(
        Editable(
            "organization",
            Organization,
            OrganizationForm,
            formsets=(("channels", OrganizationChannelFormSet),),
            label=_("profile"),
            prepare=new_organization_address,
            link=proposer_owns_it,
            preview=preview_profile,
        )
    )
    registry.register(
        Editable(
            "location",
            Location,
            LocationForm,
            formsets=(("hours", LocationWeeklyHoursForm),),
            label=_("location"),
            section=_("Locations"),
            add_label=_("Add a location"),
            records=lambda organization: Location.objects.filter(
                organization=organization
            ).select_related("place"),
        )
    )
    registry.register(
        Editable(
            "service",
            Service,
            ServiceForm,
            formsets=(("hours", WeeklyHoursForm), ("channels", ServiceChannelFormSet)),
            label=_("service"),
            section=_("Services"),
            add_label=_("Add a service"),
            records=lambda organization: Service.objects.filter(organization=organization),
            preview=preview_service,
        )
    )
    registry.register(
        Editable(
            "news",
            NewsItem,
            NewsItemForm,
            label=_("news item"),
            section=_("News"),
            add_label=_("Add a news item"),
            records=lambda organization: NewsItem.objects.filter(organization=organization),
        )
    )
