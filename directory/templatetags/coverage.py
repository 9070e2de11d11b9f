"""The coverage page's cells and map shapes, written out in Python.

The page has a cell for every need and place and a shape for every commune of the region:
several hundred links. Written by the template language, one tag and variable at a time,
they took most of the page's time; joined here, the same markup costs a fraction of it.
"""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def coverage_cells(cells):
    """A table row's cells: each count links to the services it counts; none says so."""
    none = f'<span class="visually-hidden"> ({escape(gettext("no service"))})</span>'
    return mark_safe(  # noqa: S308 (every value is escaped)
        "".join(
            f'<td class="coverage-b{cell.bucket}"><a href="{escape(cell.url)}">'
            f"{cell.count}{'' if cell.count else none}</a></td>"
            for cell in cells
        )
    )


@register.simple_tag
def coverage_shapes(shapes):
    """A map's outlines, each a link to the services it counts with its number as title."""
    return mark_safe(  # noqa: S308 (every value is escaped)
        "\n    ".join(
            f'<a href="{escape(shape.url)}"><title>{escape(shape.title)}</title>'
            f'<path class="coverage-b{shape.bucket}" d="{shape.path}"/></a>'
            for shape in shapes
        )
    )
