from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.common.forms import TranslatedFieldsMixin
from organizations.forms import show_theme_hierarchy, translated
from organizations.models import Organization

from .models import Objective, Participation, Project


class ProjectForm(TranslatedFieldsMixin, forms.ModelForm):
    """A project as its lead organization's staff describe it, partners included."""

    required_in_one_language = ["title"]

    partners = forms.CharField(
        label=_("Partner organizations"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One per line: the organization's name as it appears in Dalil, or the address "
            "of its page."
        ),
    )

    class Meta:
        model = Project
        fields = [
            *translated("title", "summary", "description"),
            "kind",
            "themes",
            "audiences",
            "start_date",
            "end_date",
            "progress",
            "achievement",
            "achievement_on",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "audiences": forms.CheckboxSelectMultiple,
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "achievement_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        show_theme_hierarchy(self.fields["themes"])
        self.organization = organization
        if self.instance.pk and "partners" not in self.initial:
            self.initial["partners"] = "\n".join(
                str(link.organization)
                for link in self.instance.participations.filter(
                    role=Participation.Role.PARTNER
                ).select_related("organization")
            )

    def clean_partners(self):
        """Each line names one organization of the directory, or the form says which does not."""
        partners, unknown = [], []
        for line in self.cleaned_data["partners"].splitlines():
            line = line.strip()
            if not line:
                continue
            slug = line.rstrip("/").rsplit("/", 1)[-1]
            organization = (
                Organization.objects.filter(
                    Q(slug=slug) | Q(name_ar=line) | Q(name_fr=line) | Q(name_en=line)
                )
                .exclude(pk=self.organization.pk)
                .first()
            )
            if organization is None:
                unknown.append(line)
            elif organization not in partners:
                partners.append(organization)
        if unknown:
            raise forms.ValidationError(
                _("No organization in Dalil is called: %(names)s"),
                params={"names": ", ".join(unknown)},
            )
        return partners

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end cannot come before the start."))
        return cleaned_data

    def save_partners(self, project):
        """The project's partners become exactly the listed organizations."""
        partners = self.cleaned_data["partners"]
        project.participations.filter(role=Participation.Role.PARTNER).exclude(
            organization__in=partners
        ).delete()
        for organization in partners:
            Participation.objects.get_or_create(
                project=project, organization=organization, role=Participation.Role.PARTNER
            )


class ObjectiveForm(TranslatedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Objective
        fields = ["position", *translated("text")]
        widgets = {
            f"text_{code}": forms.Textarea(attrs={"rows": 2}) for code in ("ar", "fr", "en")
        }


ObjectiveFormSet = forms.inlineformset_factory(
    Project, Objective, form=ObjectiveForm, extra=1, can_delete=True, max_num=20
)
