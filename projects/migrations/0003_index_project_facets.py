"""Projects' search entries gain facet keys and sort names: the projects listing now filters,
counts and sorts from the facet sets, like the organizations and services listings.

Entries are derived data, rebuilt by the index's own code; a database without published
projects (a new one) has nothing to do.
"""

from django.db import migrations


def index_projects(apps, schema_editor):
    Project = apps.get_model("projects", "Project")
    ids = list(Project.objects.filter(status="published").values_list("pk", flat=True))
    if not ids:
        return
    from directory.search import index

    index.write({"project": [ids]})


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0002_project_history"),
        ("search", "0003_taxonomy_version"),
    ]

    operations = [migrations.RunPython(index_projects, migrations.RunPython.noop)]
