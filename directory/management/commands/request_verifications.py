"""Keep listings fresh without anyone remembering to: run once a month (cron, a systemd
timer; docs/deploy.md).

Owners of a listing not verified for 12 months get a "still correct?" email with the signed
link (at most once every four weeks); listings no one verified for 18 months are marked as
such to the public and counted on the coordinators' desk, never deleted.
"""

from django.core.management.base import BaseCommand

from organizations.curation import verification


class Command(BaseCommand):
    help = "Email owners of listings not verified for 12 months; mark those unverified for 18."

    def handle(self, *args, **options):
        asked = verification.request_confirmations()
        marked = verification.mark_unverifiable()
        self.stdout.write(
            f"Asked {asked} organizations to confirm their listing; "
            f"{marked} marked as not verified for {verification.UNVERIFIABLE_AFTER_MONTHS} months."
        )
