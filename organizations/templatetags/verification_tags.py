from django import template

from organizations.curation import verification

register = template.Library()


@register.filter
def needs_verification(last_verified_on):
    """{% if record.last_verified_on|needs_verification %}: never verified, or too long ago."""
    return verification.needs_verification(last_verified_on)
