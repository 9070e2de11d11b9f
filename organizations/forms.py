from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.common.forms import TranslatedFieldsMixin
from directory.common.images import clean_image, store_new_image
from directory.search.catalogue import catalogue
from directory.taxonomy.models import Place

from .models import (
    ContactChannel,
    Location,
    NewsItem,
    OpeningHours,
    Organization,
    Service,
    dialable,
)
from .weekly_hours import in_steps_of_five_minutes


class OrganizationAdminForm(forms.ModelForm):
    """The admin's organization form: a new logo is checked and stored without metadata."""

    class Meta:
        model = Organization
        fields = "__all__"  # noqa: DJ007 (the admin chooses which fields it shows)

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and hasattr(logo, "content_type"):  # a new upload, not the stored file
            logo.seek(0)
            return clean_image(logo)
        return logo

    def save(self, commit=True):
        store_new_image(self.instance.logo)  # the cleaned upload and its 160 and 800 px copies
        return super().save(commit)


def show_theme_hierarchy(field):
    """Themes as residents filter them: each broad theme a group, its narrower themes in it
    (Migration: in general, Protection, ...), instead of one flat list of checkboxes."""
    taxonomy = catalogue()
    field.widget.choices = [
        (
            root.name,
            [
                (root.pk, _("%(theme)s, in general") % {"theme": root.name}),
                *[(child.pk, child.name) for child in taxonomy.theme_children.get(root.pk, [])],
            ],
        )
        for root in taxonomy.root_themes
    ]


def translated(*names):
    """The columns of translated fields, language by language: name_ar, name_fr, name_en, ..."""
    return [f"{name}_{code}" for name in names for code, _label in settings.LANGUAGES]


class StaffImageMixin:
    """Uploaded images are checked and re-encoded without metadata before anything is kept."""

    image_fields = ()

    def clean(self):
        cleaned_data = super().clean()
        for name in self.image_fields:
            upload = cleaned_data.get(name)
            if upload and hasattr(upload, "content_type"):  # a new upload, not the stored file
                upload.seek(0)
                try:
                    cleaned_data[name] = clean_image(upload)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned_data

    def new_images(self):
        """{field name: re-encoded file} for the images uploaded with this form."""
        return {
            name: self.cleaned_data[name]
            for name in self.image_fields
            if name in self.files and self.cleaned_data.get(name)
        }


class OrganizationForm(StaffImageMixin, TranslatedFieldsMixin, forms.ModelForm):
    required_in_one_language = ["name"]
    image_fields = ("logo", "photo")

    class Meta:
        model = Organization
        fields = [
            *translated("name"),
            "acronym",
            "kind",
            *translated("summary", "description", "mission"),
            "year_founded",
            "website",
            "email",
            "themes",
            "audiences",
            "languages",
            "logo",
            "photo",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "audiences": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, organization=None, **kwargs):
        super().__init__(*args, **kwargs)
        show_theme_hierarchy(self.fields["themes"])


