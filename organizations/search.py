"""What the search finds of organizations: services, organizations and news.

Registered with the search index (directory/search/index.py) when the app is ready.
"""

from directory.common.text import translated_columns
from directory.search import index
from directory.search.models import SearchEntry
from directory.taxonomy import opening

from .models import Location, NewsItem, OpeningHours, Organization, Service

Kind = SearchEntry.Kind
ORGANIZATION_NAME = [f"organization__{column}" for column in translated_columns("name")]


def service_entries(vocabulary, ids):
    rows = list(
        Service.objects.published()
        .filter(pk__in=ids)
        .values(
            "pk",
            "is_free",
            "updated_at",
            "organization__acronym",
            *translated_columns("name", "summary", "description", "eligibility", "how_to_access"),
            *ORGANIZATION_NAME,
        )
    )
    found = [row["pk"] for row in rows]
    themes = vocabulary.pairs(Service.themes.through, "service_id", "theme_id", found)
    audiences = vocabulary.pairs(Service.audiences.through, "service_id", "audience_id", found)
    languages = vocabulary.pairs(Service.languages.through, "service_id", "language_id", found)
    locations = vocabulary.pairs(Service.locations.through, "service_id", "location_id", found)
    place_of = dict(
        Location.objects.filter(
            pk__in=[pk for location_ids in locations.values() for pk in location_ids]
        ).values_list("pk", "place_id")
    )
    vocabulary.load_places(place_of.values())
    hours = service_hours(found, locations)
    entries = []
    for row in rows:
        pk = row["pk"]
        place_ids = [place_of[location] for location in locations[pk]]
        body = index.join(
            vocabulary.row_text(row, "summary", "description", "eligibility", "how_to_access"),
            vocabulary.row_text(row, "name", prefix="organization__"),
            index.stems(row["organization__acronym"]),
            vocabulary.tags(vocabulary.themes, themes[pk]),
            vocabulary.tags(vocabulary.audiences, audiences[pk]),
            vocabulary.tags(vocabulary.languages, languages[pk]),
            vocabulary.places(place_ids),
        )
        title = vocabulary.row_text(row, "name")
        facets = {
            *vocabulary.theme_keys(themes[pk]),
            *vocabulary.tag_keys("audience", audiences[pk]),
            *vocabulary.tag_keys("language", languages[pk]),
            *vocabulary.place_keys(place_ids),
            "free:yes" if row["is_free"] else "free:no",
            *opening.schedule_keys(hours.get(pk, [])),
        }
        entries.append(
            vocabulary.entry(
                Kind.SERVICE,
                pk,
                title,
                body,
                place_ids,
                facets=facets,
                row=row,
                updated_at=row["updated_at"],
            )
        )
    return entries


def service_hours(service_ids, locations):
    """{service id: its opening periods}: its own, or else those of the places it is given at.

    `locations` is {service id: [location id, ...]}. Two queries for any number of services.
    """
    fields = ["season", "weekday", "opens", "closes"]
    own, at_location = {}, {}
    for row in OpeningHours.objects.filter(service__in=service_ids).values("service_id", *fields):
        own.setdefault(row.pop("service_id"), []).append(opening.Period(**row))
    location_ids = {pk for ids in locations.values() for pk in ids}
    for row in OpeningHours.objects.filter(location__in=location_ids).values(
        "location_id", *fields
    ):
        at_location.setdefault(row.pop("location_id"), []).append(opening.Period(**row))
    return {
        pk: own.get(pk) or [p for location in locations[pk] for p in at_location.get(location, [])]
        for pk in service_ids
    }


