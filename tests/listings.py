"""The three filtered listings, described once so behaviours they share are tested on each."""

from dataclasses import dataclass

from tests.factories import (
    LocationFactory,
    OrganizationFactory,
    ProjectFactory,
    ServiceFactory,
)


@dataclass(frozen=True)
class Listing:
    name: str
    url: str
    factory: type
    # The translated field the result cards show: "name" or "title".
    title: str
    # Text fields the free-text search looks in.
    text_fields: tuple

    def make(self, **fields):
        return self.factory(**fields)

    def make_in(self, place, **fields):
        """An item recorded at `place` (for projects: in its region)."""
        if self.name == "projects":
            return self.factory(regions=[place.region], **fields)
        item = self.factory(**fields)
        organization = item if self.name == "organizations" else item.organization
        location = LocationFactory(organization=organization, place=place)
        if self.name == "services":
            item.locations.add(location)
        return item

    def __str__(self):
        return self.name


ORGANIZATIONS = Listing(
    "organizations",
    "/fr/organizations/",
    OrganizationFactory,
    "name",
    ("name", "acronym", "summary", "description", "mission"),
)
SERVICES = Listing(
    "services",
    "/fr/services/",
    ServiceFactory,
    "name",
    ("name", "summary", "description", "eligibility"),
)
PROJECTS = Listing(
    "projects",
    "/fr/projects/",
    ProjectFactory,
    "title",
    ("title", "summary", "description"),
)
LISTINGS = [ORGANIZATIONS, SERVICES, PROJECTS]
