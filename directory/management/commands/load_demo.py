"""Load Dalil's demo content: the taxonomy, the real organizations of the seed documents and
the fictional organizations of Tangier (the data is in directory/demo/).

    python manage.py load_demo

It runs import_places first, since locations and projects point at places and countries.

Running it again changes nothing and duplicates nothing: rows with a slug or a code are
updated in place, locations are found again by a uuid made from their organization's slug,
and the rows that belong to one parent (objectives, beneficiary figures, participations,
opening hours, contact channels) are deleted and created again with that parent.
"""

import datetime
import os
import uuid
from collections import Counter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from directory.demo import example_activity, example_organizations, real_content, taxonomy
from directory.demo.example_services import SCHEDULES, SERVICE_TYPES
from directory.search import index as search_index
from directory.taxonomy.models import Audience, Country, Language, Place, PublicationStatus, Theme
from organizations.models import (
    ContactChannel,
    Location,
    Membership,
    NewsItem,
    OpeningHours,
    Organization,
    Partnership,
    Service,
)
from organizations.rules import COORDINATORS
from projects.models import Beneficiaries, Objective, Participation, Project

LANGUAGE_CODES = ("ar", "fr", "en")
PUBLISHED = PublicationStatus.PUBLISHED

# Locations have no slug: each gets uuid5(this namespace, "<organization slug>/location/<n>"),
# so that the same location is found again on the next run.
DEMO_LOCATIONS = uuid.UUID("6f1c2b8e-4d0a-4b7e-9a51-3c2d8e7f1a90")


def translated(field, texts):
    """{"ar": ..., "fr": ..., "en": ...} as the columns field_ar, field_fr, field_en.

    No texts gives empty columns; texts in only some of the languages is a mistake.
    """
    if texts is None:
        return {f"{field}_{code}": "" for code in LANGUAGE_CODES}
    missing = [code for code in LANGUAGE_CODES if not texts.get(code)]
    if missing:
        raise ValueError(f"{field} has no text in {', '.join(missing)}: {texts}")
    return {f"{field}_{code}": texts[code] for code in LANGUAGE_CODES}


def address_columns(address):
    """An address written in French and Arabic; English shows the French (Latin) spelling."""
    if address is None:
        return translated("address", None)
    return translated("address", {"ar": address["ar"], "fr": address["fr"], "en": address["fr"]})


def date_or_none(text):
    return datetime.date.fromisoformat(text) if text else None


def gathered(service_types, key):
    """The themes (or audiences, or languages) of several services, each once, in order."""
    values = []
    for service_type in service_types:
        for value in service_type[key]:
            if value not in values:
                values.append(value)
    return values


def opening_hours(schedule_names, season):
    """Unsaved OpeningHours rows for the named schedules of example_services.SCHEDULES."""
    rows = []
    for name in schedule_names:
        for weekdays, opens, closes in SCHEDULES[name]:
            for weekday in weekdays:
                rows.append(
                    OpeningHours(
                        season=season,
                        weekday=weekday,
                        opens=datetime.time.fromisoformat(opens),
                        closes=datetime.time.fromisoformat(closes),
                    )
                )
    return rows


