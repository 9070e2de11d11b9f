"""Generate many synthetic organizations, to see how Dalil behaves with a large directory.

    python manage.py generate_demo --organizations 250000 --seed 1

Each synthetic organization ("Organisation synthétique 12345", published and marked as a
fictional example) gets one location in a random commune or arrondissement of Morocco, one
or two services, and themes, audiences and languages. One organization in PROJECT_EVERY
leads a project with one or two partners, and one in NEWS_EVERY publishes a news item.
Bulk inserts skip the signals that keep the search index current: run
`manage.py rebuild_search_index` afterwards for search to find them.

Everything is written with bulk_create, in batches of --batch-size organizations, the
many-to-many rows included, each batch in its own transaction. Numbers continue after the
highest one in the database, so running it again adds new organizations. With --seed the
same organizations come out on every database.

It needs the places and the taxonomy: run load_demo first. For large runs, DEBUG=false
(with a SECRET_KEY) is faster still: Django then stops recording every query.
"""

import datetime
import functools
import gc
import random
import time
import uuid
from dataclasses import dataclass

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from modeltranslation.translator import translator

from directory.common.text import translated_columns
from directory.taxonomy.models import Audience, Country, Language, Place, PublicationStatus, Theme
from organizations.models import Location, NewsItem, Organization, Service
from projects.models import Participation, Project

SLUG_PREFIX = "synthetic-"
SECOND_SERVICE_SHARE = 1 / 3  # every organization has a service, a third of them two
PROJECT_EVERY = 20
NEWS_EVERY = 10
PUBLISHED = PublicationStatus.PUBLISHED

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


def insert_links(through, pairs):
    """Insert (owner id, target id) rows straight into a many-to-many link table.

    bulk_create would build a model instance for each row; the link tables hold most of the
    generated rows, and plain executemany writes them several times faster.
    """
    owner, target = [field.column for field in through._meta.fields if field.is_relation]
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(through._meta.db_table)} ({quote(owner)}, {quote(target)})"
        " VALUES (%s, %s)"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, list(pairs))


@functools.cache
def blank_translations(model):
    """An empty string for every translation column of the model: name_ar, name_fr, ..."""
    fields = translator.get_options_for_model(model).fields
    return dict.fromkeys(translated_columns(*fields), "")


