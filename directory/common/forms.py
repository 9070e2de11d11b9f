"""Form helpers shared by every app's staff forms."""

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from .text import RTL_LANGUAGES


class TranslatedFieldsMixin:
    """Shows a translated field's three languages side by side, each marked with its language.

    django-modeltranslation gives a model field `name` the columns name_ar, name_fr and
    name_en; a form lists those. `layout()` groups them under one heading for the template
    (templates/includes/form_fields.html), and each input carries `lang` and `dir`, so
    Arabic is typed right to left.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            base, language = split_translated_name(name)
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs["rows"] = 4
            if language:
                field.widget.attrs.update(lang=language, dir=text_direction(language))
                # The language named in the reader's own: "(الإنجليزية)" on an Arabic page.
                field.language_name = get_language_info(language)["name_translated"]
                # modeltranslation labels the column "name [ar]"; the language is shown apart.
                field.label = capfirst(self._meta.model._meta.get_field(base).verbose_name)

    def layout(self):
        """[(label, [bound fields])]: one entry per field, translated fields grouped."""
        groups = {}
        for bound_field in self.visible_fields():
            base, language = split_translated_name(bound_field.name)
            key = base if language else bound_field.name
            if key not in groups:
                label = self._meta.model._meta.get_field(base).verbose_name if language else None
                groups[key] = (label, [])
            groups[key][1].append(bound_field)
        return list(groups.values())

    def clean(self):
        cleaned_data = super().clean()
        for base in getattr(self, "required_in_one_language", []):
            names = [f"{base}_{code}" for code, _name in settings.LANGUAGES]
            if not any(cleaned_data.get(name) for name in names if name in self.fields):
                visitors = f"{base}_{get_language()}"
                self.add_error(
                    visitors if visitors in names else names[0],
                    _("Write this in at least one language."),
                )
        return cleaned_data


def split_translated_name(name):
    """("name", "ar") for "name_ar"; (name, None) for a field that is not translated."""
    base, _sep, suffix = name.rpartition("_")
    if base and suffix in dict(settings.LANGUAGES):
        return base, suffix
    return name, None


def text_direction(language):
    return "rtl" if language in RTL_LANGUAGES else "ltr"
