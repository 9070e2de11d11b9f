"""The residents' reports and suggestions, created by directory 0004, now belong to this app.

The tables exist already: only Django's picture of the models is created here, and the
content types (with their permissions and admin log entries) follow the models.
"""

import django.db.models.deletion
from django.db import migrations, models


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="directory", model__in=['report', 'suggestion']).update(
        app_label="reports"
    )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('directory', '0005_search_and_reports_have_apps_of_their_own'),
        ('organizations', '0004_verification_and_merge'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Report',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('problem', models.CharField(choices=[('wrong_phone', 'The phone number is wrong'), ('wrong_address', 'The address is wrong'), ('closed', 'It is closed or no longer exists'), ('other', 'Something else')], max_length=16, verbose_name='what is wrong')),
                        ('detail', models.TextField(blank=True, help_text='For example the right phone number or address.', max_length=2000, verbose_name='details')),
                        ('email', models.EmailField(blank=True, help_text='Only if you agree to be asked about it. It is not published.', max_length=254, verbose_name='your email')),
                        ('status', models.CharField(choices=[('new', 'new'), ('handled', 'handled'), ('dismissed', 'dismissed')], default='new', max_length=16, verbose_name='status')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='received')),
                        ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='decided')),
                        ('organization', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reports', to='organizations.organization', verbose_name='organization')),
                        ('service', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='reports', to='organizations.service', verbose_name='service')),
                    ],
                    options={
                        'verbose_name': 'report',
                        'verbose_name_plural': 'reports',
                        'db_table': 'directory_report',
                        'ordering': ['-created_at', '-pk'],
                        'indexes': [models.Index(fields=['status', '-created_at'], name='report_status_created')],
                    },
                ),
                migrations.CreateModel(
                    name='Suggestion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('what', models.TextField(help_text='For example: free Spanish lessons for adults in the evening.', max_length=1000, verbose_name='what you are looking for')),
                        ('email', models.EmailField(blank=True, help_text='Only if you want to hear back. It is not published.', max_length=254, verbose_name='your email')),
                        ('status', models.CharField(choices=[('new', 'new'), ('handled', 'handled'), ('dismissed', 'dismissed')], default='new', max_length=16, verbose_name='status')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='received')),
                        ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='decided')),
                        ('audience', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.audience', verbose_name='for whom')),
                        ('place', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.place', verbose_name='where')),
                        ('theme', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.theme', verbose_name='need')),
                    ],
                    options={
                        'verbose_name': 'suggestion of a missing service',
                        'verbose_name_plural': 'suggestions of missing services',
                        'db_table': 'directory_suggestion',
                        'ordering': ['-created_at', '-pk'],
                        'indexes': [models.Index(fields=['status', '-created_at'], name='suggestion_status_created')],
                    },
                ),
    
            ],
        ),
        migrations.RunPython(move_content_types, migrations.RunPython.noop),
    ]
