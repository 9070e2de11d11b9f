"""The staff's forms for needs and offers and for the partnerships that answer them, and the
public's form to write to an organization about one of them."""

import datetime

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.common.antispam import HoneypotForm
from directory.common.forms import TranslatedFieldsMixin
from directory.common.text import in_active_language
from directory.taxonomy.models import Country, Place

from ..forms import translated
from ..models import Location, Organization, Partnership
from .models import Exchange

# How long a new need or offer is listed unless its staff say otherwise, and at most.
DEFAULT_LISTING_DAYS = 90
MAX_LISTING_DAYS = 366


class ExchangeForm(TranslatedFieldsMixin, forms.ModelForm):
    """A need or offer as its organization's staff write it."""

    required_in_one_language = ["title"]

    fulfilled = forms.BooleanField(
        label=_("It is answered: take it out of the listings"), required=False
    )

    class Meta:
        model = Exchange
        fields = [
            "kind",
            "category",
            *translated("title", "description"),
            "themes",
            "places",
            "countries",
            "languages",
            "ends_on",
            "contact_language",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "themes": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "places": forms.SelectMultiple(attrs={"size": 8}),
            "countries": forms.SelectMultiple(attrs={"size": 8}),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.organization = organization
        # Regions and provinces, and the communes of the regions where the organization has
        # a location: a list a phone can scroll, not all 1,700 places.
        regions = Location.objects.filter(organization=organization).values("place__region")
        chosen = self.instance.places.values("pk") if self.instance.pk else Place.objects.none()
        self.fields["places"].queryset = Place.objects.filter(
            Q(kind__in=[Place.Kind.REGION, Place.Kind.PROVINCE])
            | Q(kind=Place.Kind.COMMUNE, region__in=regions)
            | Q(pk__in=chosen)
        ).order_by("code")
        self.fields["countries"].queryset = Country.objects.order_by(in_active_language("name"))
        if self.instance.pk:
            self.fields["fulfilled"].initial = self.instance.fulfilled_on is not None
        else:
            del self.fields["fulfilled"]
            self.fields["ends_on"].initial = timezone.localdate() + datetime.timedelta(
                days=DEFAULT_LISTING_DAYS
            )

    def clean_ends_on(self):
        ends_on = self.cleaned_data["ends_on"]
        if self.instance.pk and "ends_on" not in self.changed_data:
            return ends_on  # an older date may stay, e.g. to mark it answered
        today = timezone.localdate()
        if ends_on < today:
            raise forms.ValidationError(_("Choose a day from today on."))
        if ends_on > today + datetime.timedelta(days=MAX_LISTING_DAYS):
            raise forms.ValidationError(_("Choose a day within a year: it can be extended later."))
        return ends_on

    def clean(self):
        cleaned_data = super().clean()
        if "fulfilled" in self.fields:
            answered = cleaned_data.get("fulfilled")
            if not answered:
                self.instance.fulfilled_on = None
            elif self.instance.fulfilled_on is None:
                self.instance.fulfilled_on = timezone.localdate()
        return cleaned_data


def find_organization(text, *, exclude=None):
    """The published organization named `text` (in any language) or whose address it is."""
    text = text.strip()
    slug = text.rstrip("/").rsplit("/", 1)[-1]
    found = Organization.objects.published().filter(
        Q(slug=slug) | Q(name_ar=text) | Q(name_fr=text) | Q(name_en=text)
    )
    if exclude is not None:
        found = found.exclude(pk=exclude.pk)
    return found.first()


class PartnershipForm(TranslatedFieldsMixin, forms.ModelForm):
    """A partnership as one of the two organizations' staff record it, often from a need or
    offer of either of them, which the approval marks as answered."""

    partner = forms.CharField(
        label=_("Partner organization"),
        max_length=300,
        help_text=_("Its name as it appears in Dalil, or the address of its page."),
    )

    field_order = ["partner", "exchange", "kind", "signed_on", "themes"]

    class Meta:
        model = Partnership
        fields = ["kind", "signed_on", "themes", *translated("description"), "exchange"]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "signed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.organization = organization
        if self.instance.pk and "partner" not in self.initial:
            self.initial["partner"] = self.instance.partner.name
        # The organization's own open needs and offers, and the one of the partner the
        # partnership is recorded from (chosen by the link, or posted).
        given = self.data.get("exchange") or self.initial.get("exchange")
        given = str(given) if str(given or "").isdigit() else None
        field = self.fields["exchange"]
        field.queryset = (
            Exchange.objects.published()
            .filter(Q(organization=organization) | Q(pk=given))
            .filter(Q(fulfilled_on__isnull=True) | Q(pk=self.instance.exchange_id))
            .select_related("organization")
        )
        field.label_from_instance = lambda exchange: f"{exchange} ({exchange.organization})"
        field.empty_label = _("None")
        if self.instance.pk:
            field.disabled = True  # answered once, when the partnership was recorded

    def clean_partner(self):
        partner = find_organization(self.cleaned_data["partner"], exclude=self.organization)
        if partner is None:
            raise forms.ValidationError(
                _("No organization in Dalil is called “%(name)s”."),
                params={"name": self.cleaned_data["partner"]},
            )
        return partner

    def clean(self):
        cleaned_data = super().clean()
        partner, exchange = cleaned_data.get("partner"), cleaned_data.get("exchange")
        if partner is not None:
            self.instance.partner = partner
        if exchange is not None and partner is not None:
            sides = {self.organization.pk, partner.pk}
            if exchange.organization_id not in sides:
                self.add_error(
                    "exchange",
                    _("Choose a need or offer of your organization or of the partner."),
                )
        return cleaned_data


class MessageForm(HoneypotForm):
    """A message to an organization about its need or offer, relayed by email (relay.py)."""

    name = forms.CharField(label=_("Your name"), max_length=120)
    organization = forms.CharField(label=_("Your organization"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("Your email"),
        help_text=_("Given only in the email we send them, so that they can answer you."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    text = forms.CharField(
        label=_("Your message"),
        min_length=20,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_organization(self):
        return " ".join(self.cleaned_data["organization"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_text(self):
        return self.cleaned_data["text"].strip()


def published_exchange(pk):
    """The published need or offer with that id, or None (for a link's ?exchange=)."""
    if not str(pk or "").isdigit():
        return None
    return Exchange.objects.published().filter(pk=pk).select_related("organization").first()
