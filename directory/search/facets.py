"""Facet counts for the listings: how many results each filter option would give.

A facet's counts apply every active filter except its own, so that choosing another
theme shows how many results that theme would give with the other filters kept
("disjunctive" faceting). Each facet costs one grouped query whatever the page size.
"""

from dataclasses import dataclass, field

from django.db.models import Count, F


@dataclass
class FacetOption:
    value: str
    label: object
    count: int
    selected: bool
    params: dict
    depth: int = 0


@dataclass
class Facet:
    name: str
    title: str
    options: list
    # Enclosing levels of a drill-down facet (the place filter), broadest first.
    trail: list = field(default_factory=list)

    @property
    def selected(self):
        return next((option for option in self.options if option.selected), None)

    @property
    def clear_params(self):
        return {self.name: None, "page": None}


def queryset_without(filterset, *excluded):
    """The filterset's queryset with every active filter applied except `excluded`."""
    queryset = filterset.queryset
    for name, value in filterset.form.cleaned_data.items():
        if name in excluded or name == "sort":
            continue
        queryset = filterset.filters[name].filter(queryset, value)
    return queryset


def count_by(queryset, group_by):
    """{group key: number of distinct rows} over the queryset; group_by is a path or expression."""
    key = F(group_by) if isinstance(group_by, str) else group_by
    # annotate() then values("facet_key"): modeltranslation turns a values() without field
    # names into values(<every field>, ...), which would group by every column.
    rows = (
        queryset.model._default_manager.filter(pk__in=queryset.order_by().values("pk"))
        .order_by()
        .annotate(facet_key=key)
        .values("facet_key")
        .annotate(n=Count("pk", distinct=True))
        .values_list("facet_key", "n")
    )
    return {facet_key: n for facet_key, n in rows if facet_key is not None}


def build(name, title, choices, counts, selected_value):
    """A facet from (value, key, label[, depth]) choices and counts keyed by `key`.

    Options with no result are left out, except the selected one so it can be removed.
    """
    options = []
    for value, key, label, *depth in choices:
        count = counts.get(key, 0)
        selected = value == selected_value
        if count or selected:
            options.append(
                FacetOption(
                    value=value,
                    label=label,
                    count=count,
                    selected=selected,
                    params={name: value, "page": None},
                    depth=depth[0] if depth else 0,
                )
            )
    return Facet(name=name, title=title, options=options)
