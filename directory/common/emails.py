"""Emails, written in the recipient's language and sent in the background.

A request renders the email and queues it (django.tasks, stored in the database by
django-tasks-db); `manage.py db_worker` sends it. A slow or failing mail server never
slows down or breaks a page.

Each email is plain text, rendered without HTML escaping (the "text" template engine), with
an HTML alternative in the recipient's language and direction (emails/layout.html) for the
mail programs that prefer it.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation


@task
def send_email(*, to, subject, body, html=None, reply_to=None):
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to,
    )
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def queue_email(*, to, template, context, language=None, reply_to=None):
    """Render templates/emails/<template>_subject.txt and <template>.txt, and queue them.

    `to` is a list of addresses; nothing is queued when it is empty. `reply_to`, a list of
    addresses, is where an answer goes (a relayed message's sender).
    """
    if not to:
        return None
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {"site_url": settings.SITE_URL, **context}
        subject = " ".join(
            render_to_string(f"emails/{template}_subject.txt", context, using="text").split()
        )
        body = render_to_string(f"emails/{template}.txt", context, using="text")
        html = render_to_string("emails/layout.html", {"subject": subject, "body": body})
    extra = {"reply_to": list(reply_to)} if reply_to else {}
    return send_email.enqueue(to=list(to), subject=subject, body=body, html=html, **extra)
