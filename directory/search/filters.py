"""Filters shared by the listings: free text, theme, audience, place and language.

Each listing's FilterSet (organizations/filters.py, projects/filters.py) inherits these and
adds its own. Options are chosen by slug or code, so URLs read well and can be shared:
/fr/services/?theme=health&place=bni-makada
"""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from pyroaring import BitMap

from directory.taxonomy.models import Place

from . import facet_sets, facets
from . import query as search
from .catalogue import catalogue

MAX_QUERY_LENGTH = 200


class SearchInput(forms.CharField):
    """Free text: NUL bytes and other control characters go, long queries are cut."""

    def to_python(self, value):
        value = super().to_python(value)
        value = "".join(ch for ch in value if ch.isprintable() or ch.isspace())
        return " ".join(value.split())[:MAX_QUERY_LENGTH]


class SearchFilter(django_filters.CharFilter):
    field_class = SearchInput


class RelatedRows:
    """Keeps the rows related to the chosen option, through a subquery so rows never repeat."""

    def condition(self, value):
        return Q(**{self.field_name: value})

    def filter(self, queryset, value):
        if not value:
            return queryset
        matching = queryset.model._default_manager.filter(self.condition(value))
        return queryset.filter(pk__in=matching.values("pk"))


class RelatedFilter(RelatedRows, django_filters.ModelChoiceFilter):
    """A related row chosen from a queryset, such as a project's organization."""


class CatalogueChoice(forms.Field):
    """An option of the taxonomy by its slug or code, found in the catalogue without a query."""

    default_error_messages = {
        "invalid_choice": forms.ModelChoiceField.default_error_messages["invalid_choice"]
    }

    def __init__(self, *, options, **kwargs):
        self.options = options  # the name of the catalogue's {slug or code: instance}
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        found = getattr(catalogue(), self.options).get(str(value))
        if found is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return found


class TaxonomyFilter(RelatedRows, django_filters.Filter):
    """A theme, audience, language or place chosen by slug or code, read from the catalogue."""

    field_class = CatalogueChoice

    def __init__(self, *args, options, **kwargs):
        kwargs["options"] = options
        super().__init__(*args, **kwargs)


class ThemeFilter(TaxonomyFilter):
    """A theme with its narrower themes: Migration also finds Migration > Protection."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, options="theme_by_slug", **kwargs)

    def condition(self, value):
        return Q(**{self.field_name: value}) | Q(**{f"{self.field_name}__parent": value})


class PlaceFilter(TaxonomyFilter):
    """A place at any level: a region matches everything recorded in its communes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, options="place_by_slug", **kwargs)

    def condition(self, value):
        return Q(**{f"{self.field_name}__{value.kind}": value})


class TaxonomyFilterSet(django_filters.FilterSet):
    q = SearchFilter(label=_("Words"), method="filter_text")
    theme = ThemeFilter(field_name="themes", label=_("Need"))
    audience = TaxonomyFilter(
        field_name="audiences", options="audience_by_slug", label=_("For whom")
    )
    language = TaxonomyFilter(
        field_name="languages", options="language_by_code", label=_("Language")
    )

    # The kind of search entry the free text looks in; set by each listing.
    search_kind = None
    # What says how to show the results rather than which: no facet, no label in the heading.
    not_filters = ("q", "sort", "page")

    def filter_text(self, queryset, name, value):
        # Parsed once: the text filter runs again for every facet's counts.
        if getattr(self, "_parsed", (None, None))[0] != value:
            self._parsed = (value, search.parse(value))
        query = self._parsed[1]
        if not query:
            return queryset
        return queryset.filter(pk__in=search.matching_ids(self.search_kind, query))

    def active_choices(self):
        """Labels of the chosen options, e.g. ["Mothers", "Bni Makada"], for headings and print."""
        labels = []
        for name, value in self.form.cleaned_data.items():
            if name in self.not_filters or value in (None, ""):
                continue
            field = self.form.fields[name]
            if isinstance(value, bool):
                value = field.label if value else _("%(filter)s: no") % {"filter": field.label}
            elif hasattr(field, "choices") and not hasattr(value, "pk"):
                value = dict(field.choices).get(value, value)
            labels.append(str(value))
        return labels

    # Facets --------------------------------------------------------------------------

    def option_counts(self, name, group_by, prefix, values, *, with_own=False):
        """{option: number of results with it} for the options `values` of filter `name`.

        Counted in SQL with every active filter but the facet's own (all of them with
        `with_own`), grouping by `group_by`; FacetSetCounts counts from the facet sets.
        """
        queryset = facets.queryset_without(self, *([] if with_own else [name]))
        return facets.count_by(queryset, group_by)

    def theme_facet(self):
        selected = self.form.cleaned_data.get("theme")
        roots = [theme for theme in self.taxonomy["themes"] if theme.parent_id is None]
        children = [theme for theme in self.taxonomy["themes"] if theme.parent_id]
        by_root = self.option_counts(
            "theme", Coalesce(F("themes__parent"), F("themes")), "theme", [t.pk for t in roots]
        )
        by_theme = self.option_counts("theme", "themes", "theme", [t.pk for t in children])
        choices = []
        for theme in roots:
            choices.append((theme.slug, theme.pk, theme, 0))
            for child in self.taxonomy["theme_children"].get(theme.pk, []):
                choices.append((child.slug, ("child", child.pk), child, 1))
        counts = dict(by_root)
        counts.update({("child", pk): n for pk, n in by_theme.items()})
        return facets.build(
            "theme",
            self.filters["theme"].label,
            choices,
            counts,
            selected.slug if selected else None,
        )

    def audience_facet(self):
        selected = self.form.cleaned_data.get("audience")
        audiences = self.taxonomy["audiences"]
        counts = self.option_counts("audience", "audiences", "audience", [a.pk for a in audiences])
        return facets.build(
            "audience",
            self.filters["audience"].label,
            [(a.slug, a.pk, a) for a in audiences],
            counts,
            selected.slug if selected else None,
        )

    def language_facet(self):
        selected = self.form.cleaned_data.get("language")
        languages = self.taxonomy["languages"]
        counts = self.option_counts(
            "language", "languages", "language", [lang.pk for lang in languages]
        )
        return facets.build(
            "language",
            self.filters["language"].label,
            [(lang.code, lang.pk, lang) for lang in languages],
            counts,
            selected.code if selected else None,
        )

    def choice_facet(self, name, field, choices):
        """A facet over a field with fixed choices, such as an organization's kind."""
        selected = self.form.cleaned_data.get(name) or None
        counts = self.option_counts(name, field, name, [value for value, _label in choices])
        return facets.build(
            name,
            self.filters[name].label,
            [(v, v, label) for v, label in choices],
            counts,
            selected,
        )

    def place_facet(self):
        """Drill-down: regions, then the selected place's children, each with its count.

        The selected place stays listed first, with the broader places above it as a trail.
        """
        selected = self.form.cleaned_data.get("place")
        level = {
            None: Place.Kind.REGION,
            Place.Kind.REGION: Place.Kind.PROVINCE,
            Place.Kind.PROVINCE: Place.Kind.COMMUNE,
            Place.Kind.COMMUNE: Place.Kind.ARRONDISSEMENT,
        }.get(selected.kind if selected else None)
        choices = []
        counts = {}
        if selected:
            choices.append((selected.slug, "selected", selected))
            counts["selected"] = None
        if level:
            children = catalogue().places_within(level, selected)
            through = self.filters["place"].field_name
            counts.update(
                self.option_counts(
                    "place",
                    f"{through}__{level}",
                    "place",
                    [place.pk for place in children],
                    with_own=True,
                )
            )
            choices += [(place.slug, place.pk, place, 1) for place in children]
        facet = facets.build(
            "place",
            self.filters["place"].label,
            choices,
            counts,
            selected.slug if selected else None,
        )
        if selected:
            facet.options[0].count = None
            facet.trail = [
                facets.FacetOption(p.slug, p, None, False, {"place": p.slug, "page": None})
                for p in selected.ancestors()
            ]
        return facet

    @property
    def taxonomy(self):
        """Themes, audiences and languages, from the process's catalogue."""
        taxonomy = catalogue()
        return {
            "themes": taxonomy.themes,
            "theme_children": taxonomy.theme_children,
            "audiences": taxonomy.audiences,
            "languages": taxonomy.languages,
        }