def organization_entries(vocabulary, ids):
    rows = list(
        Organization.objects.published()
        .filter(pk__in=ids)
        .values(
            "pk",
            "acronym",
            "kind",
            "updated_at",
            *translated_columns("name", "summary", "description", "mission"),
        )
    )
    found = [row["pk"] for row in rows]
    through = Organization
    themes = vocabulary.pairs(through.themes.through, "organization_id", "theme_id", found)
    audiences = vocabulary.pairs(
        through.audiences.through, "organization_id", "audience_id", found
    )
    languages = vocabulary.pairs(
        through.languages.through, "organization_id", "language_id", found
    )
    locations = vocabulary.pairs(Location, "organization_id", "place_id", found)
    vocabulary.load_places(pk for place_ids in locations.values() for pk in place_ids)
    entries = []
    for row in rows:
        pk = row["pk"]
        body = index.join(
            vocabulary.row_text(row, "summary", "description", "mission"),
            vocabulary.tags(vocabulary.themes, themes[pk]),
            vocabulary.tags(vocabulary.audiences, audiences[pk]),
            vocabulary.tags(vocabulary.languages, languages[pk]),
            vocabulary.places(locations[pk]),
        )
        title = index.join(vocabulary.row_text(row, "name"), index.stems(row["acronym"]))
        facets = {
            *vocabulary.theme_keys(themes[pk]),
            *vocabulary.tag_keys("audience", audiences[pk]),
            *vocabulary.tag_keys("language", languages[pk]),
            *vocabulary.place_keys(locations[pk]),
            f"kind:{row['kind']}",
        }
        entries.append(
            vocabulary.entry(
                Kind.ORGANIZATION,
                pk,
                title,
                body,
                locations[pk],
                facets=facets,
                row=row,
                updated_at=row["updated_at"],
            )
        )
    return entries


def news_entries(vocabulary, ids):
    rows = (
        NewsItem.objects.published()
        .filter(pk__in=ids)
        .values("pk", *translated_columns("title", "summary", "body"), *ORGANIZATION_NAME)
    )
    entries = []
    for row in rows:
        body = index.join(
            vocabulary.row_text(row, "summary", "body"),
            vocabulary.row_text(row, "name", prefix="organization__"),
        )
        title = vocabulary.row_text(row, "title")
        entries.append(vocabulary.entry(Kind.NEWS, row["pk"], title, body, []))
    return entries


def register():
    index.register(
        index.Document(
            kind=Kind.SERVICE,
            model=Service,
            entries=service_entries,
            shown=lambda: Service.objects.published().select_related("organization"),
            snippet_fields=("summary", "description", "eligibility"),
        )
    )
    index.register(
        index.Document(
            kind=Kind.ORGANIZATION,
            model=Organization,
            entries=organization_entries,
            shown=lambda: Organization.objects.published(),
            snippet_fields=("summary", "description", "mission"),
        )
    )
    index.register(
        index.Document(
            kind=Kind.NEWS,
            model=NewsItem,
            entries=news_entries,
            shown=lambda: NewsItem.objects.published().select_related("organization"),
            snippet_fields=("summary", "body"),
        )
    )
    # Services and news show their organization's name and go with its publication.
    index.register_dependents(
        Organization,
        lambda organization: [
            (Kind.SERVICE, services_of(organization.pk)),
            (
                Kind.NEWS,
                NewsItem.objects.filter(organization_id=organization.pk).values_list(
                    "pk", flat=True
                ),
            ),
        ],
    )
    # A location's place is a place of its organization and of the services given there.
    index.register_dependents(
        Location,
        lambda location: [
            (Kind.ORGANIZATION, [location.organization_id]),
            (Kind.SERVICE, services_of(location.organization_id)),
        ],
    )
    # A service's hours give its "open now" keys; a location's hours are those of the services
    # given there that have none of their own.
    index.register_dependents(
        OpeningHours,
        lambda hours: [
            (
                Kind.SERVICE,
                [hours.service_id]
                if hours.service_id
                else Service.objects.filter(locations=hours.location_id).values_list(
                    "pk", flat=True
                ),
            )
        ],
    )


def services_of(organization_id):
    return Service.objects.filter(organization_id=organization_id).values_list("pk", flat=True)
