"""The search index's tables, created by directory 0002, now belong to this app.

The tables exist already: only Django's picture of the models is created here, and the
content types (with their permissions and admin log entries) follow the models.
"""

import django.db.models.deletion
from django.db import migrations, models


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="directory", model__in=['searchentry', 'searchtermvariant']).update(
        app_label="search"
    )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('directory', '0005_search_and_reports_have_apps_of_their_own'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SearchTermVariant',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('variant', models.CharField(max_length=64)),
                        ('term', models.CharField(max_length=64)),
                    ],
                    options={
                        'db_table': 'directory_searchtermvariant',
                        'constraints': [models.UniqueConstraint(fields=('variant', 'term'), name='search_variant_unique')],
                    },
                ),
                migrations.CreateModel(
                    name='SearchEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('service', 'service'), ('organization', 'organization'), ('project', 'project'), ('news', 'news')], max_length=16)),
                        ('object_id', models.BigIntegerField()),
                        ('title_terms', models.TextField()),
                        ('terms', models.TextField()),
                        ('place', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.place')),
                    ],
                    options={
                        'db_table': 'directory_searchentry',
                        'constraints': [models.UniqueConstraint(fields=('kind', 'object_id'), name='search_entry_unique')],
                    },
                ),
    
            ],
        ),
        migrations.RunPython(move_content_types, migrations.RunPython.noop),
    ]
