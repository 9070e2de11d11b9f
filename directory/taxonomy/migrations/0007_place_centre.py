"""Places get a centre, where "nearest first" measures from; outlines imported before give theirs."""

from decimal import Decimal

from django.db import migrations, models

from directory.common.geometry import centre


def centres_from_outlines(apps, schema_editor):
    Boundary = apps.get_model("directory", "Boundary")
    Place = apps.get_model("directory", "Place")
    for place_id, geometry in Boundary.objects.values_list("place_id", "geometry").iterator():
        point = centre(geometry)
        if point:
            latitude, longitude = (Decimal(f"{value:.6f}") for value in point)
            Place.objects.filter(pk=place_id).update(latitude=latitude, longitude=longitude)


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0006_calendar_of_opening_hours'),
    ]

    operations = [
        migrations.AddField(
            model_name='place',
            name='latitude',
            field=models.DecimalField(blank=True, decimal_places=6, max_digits=9, null=True, verbose_name='latitude of its centre'),
        ),
        migrations.AddField(
            model_name='place',
            name='longitude',
            field=models.DecimalField(blank=True, decimal_places=6, max_digits=9, null=True, verbose_name='longitude of its centre'),
        ),
        migrations.RunPython(centres_from_outlines, migrations.RunPython.noop),
    ]
