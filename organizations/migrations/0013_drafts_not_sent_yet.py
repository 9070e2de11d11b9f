"""Drafts saved without being sent ("not sent yet"), and when each change was sent for review.

Every change made before this was sent when it was saved: its sending time is its creation
time, so the coordinators' queue keeps its order.
"""

from django.conf import settings
from django.db import migrations, models


def sent_when_created(apps, schema_editor):
    ChangeRequest = apps.get_model("organizations", "ChangeRequest")
    ChangeRequest.objects.update(sent_at=models.F("created_at"))


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('organizations', '0012_drafts_store_weekly_hours'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='changerequest',
            name='changerequest_one_open_per_record',
        ),
        migrations.RemoveIndex(
            model_name='changerequest',
            name='changerequest_status_created',
        ),
        migrations.AddField(
            model_name='changerequest',
            name='sent_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='sent for review'),
        ),
        migrations.RunPython(sent_when_created, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='changerequest',
            name='status',
            field=models.CharField(choices=[('unsent', 'not sent yet'), ('pending', 'waiting for review'), ('approved', 'approved'), ('refused', 'refused'), ('withdrawn', 'withdrawn')], default='pending', max_length=16, verbose_name='status'),
        ),
        migrations.AddIndex(
            model_name='changerequest',
            index=models.Index(fields=['status', 'sent_at'], name='changerequest_status_sent'),
        ),
        migrations.AddConstraint(
            model_name='changerequest',
            constraint=models.UniqueConstraint(condition=models.Q(('object_id__isnull', False), ('status__in', ['unsent', 'pending', 'refused'])), fields=('content_type', 'object_id'), name='changerequest_one_open_per_record'),
        ),
    ]
