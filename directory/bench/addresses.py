"""The addresses each page type is requested at, read from the database.

Cold rotates over many different addresses, so that no per-address cache hides the work: a
sample of the organization, service and project pages, filter combinations of the listings
(two filters and a text each), searches in the three languages, the coverage page for each
audience and need. Warm repeats the first of them. The same seed gives the same addresses.
"""

import random
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation

from directory.search.catalogue import catalogue
from organizations.models import Organization, Service
from projects.models import Project

PAGE_TYPES = [
    "home",
    "organization",
    "service",
    "project",
    "organizations",
    "services",
    "search",
    "coverage",
]
LANGUAGES = ["ar", "fr", "en"]

# What residents type, in each language: needs, audiences, places, a typo, two words.
WORDS = {
    "fr": [
        "aide", "santé", "femmes", "enfants", "migrants", "éducation", "formation", "emploi",
        "logement", "juridique", "handicap", "association", "alimentaire", "alphabetisaton",
        "Tanger", "Bni Makada", "violence", "jeunes", "synthétique", "soutien scolaire",
    ],
    "ar": [
        "مساعدة", "صحة", "نساء", "أطفال", "مهاجرين", "تعليم", "تكوين", "شغل", "سكن", "قانونية",
        "إعاقة", "جمعية", "غذائية", "طنجة", "بني مكادة", "عنف", "شباب", "اصطناعية", "محو الأمية",
        "دعم",
    ],
    "en": [
        "help", "health", "women", "children", "migrants", "education", "training", "jobs",
        "housing", "legal aid", "disability", "association", "food", "Tangier", "violence",
        "youth", "synthetic", "literacy", "shelter", "counselling",
    ],
}  # fmt: skip


def build(*, pages=2000, combinations=300, seed=1):
    """{page type: [address, ...]}, each list's first address being the warm one."""
    rng = random.Random(seed)
    return {
        "home": [reverse_in(language, "home") for language in LANGUAGES],
        "organization": detail_pages(
            rng, Organization.objects.published(), "organizations:detail", pages
        ),
        "service": detail_pages(rng, Service.objects.published(), "services:detail", pages),
        "project": detail_pages(rng, Project.objects.published(), "projects:detail", pages),
        "organizations": listing_pages(
            rng, "organizations:list", combinations, extra={"kind": organization_kinds()}
        ),
        "services": listing_pages(
            rng, "services:list", combinations, extra={"free": ["true", "false"]}
        ),
        "search": [
            f"{reverse_in(language, 'search')}?{urlencode({'q': word})}"
            for language, words in WORDS.items()
            for word in words
        ],
        "coverage": coverage_pages(rng, combinations),
    }


def reverse_in(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def detail_pages(rng, queryset, url_name, count):
    """The pages of `count` published items drawn at random, in the three languages in turn."""
    slugs = list(queryset.order_by("pk").values_list("slug", flat=True))
    chosen = rng.sample(slugs, min(count, len(slugs)))
    return [
        reverse_in(LANGUAGES[number % 3], url_name, slug=slug)
        for number, slug in enumerate(chosen)
    ]


def organization_kinds():
    return [kind.value for kind in Organization.Kind]


def listing_pages(rng, url_name, count, *, extra):
    """`count` different listing addresses, each with two filters and a text."""
    taxonomy = catalogue()
    options = {
        "theme": [theme.slug for theme in taxonomy.themes],
        "audience": [audience.slug for audience in taxonomy.audiences],
        "place": [place.slug for place in taxonomy.places],
        "language": [language.code for language in taxonomy.languages],
        **extra,
    }
    addresses = []
    seen = set()
    for _ in range(count * 10):  # enough draws for `count` different ones
        if len(addresses) == count:
            break
        language = rng.choice(LANGUAGES)
        first, second = rng.sample(sorted(options), 2)
        parameters = {
            first: rng.choice(options[first]),
            second: rng.choice(options[second]),
            "q": rng.choice(WORDS[language]),
        }
        address = f"{reverse_in(language, url_name)}?{urlencode(parameters)}"
        if address not in seen:
            seen.add(address)
            addresses.append(address)
    return addresses


def coverage_pages(rng, count):
    """The coverage page for every audience (or all) and every need on the maps (or all)."""
    taxonomy = catalogue()
    audiences = [None, *(audience.slug for audience in taxonomy.audiences)]
    themes = [None, *(theme.slug for theme in taxonomy.root_themes)]
    addresses = []
    for language in LANGUAGES:
        for audience in audiences:
            for theme in themes:
                parameters = {
                    name: value
                    for name, value in (("audience", audience), ("theme", theme))
                    if value
                }
                query = f"?{urlencode(parameters)}" if parameters else ""
                addresses.append(f"{reverse_in(language, 'coverage:page')}{query}")
    rng.shuffle(addresses)
    return addresses[:count]