class LocationForm(TranslatedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Location
        fields = [
            *translated("name", "address"),
            "place",
            "latitude",
            "longitude",
            "phone",
            *translated("hours_note", "accessibility"),
            "is_sensitive",
        ]

    # The region the directory starts with; its communes are always offered.
    HOME_REGION_CODE = "01"

    def __init__(self, *args, organization=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Communes and arrondissements of the regions where the organization already has a
        # location, and of the home region: a short list for a phone, not all 1,550.
        regions = Location.objects.filter(organization=organization).values("place__region")
        self.fields["place"].queryset = (
            Place.objects.filter(kind__in=[Place.Kind.COMMUNE, Place.Kind.ARRONDISSEMENT])
            .filter(
                Q(region__in=regions)
                | Q(region__code=self.HOME_REGION_CODE)
                | Q(pk=self.instance.place_id)
            )
            .order_by("name")
        )


class ServiceForm(TranslatedFieldsMixin, forms.ModelForm):
    required_in_one_language = ["name"]

    class Meta:
        model = Service
        fields = [
            *translated("name", "summary", "description", "eligibility", "how_to_access"),
            "is_free",
            *translated("fees"),
            "themes",
            "audiences",
            "languages",
            "locations",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "audiences": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "locations": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        show_theme_hierarchy(self.fields["themes"])
        # Only the organization's own locations: an id of another's is "not a valid choice".
        self.fields["locations"].queryset = organization.locations.select_related("place")


class OpeningHoursForm(forms.ModelForm):
    """One period, as the admin edits it; staff edit a whole week (weekly_hours.py)."""

    class Meta:
        model = OpeningHours
        fields = ["season", "weekday", "opens", "closes"]
        widgets = {
            "opens": forms.TimeInput(attrs={"type": "time", "step": 300}, format="%H:%M"),
            "closes": forms.TimeInput(attrs={"type": "time", "step": 300}, format="%H:%M"),
        }
        help_texts = {"closes": _("A closing time before the opening time is the next day's.")}

    def clean_opens(self):
        return in_steps_of_five_minutes(self.cleaned_data["opens"])

    def clean_closes(self):
        return in_steps_of_five_minutes(self.cleaned_data["closes"])

    def clean(self):
        cleaned_data = super().clean()
        opens, closes = cleaned_data.get("opens"), cleaned_data.get("closes")
        if opens and closes and closes == opens:
            self.add_error("closes", _("Closing time must differ from opening time."))
        return cleaned_data


class ContactChannelForm(TranslatedFieldsMixin, forms.ModelForm):
    """One way to reach the organization; the value must be usable as a link of its kind."""

    class Meta:
        model = ContactChannel
        fields = ["kind", "value", *translated("label"), "position"]

    def clean(self):
        cleaned_data = super().clean()
        kind, value = cleaned_data.get("kind"), (cleaned_data.get("value") or "").strip()
        Kind = ContactChannel.Kind
        if kind in (Kind.PHONE, Kind.WHATSAPP) and len(dialable(value).lstrip("+")) < 8:
            self.add_error("value", _("Enter a phone number with at least 8 digits."))
        elif kind == Kind.EMAIL:
            try:
                validate_email(value)
            except ValidationError:
                self.add_error("value", _("Enter a valid email address."))
        elif kind == Kind.WEBSITE and not value.startswith(("https://", "http://")):
            self.add_error("value", _("Enter a web address starting with https://"))
        cleaned_data["value"] = value
        return cleaned_data


class OwnRowField(forms.ModelChoiceField):
    """A formset row's hidden id, checked against the formset's own rows (read once)."""

    def __init__(self, formset, **kwargs):
        self.formset = formset
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        row = self.formset.rows_by_id().get(str(value))
        if row is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return row


class RowsReadOnce(forms.BaseInlineFormSet):
    """An inline formset whose rows' ids are checked against its own rows, read in one query:
    Django's id field asks the database for each row, and accepts any row of the table."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        name = self._pk_field.name
        field = form.fields[name]
        form.fields[name] = OwnRowField(
            self,
            queryset=field.queryset,
            initial=field.initial,
            required=False,
            widget=field.widget,
        )

    def rows_by_id(self):
        if not hasattr(self, "_rows_by_id"):
            self._rows_by_id = {str(row.pk): row for row in self.get_queryset()}
        return self._rows_by_id


class OrganizationChannels(RowsReadOnce):
    """The organization's own channels; a service's channels are edited with the service."""

    def get_queryset(self):
        return super().get_queryset().filter(service__isnull=True)


class ServiceChannels(RowsReadOnce):
    def save_new(self, form, commit=True):
        channel = form.save(commit=False)
        channel.service = self.instance
        channel.organization = self.instance.organization
        if commit:
            channel.save()
        return channel


OrganizationChannelFormSet = forms.inlineformset_factory(
    Organization,
    ContactChannel,
    form=ContactChannelForm,
    formset=OrganizationChannels,
    extra=1,
    can_delete=True,
    max_num=20,
)
ServiceChannelFormSet = forms.inlineformset_factory(
    Service,
    ContactChannel,
    form=ContactChannelForm,
    formset=ServiceChannels,
    fk_name="service",
    extra=1,
    can_delete=True,
    max_num=20,
)


class NewsItemForm(StaffImageMixin, TranslatedFieldsMixin, forms.ModelForm):
    required_in_one_language = ["title"]
    image_fields = ("photo",)

    class Meta:
        model = NewsItem
        fields = [*translated("title", "summary", "body"), "published_on", "project", "photo"]
        widgets = {"published_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = (
            self.fields["project"]
            .queryset.model.objects.filter(participations__organization=organization)
            .distinct()
        )


class ReviewDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve and publish")), ("refuse", _("Refuse"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason, for the author"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed to refuse: say what to fix."),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("decision") == "refuse" and not cleaned_data.get("reason", "").strip():
            self.add_error("reason", _("Say why, so the author can fix it."))
        return cleaned_data


class RefusalForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, for the authors"), widget=forms.Textarea(attrs={"rows": 3})
    )
