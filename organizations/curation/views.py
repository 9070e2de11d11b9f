"""The page an organization reaches from the "is your listing still correct?" email."""

from django.core import signing
from django.shortcuts import render

from . import verification


def confirm(request, token):
    """GET shows the listing and one button; POST records the confirmation.

    A GET changes nothing: mail scanners open every link of an email, and would otherwise
    confirm listings nobody read. A second POST adds nothing. A forged link answers 400 and an
    expired one (or one for a record since merged or deleted) 410, never an error page.
    """
    try:
        record, sent_on = verification.read_confirmation_token(token)
    except signing.SignatureExpired:
        return render(request, "verification/link_expired.html", status=410)
    except signing.BadSignature:
        return render(request, "verification/link_invalid.html", status=400)
    if record is None:
        return render(request, "verification/link_expired.html", status=410)
    context = {"record": record, "organization": verification.organization_of(record)}
    if request.method == "POST":
        verification.confirm(record=record, sent_on=sent_on)
        return render(request, "verification/thanks.html", context)
    return render(request, "verification/confirm.html", context)
