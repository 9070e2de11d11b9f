"""Residents' open requests for a missing service, laid out like a coverage table."""

from dataclasses import dataclass

from django import template

register = template.Library()


@dataclass
class DemandRow:
    theme: object  # None: the row of every request, need given or not
    counts: list  # one per place of the table
    total: int  # wherever, no place given included


@register.simple_tag
def demand_table(demand, table):
    """The needs of `table` with open requests, per place and in all, from
    coverage.unmet_demand(); None when there are none."""
    if not demand:
        return None
    rows = [
        DemandRow(
            row.theme,
            [demand.get((row.theme.pk, place.pk), 0) for place in table.places],
            demand[row.theme.pk, None],
        )
        for row in table.rows
        if (row.theme.pk, None) in demand
    ]
    total = DemandRow(
        None, [demand.get((None, place.pk), 0) for place in table.places], demand[None, None]
    )
    return {"places": table.places, "rows": rows, "total": total}
