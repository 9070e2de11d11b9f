"""The search index and the residents' reports moved to apps of their own (search, reports).

Only Django's picture of the models changes: the tables keep their names and their rows.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0004_reports_and_suggestions"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="SearchEntry"),
                migrations.DeleteModel(name="SearchTermVariant"),
                migrations.DeleteModel(name="Report"),
                migrations.DeleteModel(name="Suggestion"),
            ],
        ),
    ]
