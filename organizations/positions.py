"""Where organizations and services are, for their listings sorted nearest first.

Read once per version of a listing's facet sets and of the catalogue (the snapshot keeps
them: directory/search/nearby.py), never per request: one query for organizations, two for
services (their locations, then which services are given where).

Each location with coordinates gives its organization, and every service given there, a
point. A sensitive location (a women's shelter) gives the centre of its district instead:
its own coordinates never leave the database, not even as a distance. A place's centre is
its outline's (manage.py import_boundaries), else the mean of the public locations inside
it; a place with neither has none, and a sensitive location there no point.
"""

from collections import defaultdict

from directory.search.catalogue import PLACE_LEVELS, catalogue
from directory.search.nearby import Point, Positions
from directory.taxonomy.models import PublicationStatus

from .models import Location, Service


def organization_positions():
    taxonomy = catalogue()
    locations = located_locations()
    centres = place_centres(locations, taxonomy)
    points = []
    for organization_id, *where in locations.values():
        if point := public_point(*where, centres, taxonomy):
            points.append((organization_id, *point))
    return Positions(points, centres)


def service_positions():
    taxonomy = catalogue()
    locations = located_locations()
    centres = place_centres(locations, taxonomy)
    point_of = {}
    for pk, (_organization_id, *where) in locations.items():
        if point := public_point(*where, centres, taxonomy):
            point_of[pk] = point
    given_at = Service.locations.through.objects.values_list("service_id", "location_id")
    points = [
        (service_id, *point_of[location_id])
        for service_id, location_id in given_at.iterator(chunk_size=10_000)
        if location_id in point_of
    ]
    return Positions(points, centres)


def located_locations():
    """{location id: (organization id, latitude, longitude, is sensitive, place id)} of the
    published organizations' locations with coordinates, in millionths of a degree."""
    rows = (
        Location.objects.filter(
            organization__status=PublicationStatus.PUBLISHED,
            latitude__isnull=False,
            longitude__isnull=False,
        )
        .values_list("pk", "organization_id", "latitude", "longitude", "is_sensitive", "place_id")
        .order_by()
    )
    return {
        pk: (organization_id, _microdegrees(latitude), _microdegrees(longitude), sensitive, place)
        for pk, organization_id, latitude, longitude, sensitive, place in rows.iterator(
            chunk_size=10_000
        )
    }


def place_centres(locations, taxonomy):
    """{place id: Point}: each place's outline centre, else the mean of its public locations."""
    sums = defaultdict(lambda: [0, 0, 0])
    for _organization_id, latitude, longitude, sensitive, place_id in locations.values():
        place = taxonomy.place_by_pk.get(place_id)
        if sensitive or place is None:
            continue
        for pk in _within(place):
            total = sums[pk]
            total[0] += latitude
            total[1] += longitude
            total[2] += 1
    centres = {
        pk: Point(round(latitude / count), round(longitude / count))
        for pk, (latitude, longitude, count) in sums.items()
    }
    for place in taxonomy.places:
        if place.latitude is not None and place.longitude is not None:
            centres[place.pk] = Point.from_degrees(place.latitude, place.longitude)
    return centres


def public_point(latitude, longitude, sensitive, place_id, centres, taxonomy):
    """(latitude, longitude, approximate) a location may be measured at, or None."""
    if not sensitive:
        return latitude, longitude, False
    place = taxonomy.place_by_pk.get(place_id)
    if place is None:
        return None
    # Its district, as Location.district says: the arrondissement, else the commune.
    district = place.arrondissement_id or place.commune_id or place.pk
    centre = centres.get(district)
    return (centre.latitude, centre.longitude, True) if centre else None


def _within(place):
    """The ids of a place and of the places enclosing it."""
    return {place.pk} | {
        getattr(place, f"{level}_id") for level in PLACE_LEVELS if getattr(place, f"{level}_id")
    }


def _microdegrees(value):
    """A coordinate as stored (6 decimals) in millionths of a degree, exactly."""
    return int(value.scaleb(6))