class FacetSetCounts:
    """For a national listing: filters, counts and pages from the facet sets in memory.

    Mixed into a TaxonomyFilterSet whose `search_kind` the index keeps facet sets for
    (facet_sets.py). Each active filter becomes a facet key; the free text becomes the ids
    it matches, at most TEXT_LIMIT of them. No query scans the listing's table: the page's
    rows alone are read, by id.
    """

    text_capped = False

    @property
    def text_limit(self):
        return facet_sets.TEXT_LIMIT

    def facet_key(self, name, value):
        if isinstance(value, bool):
            return f"{name}:{'yes' if value else 'no'}"
        return f"{name}:{getattr(value, 'pk', value)}"

    @property
    def selection(self):
        if not hasattr(self, "_selection"):
            self.form.is_valid()  # cleaned_data holds the valid values; the others are left out
            chosen = {
                name: self.facet_key(name, value)
                for name, value in self.form.cleaned_data.items()
                if name not in self.not_filters and value not in (None, "")
            }
            query = search.parse(self.form.cleaned_data.get("q") or "")
            text_ids = None
            if query:
                ids = search.matching_id_list(self.search_kind, query, facet_sets.TEXT_LIMIT + 1)
                self.text_capped = len(ids) > facet_sets.TEXT_LIMIT
                text_ids = BitMap(ids[: facet_sets.TEXT_LIMIT])
            snapshot = facet_sets.snapshot(self.search_kind)
            self._selection = facet_sets.Selection(snapshot, chosen, text_ids)
        return self._selection

    def option_counts(self, name, group_by, prefix, values, *, with_own=False):
        keys = {value: FacetSetCounts.facet_key(self, prefix, value) for value in values}
        counts = self.selection.counts(keys.values(), without=None if with_own else name)
        return {value: counts[key] for value, key in keys.items()}

    # Sorts the index keeps no order for, read from the listing's table once per version:
    # {sort: the order_by() of its published items}. Other sorts are "name" and "updated".
    table_orders = {}
    # Sorts named otherwise in the listing than in the index: {"title": "name"}.
    index_sorts = {}

    def rows(self):
        """The results for Django's Paginator, in the chosen order; a page reads its rows."""
        self.form.is_valid()  # cleaned_data holds the valid values
        sort = self.form.cleaned_data.get("sort") or "name"
        language = (get_language() or settings.LANGUAGE_CODE)[:2]
        read_order = None
        if sort in self.table_orders:
            published = self.queryset.model._default_manager.published()
            in_order = published.order_by(*self.table_orders[sort]).values_list("pk", flat=True)
            read_order = in_order.iterator
        sort = self.index_sorts.get(sort, sort)
        return facet_sets.Page(self.selection, self.queryset, sort, language, read_order)