class Command(BaseCommand):
    help = "Load the demo content: taxonomy, real organizations and fictional ones in Tangier."

    def handle(self, *args, **options):
        call_command("import_places", stdout=self.stdout, stderr=self.stderr)
        self.loaded = Counter()
        # The search index is written once at the end rather than after every save.
        with transaction.atomic(), search_index.deferred():
            self.load_taxonomy()
            for data in real_content.ORGANIZATIONS:
                self.save_organization(data, is_example=False)
            for data in example_organizations.EXAMPLE_ORGANIZATIONS:
                self.save_organization(data, is_example=True)
            for data in real_content.PROJECTS + example_activity.EXAMPLE_PROJECTS:
                self.save_project(data)
            for data in real_content.PARTNERSHIPS:
                self.save_partnership(data)
            for data in real_content.NEWS + example_activity.EXAMPLE_NEWS:
                self.save_news(data)
            self.load_demo_users()
        self.print_summary()

    # --- Taxonomy ----------------------------------------------------------------------

    def load_taxonomy(self):
        self.themes = {}
        for position, data in enumerate(taxonomy.THEMES):
            self.themes[data["slug"]], _created = Theme.objects.update_or_create(
                slug=data["slug"],
                defaults={
                    "parent": self.themes[data["parent"]] if "parent" in data else None,
                    "position": position,
                    **translated("name", data["name"]),
                    **translated("synonyms", data["synonyms"]),
                },
            )
        self.audiences = {}
        for position, data in enumerate(taxonomy.AUDIENCES):
            self.audiences[data["slug"]], _created = Audience.objects.update_or_create(
                slug=data["slug"],
                defaults={
                    "position": position,
                    **translated("name", data["name"]),
                    **translated("synonyms", data["synonyms"]),
                },
            )
        self.languages = {}
        for position, data in enumerate(taxonomy.LANGUAGES):
            self.languages[data["code"]], _created = Language.objects.update_or_create(
                code=data["code"],
                defaults={"position": position, **translated("name", data["name"])},
            )
        self.countries = {country.code: country for country in Country.objects.all()}
        self.places = {}
        self.loaded.update(
            themes=len(self.themes), audiences=len(self.audiences), languages=len(self.languages)
        )

    def place(self, code):
        if code not in self.places:
            self.places[code] = Place.objects.get(code=code)
        return self.places[code]

    # --- Organizations, their locations, contact channels and services -----------------

    def save_organization(self, data, *, is_example):
        service_types = [SERVICE_TYPES[key] for key in data.get("services", [])]
        organization, _created = Organization.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "kind": data["kind"],
                "acronym": data.get("acronym", ""),
                "year_founded": data.get("year_founded"),
                "is_example": is_example,
                "status": PUBLISHED,
                "last_verified_on": date_or_none(data.get("last_verified_on")),
                **translated("name", data["name"]),
                **translated("summary", data.get("summary")),
                **translated("description", data.get("description")),
                **translated("mission", data.get("mission")),
            },
        )
        # A fictional organization works on what its services do.
        organization.themes.set(
            self.themes[slug] for slug in data.get("themes", gathered(service_types, "themes"))
        )
        organization.audiences.set(
            self.audiences[slug]
            for slug in data.get("audiences", gathered(service_types, "audiences"))
        )
        organization.languages.set(
            self.languages[code]
            for code in data.get("languages", gathered(service_types, "languages"))
        )
        organization.countries.set(self.countries[code] for code in data.get("countries", ["MA"]))

        locations = self.save_locations(organization, data.get("locations", []))
        organization.channels.all().delete()
        self.save_channels(organization, data)
        organization.services.exclude(
            slug__in=[f"{organization.slug}-{key}" for key in data.get("services", [])]
        ).delete()
        for key in data.get("services", []):
            self.save_service(organization, key, locations, data.get("last_verified_on"))

        self.loaded["organizations"] += 1
        self.loaded["fictional organizations"] += is_example
        return organization

    def save_locations(self, organization, locations_data):
        locations = []
        for number, data in enumerate(locations_data):
            location, _created = Location.objects.update_or_create(
                uuid=uuid.uuid5(DEMO_LOCATIONS, f"{organization.slug}/location/{number}"),
                defaults={
                    "organization": organization,
                    "place": self.place(data["place"]),
                    "latitude": data.get("latitude"),
                    "longitude": data.get("longitude"),
                    "phone": data.get("phone", ""),
                    "is_sensitive": data.get("is_sensitive", False),
                    **translated("name", data.get("name")),
                    **address_columns(data.get("address")),
                    **translated("hours_note", data.get("hours_note")),
                    **translated("accessibility", data.get("accessibility")),
                },
            )
            locations.append(location)
        organization.locations.exclude(pk__in=[location.pk for location in locations]).delete()
        self.loaded["locations"] += len(locations)
        return locations

    def save_channels(self, organization, data):
        """The organization's own phone, WhatsApp and email, in that order, where it has them."""
        channels = [
            (ContactChannel.Kind.PHONE, data.get("phone")),
            (ContactChannel.Kind.WHATSAPP, data.get("whatsapp")),
            (ContactChannel.Kind.EMAIL, data.get("email")),
        ]
        ContactChannel.objects.bulk_create(
            ContactChannel(organization=organization, kind=kind, value=value, position=position)
            for position, (kind, value) in enumerate(channels)
            if value
        )

    def save_service(self, organization, key, locations, last_verified_on):
        data = SERVICE_TYPES[key]
        service, _created = Service.objects.update_or_create(
            slug=f"{organization.slug}-{key}",
            defaults={
                "organization": organization,
                "is_free": data.get("is_free", True),
                "status": PUBLISHED,
                "last_verified_on": date_or_none(last_verified_on),
                **translated("name", data["name"]),
                **translated("summary", data["summary"]),
                **translated("description", data["description"]),
                **translated("eligibility", data["eligibility"]),
                **translated("how_to_access", data["how_to_access"]),
                **translated("fees", data.get("fees")),
            },
        )
        service.themes.set(self.themes[slug] for slug in data["themes"])
        service.audiences.set(self.audiences[slug] for slug in data["audiences"])
        service.languages.set(self.languages[code] for code in data["languages"])
        service.locations.set(locations)

        service.hours.all().delete()
        hours = opening_hours(data.get("hours", []), OpeningHours.Season.REGULAR)
        hours += opening_hours(data.get("ramadan_hours", []), OpeningHours.Season.RAMADAN)
        for row in hours:
            row.service = service
        OpeningHours.objects.bulk_create(hours)

        # The organization's channels were just deleted, this service's walk-in with them.
        if data.get("walk_in"):
            ContactChannel.objects.create(
                organization=organization, service=service, kind=ContactChannel.Kind.WALK_IN
            )
        self.loaded["services"] += 1

    # --- Projects, partnerships and news -----------------------------------------------

    def save_project(self, data):
        parent = Project.objects.get(slug=data["parent"]) if "parent" in data else None
        project, _created = Project.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "kind": data["kind"],
                "parent": parent,
                "start_date": date_or_none(data.get("start_date")),
                "end_date": date_or_none(data.get("end_date")),
                "progress": data.get("progress", Project.Progress.ONGOING),
                "achievement": data.get("achievement"),
                "achievement_on": date_or_none(data.get("achievement_on")),
                "achievement_source": data.get(
                    "achievement_source", Project.AchievementSource.REPORTED
                ),
                "status": PUBLISHED,
                **translated("title", data["title"]),
                **translated("summary", data.get("summary")),
                **translated("description", data.get("description")),
            },
        )
        project.themes.set(self.themes[slug] for slug in data.get("themes", []))
        project.audiences.set(self.audiences[slug] for slug in data.get("audiences", []))
        project.regions.set(self.place(code) for code in data.get("regions", []))
        project.countries.set(self.countries[code] for code in data.get("countries", []))

        project.participations.all().delete()
        roles = [
            (Participation.Role.LEAD, [data["lead"]] if "lead" in data else []),
            (Participation.Role.PARTNER, data.get("partners", [])),
            (Participation.Role.IMPLEMENTER, data.get("implementers", [])),
            (Participation.Role.FUNDER, data.get("funders", [])),
        ]
        Participation.objects.bulk_create(
            Participation(
                project=project, organization=Organization.objects.get(slug=slug), role=role
            )
            for role, slugs in roles
            for slug in slugs
        )

        project.objectives.all().delete()
        Objective.objects.bulk_create(
            Objective(project=project, position=position, **translated("text", texts))
            for position, texts in enumerate(data.get("objectives", []), start=1)
        )

        project.beneficiaries.all().delete()
        Beneficiaries.objects.bulk_create(
            Beneficiaries(
                project=project,
                count=figure["count"],
                women=figure.get("women"),
                audience=self.audiences[figure["audience"]] if "audience" in figure else None,
                **translated("note", figure.get("note")),
            )
            for figure in data.get("beneficiaries", [])
        )
        self.loaded["projects"] += 1

    def save_partnership(self, data):
        partnership, _created = Partnership.objects.update_or_create(
            organization=Organization.objects.get(slug=data["organization"]),
            partner=Organization.objects.get(slug=data["partner"]),
            kind=data["kind"],
            defaults={
                "signed_on": date_or_none(data.get("signed_on")),
                **translated("description", data.get("description")),
            },
        )
        partnership.themes.set(self.themes[slug] for slug in data.get("themes", []))
        self.loaded["partnerships"] += 1

    def save_news(self, data):
        NewsItem.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "organization": Organization.objects.get(slug=data["organization"]),
                "project": Project.objects.get(slug=data["project"])
                if "project" in data
                else None,
                "published_on": date_or_none(data["published_on"]),
                "status": PUBLISHED,
                **translated("title", data["title"]),
                **translated("summary", data.get("summary")),
                **translated("body", data.get("body")),
            },
        )
        self.loaded["news items"] += 1

    # --- Demo users --------------------------------------------------------------------

    def load_demo_users(self):
        """Three demo accounts, all with the password DEMO_PASSWORD ("dalil-demo" unless set):
        a coordinator (who may use the admin), ASTICUDE's editor and the Nordic Center's owner.

        Known passwords have no place on a live site: with DEBUG off nothing is created.
        """
        if not settings.DEBUG:
            self.stderr.write(
                "Demo accounts not created: DEBUG is off, and demo accounts have a known "
                "password. Run with DEBUG=true on a development machine to create them."
            )
            return
        # (username, organization slug, role); no organization for the coordinator.
        accounts = [
            ("coordinator", None, None),
            ("editor-asticude", "asticude", Membership.Role.EDITOR),
            ("owner-nordic", "nordic-center", Membership.Role.OWNER),
        ]
        password = os.environ.get("DEMO_PASSWORD", "dalil-demo")
        users = get_user_model().objects
        for username, slug, role in accounts:
            user, _created = users.update_or_create(
                username=username,
                defaults={
                    "email": f"{username}@example.org",
                    "is_active": True,
                    "is_staff": slug is None,
                },
            )
            user.set_password(password)
            user.save(update_fields=["password"])
            if slug is None:
                user.groups.add(Group.objects.get_or_create(name=COORDINATORS)[0])
                continue
            organization = Organization.objects.filter(slug=slug).first()
            if organization is None:
                self.stderr.write(f"{username}: no organization {slug!r}, no membership.")
                continue
            Membership.objects.update_or_create(
                user=user, organization=organization, defaults={"role": role}
            )
        shown = "as set in DEMO_PASSWORD" if "DEMO_PASSWORD" in os.environ else password
        names = ", ".join(username for username, _slug, _role in accounts)
        self.stdout.write(f"Demo accounts: {names} (password: {shown}).")

    # --- Summary -----------------------------------------------------------------------

    def print_summary(self):
        loaded = self.loaded
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {loaded['organizations']} organizations "
                f"({loaded['fictional organizations']} fictional), "
                f"{loaded['locations']} locations, {loaded['services']} services, "
                f"{loaded['projects']} projects, "
                f"{loaded['news items']} news items, {loaded['partnerships']} partnerships, "
                f"{loaded['themes']} themes, {loaded['audiences']} audiences, "
                f"{loaded['languages']} languages."
            )
        )
