"""Generate many synthetic organizations, to see how Dalil behaves with a large directory.

    python manage.py generate_demo --organizations 250000 --seed 1

Each synthetic organization ("Organisation synthétique 12345", published and marked as a
fictional example) gets one location in a random commune or arrondissement of Morocco, one
or two services, and themes, audiences and languages. One organization in PROJECT_EVERY
leads a project with one or two partners, and one in NEWS_EVERY publishes a news item.
Bulk inserts skip the signals that keep the search index current, so each batch indexes
what it wrote itself, in bulk (search_index.Bulk), and the listings' facet sets are
written once at the end. The command ends with ANALYZE, so that the query planner knows
the tables' new sizes (this machine's PostgreSQL runs without autovacuum).

Everything is written with executemany from prepared rows (Table), in batches of
--batch-size organizations, the many-to-many rows included, each batch and its index
entries in one transaction. An interrupted run keeps the batches it finished, without their
facet sets: `manage.py rebuild_search_index` then brings the index level again. Numbers
continue after the highest one in the database, so running it again adds new
organizations. With --seed the same organizations come out on every database.

It needs the places and the taxonomy: run load_demo first. For large runs, DEBUG=false
(with a SECRET_KEY) is faster still: Django then stops recording every query.
"""

import datetime
import gc
import random
import time
import uuid
from dataclasses import dataclass

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from modeltranslation.translator import translator

from directory.common.bulk import insert_rows, reserve_ids
from directory.common.text import fallback_order, translated_columns
from directory.search import index as search_index
from directory.search.models import SearchEntry
from directory.taxonomy.models import Audience, Country, Language, Place, PublicationStatus, Theme
from organizations.models import Location, NewsItem, Organization, Service
from projects.models import Participation, Project

SLUG_PREFIX = "synthetic-"
SECOND_SERVICE_SHARE = 1 / 3  # every organization has a service, a third of them two
PROJECT_EVERY = 20
NEWS_EVERY = 10
PUBLISHED = PublicationStatus.PUBLISHED
LEAD, PARTNER = Participation.Role.LEAD, Participation.Role.PARTNER
Kind = SearchEntry.Kind

# Every synthetic row's uuid is uuid5(this namespace, its slug), unique as the slug is.
SYNTHETIC = uuid.UUID("0d5e3f7a-9c41-4f6b-8e2a-7b1c5d9e3a61")

# Organization kinds, and how many in a hundred are of each kind.
KINDS = [
    Organization.Kind.ASSOCIATION,
    Organization.Kind.COOPERATIVE,
    Organization.Kind.FOUNDATION,
    Organization.Kind.PUBLIC_BODY,
    Organization.Kind.INTERNATIONAL,
]
KIND_WEIGHTS = [70, 10, 8, 8, 4]

FIRST_DATE = datetime.date(2015, 1, 1)
LAST_DATE = datetime.date(2026, 11, 1)


def analyze():
    """Give the query planner the tables' new sizes and value spreads.

    Without it PostgreSQL plans a listing of 250,000 organizations as it would for a few
    dozen, taking seconds instead of milliseconds.
    """
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def insert_links(through, pairs):
    """Insert (owner id, target id) rows straight into a many-to-many link table."""
    owner, target = [field.column for field in through._meta.fields if field.is_relation]
    insert_rows(through._meta.db_table, [owner, target], list(pairs))


# Values that every database takes as they are (dates and uuids need preparing).
PLAIN = {str, int, bool}


