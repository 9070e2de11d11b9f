"""The needs and offers listing's filters and counts.

Counted in SQL (TaxonomyFilterSet's option_counts, one grouped query per facet): needs and
offers still listed are a few thousand at most, unlike the national listings of organizations
and services that count from facet sets in memory.
"""

import django_filters
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.search import facets
from directory.search.catalogue import catalogue
from directory.search.filters import PlaceFilter, TaxonomyFilter, TaxonomyFilterSet, ThemeFilter

from .models import Exchange

# What the words of the free text are looked for in, in every language.
TEXT_COLUMNS = [
    f"{prefix}{field}_{code}"
    for prefix, field in [("", "title"), ("", "description"), ("organization__", "name")]
    for code, _name in settings.LANGUAGES
]


class ExchangeFilter(TaxonomyFilterSet):
    kind = django_filters.ChoiceFilter(choices=Exchange.Kind.choices, label=_("Need or offer"))
    category = django_filters.ChoiceFilter(choices=Exchange.Category.choices, label=_("What"))
    theme = ThemeFilter(field_name="themes", label=_("Theme"))
    place = PlaceFilter(field_name="places", label=_("Where in Morocco"))
    country = TaxonomyFilter(field_name="countries", options="country_by_code", label=_("Country"))
    audience = None
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[("newest", _("newest first")), ("ending", _("ending soonest"))],
        method="sort_by",
        empty_label=None,
    )

    class Meta:
        model = Exchange
        fields = ["q", "kind", "category", "theme", "place", "country", "language", "sort"]

    def filter_text(self, queryset, name, value):
        """Every word in a title, a description or the organization's name, in any language."""
        for word in value.split()[:10]:
            matches = Q()
            for column in TEXT_COLUMNS:
                matches |= Q(**{f"{column}__icontains": word})
            queryset = queryset.filter(matches)
        return queryset

    def sort_by(self, queryset, name, value):
        if value == "ending":
            return queryset.order_by("ends_on", "pk")
        return queryset.order_by("-created_at", "-pk")

    def facets(self):
        return [
            self.choice_facet("kind", "kind", Exchange.Kind.choices),
            self.choice_facet("category", "category", Exchange.Category.choices),
            self.theme_facet(),
            self.place_facet(),
            self.country_facet(),
            self.language_facet(),
        ]

    def country_facet(self):
        selected = self.form.cleaned_data.get("country")
        countries = sorted(catalogue().countries, key=str)
        counts = self.option_counts("country", "countries", "country", [c.pk for c in countries])
        return facets.build(
            "country",
            self.filters["country"].label,
            [(country.code, country.pk, country) for country in countries],
            counts,
            selected.code if selected else None,
        )