def translations(model, **columns):
    """The given translation columns, and an empty string in all the others.

    Naming every column spares modeltranslation from working out each missing one's
    default, which would otherwise nearly double the time it takes to make each instance.
    """
    return {**blank_translations(model), **columns}


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

    service: Service
    theme_id: int
    audience_id: int
    language_id: int
    location: Location


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
        for offset in range(0, organizations, batch_size):
            numbers = range(first + offset, first + min(offset + batch_size, organizations))
            # Python's garbage collector would walk the batch's many new model instances
            # again and again while they are made; holding it off until the batch is
            # written saves about a fifth of the time.
            gc.disable()
            try:
                with transaction.atomic():
                    self.create_batch(numbers)
            finally:
                gc.enable()
                gc.collect()
            reset_queries()  # with DEBUG on, Django keeps every query's SQL until told not to
            self.stdout.write(
                f"{offset + len(numbers)} of {organizations} organizations "
                f"({time.monotonic() - started:.0f} s)"
            )
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

        Rows point at each other by id (organization_id=...), which bulk_create reads
        faster than model instances.
        """
        draws = [self.draw(number) for number in numbers]
        organizations = [self.new_organization(draw) for draw in draws]
        Organization.objects.bulk_create(organizations)
        insert_links(
            Organization.themes.through,
            (
                (organization.pk, theme_id)
                for draw, organization in zip(draws, organizations, strict=True)
                for theme_id in draw.theme_ids
            ),
        )
        insert_links(
            Organization.audiences.through,
            (
                (organization.pk, audience_id)
                for draw, organization in zip(draws, organizations, strict=True)
                for audience_id in draw.audience_ids
            ),
        )
        insert_links(
            Organization.languages.through,
            (
                (organization.pk, language_id)
                for draw, organization in zip(draws, organizations, strict=True)
                for language_id in draw.language_ids
            ),
        )
        insert_links(
            Organization.countries.through,
            ((organization.pk, self.taxonomy.morocco_id) for organization in organizations),
        )

        locations = [
            Location(
                uuid=uuid.uuid5(SYNTHETIC, f"{draw.slug}/location"),
                organization_id=organization.pk,
                place_id=draw.place_id,
                **translations(Location),
            )
            for draw, organization in zip(draws, organizations, strict=True)
        ]
        Location.objects.bulk_create(locations)

        services = [
            self.draw_service(draw, organization, location, service_number)
            for draw, organization, location in zip(draws, organizations, locations, strict=True)
            for service_number in range(1, draw.service_count + 1)
        ]
        Service.objects.bulk_create(drawn.service for drawn in services)
        insert_links(
            Service.themes.through,
            ((drawn.service.pk, drawn.theme_id) for drawn in services),
        )
        insert_links(
            Service.audiences.through,
            ((drawn.service.pk, drawn.audience_id) for drawn in services),
        )
        insert_links(
            Service.languages.through,
            ((drawn.service.pk, drawn.language_id) for drawn in services),
        )
        insert_links(
            Service.locations.through,
            ((drawn.service.pk, drawn.location.pk) for drawn in services),
        )

        projects = self.create_projects(draws, organizations)
        self.create_news(draws, organizations, projects)

    def new_organization(self, draw):
        theme = self.taxonomy.theme_names[draw.theme_ids[0]]
        return Organization(
            uuid=uuid.uuid5(SYNTHETIC, draw.slug),
            slug=draw.slug,
            kind=self.random.choices(KINDS, weights=KIND_WEIGHTS)[0],
            year_founded=self.random.choice([None, self.random.randint(1960, 2025)]),
            is_example=True,
            status=PUBLISHED,
            last_verified_on=self.random.choice([None, self.random_date()]),
            **translations(
                Organization,
                name_ar=f"منظمة اصطناعية {draw.number}",
                name_fr=f"Organisation synthétique {draw.number}",
                name_en=f"Synthetic organization {draw.number}",
                summary_ar=f"مثال مولَّد آلياً لاختبار دليل على نطاق واسع: {theme['ar']}.",
                summary_fr=f"Exemple généré pour tester Dalil à grande échelle : {theme['fr']}.",
                summary_en=f"Generated example to test Dalil at scale: {theme['en']}.",
            ),
        )

    def draw_service(self, draw, organization, location, service_number):
        """A service at the organization's location, on one of its themes, for one of its
        audiences, in one of its languages."""
        theme_id = self.random.choice(draw.theme_ids)
        theme = self.taxonomy.theme_names[theme_id]
        slug = f"{draw.slug}-service-{service_number}"
        name = f"{draw.number}-{service_number}"
        service = Service(
            uuid=uuid.uuid5(SYNTHETIC, slug),
            organization_id=organization.pk,
            slug=slug,
            is_free=self.random.random() < 0.8,
            status=PUBLISHED,
            last_verified_on=organization.last_verified_on,
            **translations(
                Service,
                name_ar=f"خدمة اصطناعية {name}: {theme['ar']}",
                name_fr=f"Service synthétique {name} : {theme['fr']}",
                name_en=f"Synthetic service {name}: {theme['en']}",
            ),
        )
        return ServiceDraw(
            service=service,
            theme_id=theme_id,
            audience_id=self.random.choice(draw.audience_ids),
            language_id=self.random.choice(draw.language_ids),
            location=location,
        )

    def create_projects(self, draws, organizations):
        """A project for one organization in PROJECT_EVERY, with partners from the batch.

        Returns {organization id: its project}.
        """
        leads = [
            (draw, organization)
            for draw, organization in zip(draws, organizations, strict=True)
            if draw.number % PROJECT_EVERY == 0
        ]
        projects = [self.new_project(draw) for draw, _lead in leads]
        Project.objects.bulk_create(projects)

        participations = []
        project_themes = []
        project_audiences = []
        for project, (draw, lead) in zip(projects, leads, strict=True):
            participations.append(
                Participation(
                    project_id=project.pk, organization_id=lead.pk, role=Participation.Role.LEAD
                )
            )
            for partner in self.random.sample(organizations, 2):
                if partner is not lead:
                    participations.append(
                        Participation(
                            project_id=project.pk,
                            organization_id=partner.pk,
                            role=Participation.Role.PARTNER,
                        )
                    )
            for theme_id in draw.theme_ids:
                project_themes.append(
                    Project.themes.through(project_id=project.pk, theme_id=theme_id)
                )
            for audience_id in draw.audience_ids:
                project_audiences.append(
                    Project.audiences.through(project_id=project.pk, audience_id=audience_id)
                )
        Participation.objects.bulk_create(participations)
        Project.themes.through.objects.bulk_create(project_themes)
        Project.audiences.through.objects.bulk_create(project_audiences)
        insert_links(
            Project.countries.through,
            ((project.pk, self.taxonomy.morocco_id) for project in projects),
        )
        return {lead.pk: project for project, (_draw, lead) in zip(projects, leads, strict=True)}

    def new_project(self, draw):
        start = self.random_date()
        slug = f"{draw.slug}-project"
        return Project(
            uuid=uuid.uuid5(SYNTHETIC, slug),
            slug=slug,
            kind=Project.Kind.PROJECT,
            start_date=start,
            end_date=start + datetime.timedelta(days=self.random.randint(90, 1100)),
            progress=self.random.choice(list(Project.Progress)),
            achievement=self.random.randint(0, 100),
            status=PUBLISHED,
            **translations(
                Project,
                title_ar=f"مشروع اصطناعي {draw.number}",
                title_fr=f"Projet synthétique {draw.number}",
                title_en=f"Synthetic project {draw.number}",
            ),
        )

    def create_news(self, draws, organizations, projects):
        """A news item for one organization in NEWS_EVERY, about its project if it has one."""
        NewsItem.objects.bulk_create(
            NewsItem(
                uuid=uuid.uuid5(SYNTHETIC, f"{draw.slug}-news"),
                organization_id=organization.pk,
                project_id=projects[organization.pk].pk if organization.pk in projects else None,
                slug=f"{draw.slug}-news",
                published_on=self.random_date(),
                status=PUBLISHED,
                **translations(
                    NewsItem,
                    title_ar=f"خبر اصطناعي {draw.number}",
                    title_fr=f"Actualité synthétique {draw.number}",
                    title_en=f"Synthetic news item {draw.number}",
                ),
            )
            for draw, organization in zip(draws, organizations, strict=True)
            if draw.number % NEWS_EVERY == 0
        )