class Table:
    """New rows of one model, written with one executemany (common/bulk.py).

    bulk_create prepares every field of every instance, through modeltranslation's
    descriptors: for rows that differ in a few columns, that was half the time of the whole
    command. Here one instance gives every column's value once (defaults, the batch's
    timestamps), and each row brings only the fields it sets, as {field name: value}. A
    translated field's own column gets the text of the active language or its first
    fallback, as modeltranslation would write it.
    """

    def __init__(self, model):
        self.model = model
        self.fields = {f.attname: f for f in model._meta.concrete_fields if not f.primary_key}
        registered = model in translator.get_registered_models()
        self.translated = (
            list(translator.get_options_for_model(model).fields) if registered else []
        )
        # Every translation column named (empty) spares modeltranslation its defaults.
        example = model(**dict.fromkeys(translated_columns(*self.translated), ""))
        self.template = {
            name: field.get_db_prep_save(field.pre_save(example, add=True), connection)
            for name, field in self.fields.items()
        }
        self.languages = fallback_order()

    def insert(self, rows):
        """Write the rows; returns their ids, in order."""
        ids = reserve_ids(self.model, len(rows))
        values = [[pk, *self.values(row)] for pk, row in zip(ids, rows, strict=True)]
        columns = [self.model._meta.pk.column, *[f.column for f in self.fields.values()]]
        insert_rows(self.model._meta.db_table, columns, values)
        return ids

    def values(self, row):
        """The row's value for each column: its own where it sets one, else the template's."""
        row = dict(row)
        for name in self.translated:
            texts = (row.get(f"{name}_{code}") for code in self.languages)
            row.setdefault(name, next((text for text in texts if text), None))
        for name, field in self.fields.items():
            value = row.get(name)
            if value is None:
                yield self.template[name]
            elif type(value) in PLAIN:
                yield value
            else:
                yield field.get_db_prep_save(value, connection)


@dataclass
class Taxonomy:
    """The ids the synthetic rows point at, and the theme names their texts mention."""

    theme_names: dict  # theme id -> {"ar": ..., "fr": ..., "en": ...}
    audience_ids: list
    language_ids: list
    place_ids: list
    morocco_id: int


@dataclass
class Draw:
    """What one synthetic organization gets, drawn at random before anything is written."""

    number: int
    slug: str
    theme_ids: list
    audience_ids: list
    language_ids: list
    place_id: int
    service_count: int


@dataclass
class ServiceDraw:
    """A service to write, with the theme, audience, language and location it gets."""

    service: dict
    theme_id: int
    audience_id: int
    language_id: int
    location_id: int


