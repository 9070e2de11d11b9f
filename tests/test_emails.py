"""Emails read as plain text, with an HTML part in the recipient's language and direction."""

import pytest
from django.core import mail

from directory.common.emails import queue_email
from tests.factories import OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def the_email(run_tasks):
    run_tasks()
    assert len(mail.outbox) == 1
    return mail.outbox[0]


def test_plain_text_keeps_apostrophes_and_quotes_as_typed(run_tasks):
    service = ServiceFactory(name_fr="Distribution d'aide alimentaire")

    queue_email(
        to=["coordinator@example.org"],
        template="change_pending",
        context={"change": {"summary": service.name_fr, "author": "Salma <S&M>"}, "url": "/x/"},
        language="fr",
    )

    email = the_email(run_tasks)
    assert (
        email.subject == "Modification en attente de validation : Distribution d'aide alimentaire"
    )
    assert "Salma <S&M>" in email.body
    assert "&#x27;" not in email.body + email.subject and "&lt;" not in email.body


def test_the_html_part_is_escaped_and_in_the_recipients_language_and_direction(run_tasks):
    organization = OrganizationFactory(name_ar="جمعية الأمل")

    queue_email(
        to=["owner@example.org"],
        template="change_pending",
        context={
            "change": {"summary": "<script>", "author": "أمينة"},
            "organization": organization,
            "url": "/ar/manage/review/1/",
        },
        language="ar",
    )

    email = the_email(run_tasks)
    html, mimetype = email.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="ar" dir="rtl">' in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert 'href="http://' in html  # the review link can be followed
