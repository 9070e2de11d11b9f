"""How far a result of a nearest-first listing is, as a resident reads it: "1.2 km"."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def distance(nearby):
    """ "300 m", "1.2 km", "12 km" in the page's language; "about …" when measured to a
    district's centre; "" for a result without a position (or no nearby at all).

    The origin is rounded to about 100 m, so nothing finer than 100 m is said. Numbers are
    rounded here: number_format() would cut 5.56 to "5.5".
    """
    metres = getattr(nearby, "metres", None)
    if metres is None:
        return ""
    if metres < 950:
        text = _("%(metres)s m") % {"metres": max(100, int(round(metres, -2)))}
    elif metres < 9950:
        text = _("%(kilometres)s km") % {"kilometres": number_format(round(metres / 1000, 1), 1)}
    else:
        text = _("%(kilometres)s km") % {"kilometres": number_format(round(metres / 1000), 0)}
    if nearby.approximate:
        text = _("about %(distance)s") % {"distance": text}
    return text
