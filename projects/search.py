"""What the search finds of projects, registered with the search index when the app is ready."""

from collections import defaultdict

from directory.common.text import translated_columns
from directory.search import index
from directory.search.models import SearchEntry
from organizations.models import Organization

from .models import Objective, Participation, Project

Kind = SearchEntry.Kind


def project_entries(vocabulary, ids):
    rows = list(
        Project.objects.published()
        .filter(pk__in=ids)
        .values(
            "pk",
            "kind",
            "progress",
            "updated_at",
            *translated_columns("title", "summary", "description"),
        )
    )
    found = [row["pk"] for row in rows]
    themes = vocabulary.pairs(Project.themes.through, "project_id", "theme_id", found)
    audiences = vocabulary.pairs(Project.audiences.through, "project_id", "audience_id", found)
    regions = vocabulary.pairs(Project.regions.through, "project_id", "place_id", found)
    countries = vocabulary.pairs(Project.countries.through, "project_id", "country_id", found)
    objectives = defaultdict(list)
    for row in Objective.objects.filter(project_id__in=found).values(
        "project_id", *translated_columns("text")
    ):
        objectives[row["project_id"]].append(vocabulary.row_text(row, "text"))
    organizations = defaultdict(list)
    organization_ids = defaultdict(list)
    participations = Participation.objects.filter(project_id__in=found).values(
        "project_id",
        "organization_id",
        *[f"organization__{column}" for column in translated_columns("name")],
    )
    for row in participations:
        organizations[row["project_id"]].append(
            vocabulary.row_text(row, "name", prefix="organization__")
        )
        organization_ids[row["project_id"]].append(row["organization_id"])
    vocabulary.load_places(pk for place_ids in regions.values() for pk in place_ids)
    entries = []
    for row in rows:
        pk = row["pk"]
        body = index.join(
            vocabulary.row_text(row, "summary", "description"),
            *objectives[pk],
            *organizations[pk],
            vocabulary.tags(vocabulary.themes, themes[pk]),
            vocabulary.tags(vocabulary.audiences, audiences[pk]),
            vocabulary.places(regions[pk]),
            vocabulary.tags(vocabulary.countries, countries[pk]),
        )
        title = vocabulary.row_text(row, "title")
        facets = {
            *vocabulary.theme_keys(themes[pk]),
            *vocabulary.tag_keys("audience", audiences[pk]),
            *vocabulary.place_keys(regions[pk]),
            *vocabulary.tag_keys("organization", organization_ids[pk]),
            f"kind:{row['kind']}",
            f"status:{row['progress']}",
        }
        entries.append(
            vocabulary.entry(
                Kind.PROJECT,
                pk,
                title,
                body,
                [],
                facets=facets,
                row=row,
                updated_at=row["updated_at"],
                sort_field="title",
            )
        )
    return entries


def register():
    index.register(
        index.Document(
            kind=Kind.PROJECT,
            model=Project,
            entries=project_entries,
            shown=lambda: Project.objects.published(),
            snippet_fields=("summary", "description"),
        )
    )
    # A project's entry holds its objectives and its participants' names.
    index.register_dependents(Participation, lambda part: [(Kind.PROJECT, [part.project_id])])
    index.register_dependents(
        Objective, lambda objective: [(Kind.PROJECT, [objective.project_id])]
    )
    index.register_dependents(
        Organization,
        lambda organization: [
            (
                Kind.PROJECT,
                Participation.objects.filter(organization_id=organization.pk).values_list(
                    "project_id", flat=True
                ),
            )
        ],
    )
