"""Near me: how far a result of a nearest-first listing is ("1.2 km"), and the way there."""

from urllib.parse import quote

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from directory.common.text import passage

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


@register.simple_tag
def directions_url(location):
    """A geo: link the phone's own map application opens at the location, labelled with its
    name; "" for a sensitive location (a shelter) or one without coordinates.

    geo:35.755100,-5.832600?q=35.755100,-5.832600(Centre%20d%27%C3%A9coute)
    """
    if location.is_sensitive or location.latitude is None or location.longitude is None:
        return ""
    label = (
        passage(location, "name").text
        or passage(location, "address").text
        or str(location.district)
    )
    # Parentheses would end the label early: the map applications read up to the first ")".
    label = quote(label.replace("(", " ").replace(")", " ").strip(), safe="")
    point = f"{location.latitude},{location.longitude}"
    return f"geo:{point}?q={point}({label})"