class Command(BaseCommand):
    help = "Generate synthetic organizations, services, projects and news in bulk."

    def add_arguments(self, parser):
        parser.add_argument(
            "--organizations", type=int, default=1000, help="How many (default 1000)."
        )
        parser.add_argument("--seed", type=int, help="Random seed, for the same data each run.")
        parser.add_argument(
            "--batch-size", type=int, default=5000, help="Organizations per batch (default 5000)."
        )

    def handle(self, *args, organizations, seed, batch_size, **options):
        self.random = random.Random(seed)
        self.taxonomy = self.read_taxonomy()
        first = self.first_free_number()
        started = time.monotonic()
        self.index = search_index.Bulk()
        for offset in range(0, organizations, batch_size):
            numbers = range(first + offset, first + min(offset + batch_size, organizations))
            # Python's garbage collector would walk the batch's many new rows and index
            # entries again and again while they are made; holding it off until the batch
            # is written saves time.
            gc.disable()
            try:
                with transaction.atomic():
                    created = self.create_batch(numbers)
                    for kind, ids in created.items():
                        self.index.add(kind, ids)
            finally:
                gc.enable()
                gc.collect()
            reset_queries()  # with DEBUG on, Django keeps every query's SQL until told not to
            self.stdout.write(
                f"{offset + len(numbers)} of {organizations} organizations "
                f"({time.monotonic() - started:.0f} s)"
            )
        with transaction.atomic():
            self.index.finish()
        self.stdout.write(
            f"Search index and facet sets written ({time.monotonic() - started:.0f} s)"
        )
        analyze()
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {organizations} synthetic organizations, numbered {first} to "
                f"{first + organizations - 1}, in {time.monotonic() - started:.1f} s."
            )
        )

    def read_taxonomy(self):
        themes = Theme.objects.values_list("id", "name_ar", "name_fr", "name_en")
        places = Place.objects.filter(kind__in=[Place.Kind.COMMUNE, Place.Kind.ARRONDISSEMENT])
        taxonomy = Taxonomy(
            theme_names={id: {"ar": ar, "fr": fr, "en": en} for id, ar, fr, en in themes},
            audience_ids=list(Audience.objects.values_list("id", flat=True)),
            language_ids=list(Language.objects.values_list("id", flat=True)),
            place_ids=list(places.values_list("id", flat=True)),
            morocco_id=Country.objects.filter(code="MA").values_list("id", flat=True).first(),
        )
        if not (
            taxonomy.theme_names
            and taxonomy.audience_ids
            and taxonomy.language_ids
            and taxonomy.place_ids
            and taxonomy.morocco_id
        ):
            raise CommandError("The places or the taxonomy are missing: run load_demo first.")
        return taxonomy

    def first_free_number(self):
        """One more than the number of the latest synthetic organization, or 1."""
        latest = (
            Organization.objects.filter(slug__startswith=SLUG_PREFIX)
            .order_by("-pk")
            .values_list("slug", flat=True)
            .first()
        )
        return int(latest.removeprefix(SLUG_PREFIX)) + 1 if latest else 1

    # --- Random draws ------------------------------------------------------------------

    def draw(self, number):
        return Draw(
            number=number,
            slug=f"{SLUG_PREFIX}{number}",
            theme_ids=self.some(list(self.taxonomy.theme_names), 2),
            audience_ids=self.some(self.taxonomy.audience_ids, 2),
            language_ids=self.some(self.taxonomy.language_ids, 2),
            place_id=self.random.choice(self.taxonomy.place_ids),
            service_count=2 if self.random.random() < SECOND_SERVICE_SHARE else 1,
        )

    def some(self, ids, most):
        """One to `most` different ids, at random."""
        return self.random.sample(ids, self.random.randint(1, most))

    def random_date(self):
        days = (LAST_DATE - FIRST_DATE).days
        return FIRST_DATE + datetime.timedelta(days=self.random.randrange(days))

    # --- One batch ---------------------------------------------------------------------

    def create_batch(self, numbers):
        """Create the organizations with these numbers, and everything that hangs off them.

        Returns the ids of what the search finds, by kind of index entry.
        """
        draws = [self.draw(number) for number in numbers]
        rows = [self.new_organization(draw) for draw in draws]
        organization_ids = Table(Organization).insert(rows)
        organizations = list(zip(draws, organization_ids, strict=True))
        insert_links(
            Organization.themes.through,
            ((pk, theme_id) for draw, pk in organizations for theme_id in draw.theme_ids),
        )
        insert_links(
            Organization.audiences.through,
            ((pk, audience_id) for draw, pk in organizations for audience_id in draw.audience_ids),
        )
        insert_links(
            Organization.languages.through,
            ((pk, language_id) for draw, pk in organizations for language_id in draw.language_ids),
        )
        insert_links(
            Organization.countries.through,
            ((pk, self.taxonomy.morocco_id) for pk in organization_ids),
        )

        location_ids = Table(Location).insert(
            [
                {
                    "uuid": uuid.uuid5(SYNTHETIC, f"{draw.slug}/location"),
                    "organization_id": pk,
                    "place_id": draw.place_id,
                }
                for draw, pk in organizations
            ]
        )

        services = [
            self.draw_service(draw, pk, row["last_verified_on"], location_id, service_number)
            for (draw, pk), row, location_id in zip(organizations, rows, location_ids, strict=True)
            for service_number in range(1, draw.service_count + 1)
        ]
        service_ids = Table(Service).insert([drawn.service for drawn in services])
        services = list(zip(services, service_ids, strict=True))
        insert_links(Service.themes.through, ((pk, drawn.theme_id) for drawn, pk in services))
        insert_links(
            Service.audiences.through, ((pk, drawn.audience_id) for drawn, pk in services)
        )
        insert_links(
            Service.languages.through, ((pk, drawn.language_id) for drawn, pk in services)
        )
        insert_links(
            Service.locations.through, ((pk, drawn.location_id) for drawn, pk in services)
        )

        projects = self.create_projects(organizations)
        news_ids = self.create_news(organizations, projects)
        return {
            Kind.ORGANIZATION: organization_ids,
            Kind.SERVICE: service_ids,
            Kind.PROJECT: list(projects.values()),
            Kind.NEWS: news_ids,
        }

    def new_organization(self, draw):
        theme = self.taxonomy.theme_names[draw.theme_ids[0]]
        return {
            "uuid": uuid.uuid5(SYNTHETIC, draw.slug),
            "slug": draw.slug,
            "kind": self.random.choices(KINDS, weights=KIND_WEIGHTS)[0],
            "year_founded": self.random.choice([None, self.random.randint(1960, 2025)]),
            "is_example": True,
            "status": PUBLISHED,
            "last_verified_on": self.random.choice([None, self.random_date()]),
            "name_ar": f"منظمة اصطناعية {draw.number}",
            "name_fr": f"Organisation synthétique {draw.number}",
            "name_en": f"Synthetic organization {draw.number}",
            "summary_ar": f"مثال مولَّد آلياً لاختبار دليل على نطاق واسع: {theme['ar']}.",
            "summary_fr": f"Exemple généré pour tester Dalil à grande échelle : {theme['fr']}.",
            "summary_en": f"Generated example to test Dalil at scale: {theme['en']}.",
        }

    def draw_service(self, draw, organization_id, last_verified_on, location_id, service_number):
        """A service at the organization's location, on one of its themes, for one of its
        audiences, in one of its languages."""
        theme_id = self.random.choice(draw.theme_ids)
        theme = self.taxonomy.theme_names[theme_id]
        slug = f"{draw.slug}-service-{service_number}"
        name = f"{draw.number}-{service_number}"
        service = {
            "uuid": uuid.uuid5(SYNTHETIC, slug),
            "organization_id": organization_id,
            "slug": slug,
            "is_free": self.random.random() < 0.8,
            "status": PUBLISHED,
            "last_verified_on": last_verified_on,
            "name_ar": f"خدمة اصطناعية {name}: {theme['ar']}",
            "name_fr": f"Service synthétique {name} : {theme['fr']}",
            "name_en": f"Synthetic service {name}: {theme['en']}",
        }
        return ServiceDraw(
            service=service,
            theme_id=theme_id,
            audience_id=self.random.choice(draw.audience_ids),
            language_id=self.random.choice(draw.language_ids),
            location_id=location_id,
        )

    def create_projects(self, organizations):
        """A project for one organization in PROJECT_EVERY, with partners from the batch.

        `organizations` are (draw, id) pairs. Returns {organization id: its project's id}.
        """
        leads = [(draw, pk) for draw, pk in organizations if draw.number % PROJECT_EVERY == 0]
        project_ids = Table(Project).insert([self.new_project(draw) for draw, _lead in leads])

        participations = []
        project_themes = []
        project_audiences = []
        for project_id, (draw, lead_id) in zip(project_ids, leads, strict=True):
            participations.append(
                {"project_id": project_id, "organization_id": lead_id, "role": LEAD}
            )
            for _partner_draw, partner_id in self.random.sample(organizations, 2):
                if partner_id != lead_id:
                    participations.append(
                        {"project_id": project_id, "organization_id": partner_id, "role": PARTNER}
                    )
            project_themes += [(project_id, theme_id) for theme_id in draw.theme_ids]
            project_audiences += [(project_id, audience_id) for audience_id in draw.audience_ids]
        Table(Participation).insert(participations)
        insert_links(Project.themes.through, project_themes)
        insert_links(Project.audiences.through, project_audiences)
        insert_links(
            Project.countries.through,
            ((project_id, self.taxonomy.morocco_id) for project_id in project_ids),
        )
        return {
            lead_id: project_id
            for project_id, (_draw, lead_id) in zip(project_ids, leads, strict=True)
        }

    def new_project(self, draw):
        start = self.random_date()
        slug = f"{draw.slug}-project"
        return {
            "uuid": uuid.uuid5(SYNTHETIC, slug),
            "slug": slug,
            "kind": Project.Kind.PROJECT,
            "start_date": start,
            "end_date": start + datetime.timedelta(days=self.random.randint(90, 1100)),
            "progress": self.random.choice(list(Project.Progress)),
            "achievement": self.random.randint(0, 100),
            "status": PUBLISHED,
            "title_ar": f"مشروع اصطناعي {draw.number}",
            "title_fr": f"Projet synthétique {draw.number}",
            "title_en": f"Synthetic project {draw.number}",
        }

    def create_news(self, organizations, projects):
        """A news item for one organization in NEWS_EVERY, about its project if it has one.

        Returns the news items' ids."""
        return Table(NewsItem).insert(
            [
                {
                    "uuid": uuid.uuid5(SYNTHETIC, f"{draw.slug}-news"),
                    "organization_id": pk,
                    "project_id": projects.get(pk),
                    "slug": f"{draw.slug}-news",
                    "published_on": self.random_date(),
                    "status": PUBLISHED,
                    "title_ar": f"خبر اصطناعي {draw.number}",
                    "title_fr": f"Actualité synthétique {draw.number}",
                    "title_en": f"Synthetic news item {draw.number}",
                }
                for draw, pk in organizations
                if draw.number % NEWS_EVERY == 0
            ]
        )
