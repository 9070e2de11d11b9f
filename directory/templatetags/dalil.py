"""Template helpers for translated content and phone-friendly links."""

import datetime
import functools

from django import template
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from directory.common.text import join_list as joined
from directory.common.text import passage
from directory.search.catalogue import catalogue
from directory.taxonomy import opening

register = template.Library()


def _fallback_note(text):
    return format_html(
        '{} <small class="fallback-note">({})</small>',
        text,
        _("not yet translated"),
    )


@register.simple_tag
def tr(obj, field):
    """A short translated text (a name, a title) in the visitor's language.

    Falling back to another language marks the passage with its `lang` and `dir`
    and adds a discreet "not yet translated" note.
    """
    text = passage(obj, field)
    if not text.is_fallback:
        return text.text
    return _fallback_note(
        format_html('<span lang="{}" dir="{}">{}</span>', text.lang, text.dir, text.text)
    )


@register.simple_tag
def tr_text(obj, field):
    """A long translated text, as paragraphs, marked the same way as `tr`."""
    text = passage(obj, field)
    if not text.text:
        return ""
    # linebreaks() escapes the text itself when autoescape is on.
    paragraphs = mark_safe(linebreaks(text.text, autoescape=True))
    if not text.is_fallback:
        return paragraphs
    return format_html(
        '<div lang="{}" dir="{}">{}</div><p class="fallback-note">{}</p>',
        text.lang,
        text.dir,
        paragraphs,
        _("This text is not yet translated."),
    )


@register.filter
def tel_href(number):
    """A tel: link to a phone number, as ContactChannel.href makes it."""
    from organizations.models import dialable

    return "tel:" + dialable(number)


@register.filter
def has_text(obj, field):
    """Whether `obj.field` has text in any language, to leave out empty sections."""
    return bool(passage(obj, field).text)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language, query string kept: for the switcher and hreflang links."""
    from django.conf import settings
    from django.urls import translate_url
    from django.utils.translation import get_language, get_language_info

    request = context["request"]
    current = get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code)
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
            }
        )
    return versions


@register.simple_tag
def qr_svg(url):
    """A QR code of `url` as inline SVG, drawn on the server: no script, no third party."""
    return mark_safe(_qr_svg(url))  # segno escapes the data it writes; the SVG holds no other text


@functools.lru_cache(maxsize=512)
def _qr_svg(url):
    """Drawn once per address and process. The mask is fixed: choosing the best of the eight
    (segno's default) took most of a detail page's rendering time; any mask reads."""
    import segno

    code = segno.make(url, error="m", mask=0)
    return code.svg_inline(scale=4, border=2, dark="#000", light="#fff", omitsize=False, title=url)


@register.simple_tag
def whatsapp_share_url(title, address="", phone="", url="", hours=""):
    """A wa.me link that opens WhatsApp with a message passing a page on, one line each:
    its title, its address (each place once: Location.public_address), its phone, today's
    opening hours and its link.

    `hours` is a line such as "Open today 09:00–16:00", for the page to give once it knows
    today's hours; without it the message leaves that line out.
    """
    from urllib.parse import quote

    lines = [title, address, _("Phone: %(number)s") % {"number": phone} if phone else "", hours]
    text = "\n".join(str(line) for line in [*lines, url] if line)
    return "https://wa.me/?text=" + quote(text, safe="")


@register.simple_tag
def opening_hours(periods):
    """Opening hours grouped by season, the season that applies today first (opening.py)."""
    periods = list(periods)
    found = opening.status(periods, catalogue().calendar)
    return opening.summarize(periods, found.season if found else None)


@register.simple_tag
def hours_today(periods):
    """Today's hours as one line for a message: "Today: 09:00–12:00، 14:00–17:00", "Closed
    today", or "" without any hours."""
    intervals = opening.intervals_today(list(periods), catalogue().calendar)
    if intervals is None:
        return ""
    if not intervals:
        return _("Closed today")
    times = joined([f"{opens:%H:%M}–{closes:%H:%M}" for opens, closes in intervals])
    return _("Today: %(hours)s") % {"hours": times}


@register.simple_tag
def open_status(periods):
    """Open now and until when, or closed and when it opens: {"status", "day"}, where "day"
    names the day of the next change if it is not today ("tomorrow", "Monday"); None where
    there are no hours."""
    moment = opening.now()
    found = opening.status(list(periods), catalogue().calendar, moment)
    if found is None:
        return None
    change = found.closes or found.opens
    day = ""
    if change is not None and change.date() != moment.date():
        if change.date() == moment.date() + datetime.timedelta(days=1):
            day = _("tomorrow")
        else:
            day = opening.WEEKDAY_IN_SENTENCE[change.isoweekday()]
    return {"status": found, "day": day}


@register.filter
def choice_label(choices, value):
    """The label of `value` among a field's (value, label) choices."""
    return dict(choices).get(value, value)


@register.filter(is_safe=True)
def markdown(text):
    """A long text written in a little Markdown, as sanitized HTML (see directory.markdown)."""
    from directory.common.markdown import render_markdown

    return render_markdown(text)


@register.simple_tag
def tr_markdown(obj, field):
    """`tr_text` for texts written in Markdown: the same fallback marking, richer paragraphs."""
    from directory.common.markdown import render_markdown

    text = passage(obj, field)
    if not text.text:
        return ""
    html = render_markdown(text.text)
    if not text.is_fallback:
        return html
    return format_html(
        '<div lang="{}" dir="{}">{}</div><p class="fallback-note">{}</p>',
        text.lang,
        text.dir,
        html,
        _("This text is not yet translated."),
    )


@register.simple_tag
def image_variant(image, side):
    """The stored copy of an image for `side` px (url, width, height), or the image itself.

    `{% image_variant organization.logo 160 as logo %}`; None when there is no image.
    """
    from directory.common.images import variant

    return variant(image, int(side))


@register.simple_tag
def hotlines():
    """Morocco's emergency numbers and hotlines, from the process's catalogue (no query of
    their own: the catalogue is read again only when the taxonomy's version moves)."""
    from directory.search.catalogue import catalogue

    return catalogue().hotlines


@register.filter(needs_autoescape=True)
def join_list(items, autoescape=True):
    """Items joined as a list reads in the page's language: "a, b", or "أ، ب" in Arabic."""
    from django.utils.html import conditional_escape

    from directory.common.text import list_separator

    escape = conditional_escape if autoescape else str
    return mark_safe(escape(list_separator()).join(escape(item) for item in items if item))


@register.simple_tag
def list_separator():
    """What goes between two items of a list in the page's language (", ", "، ")."""
    from directory.common.text import list_separator

    return list_separator()


@register.simple_tag
def labelled(label, value):
    """`label: value` with the colon of the page's language: French puts a non-breaking space
    before it ("Création : service"). Both parts are escaped unless already safe."""
    from django.utils.html import conditional_escape, escape

    pattern = escape(_("%(label)s: %(value)s"))
    return mark_safe(
        pattern % {"label": conditional_escape(label), "value": conditional_escape(value)}
    )
