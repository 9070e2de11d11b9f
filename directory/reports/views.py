"""Residents tell the coordinators what is wrong or missing, without an account.

"Report a problem with this listing" on every organization and service page, and "Suggest
a missing service" from the coverage page and from empty listings. Both land in the
coordinators' queue in the admin (directory/admin.py); open suggestions count as unmet
demand on the coverage page (directory/coverage/).

Both forms keep robots out with a honeypot and a per-client rate limit
(directory/common/antispam.py).
No IP address is stored, and nothing here is logged.
"""

from django import forms
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from directory.common.antispam import HoneypotForm, RateLimit
from directory.taxonomy.models import TANGIER_COMMUNE_CODE, Audience, Place, Theme
from organizations.models import Organization, Service

from .models import Report, Suggestion

report_limit = RateLimit("reports", limit=5)
suggestion_limit = RateLimit("suggestions", limit=5)


# Forms ----------------------------------------------------------------------------------


class ReportForm(HoneypotForm, forms.ModelForm):
    problem = forms.ChoiceField(
        label=_("What is wrong?"), choices=Report.Problem.choices, widget=forms.RadioSelect
    )

    class Meta:
        model = Report
        fields = ["problem", "detail", "email"]
        widgets = {
            "detail": forms.Textarea(attrs={"rows": 4}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def clean_detail(self):
        return self.cleaned_data["detail"].strip()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        problem, detail = cleaned.get("problem"), cleaned.get("detail")
        if problem == Report.Problem.OTHER and not detail:
            self.add_error("detail", gettext("Say in a few words what is wrong."))
        if problem == Report.Problem.MISSING_CONTACT and not detail:
            self.add_error(
                "detail", gettext("Write the phone number, WhatsApp or email you know.")
            )
        return cleaned


class PlaceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, place):
        if place.kind == Place.Kind.ARRONDISSEMENT and place.commune is not None:
            return gettext("%(commune)s: %(arrondissement)s") % {
                "commune": place.commune,
                "arrondissement": place,
            }
        return str(place)


def suggestion_places():
    """The communes of Tangier's region and Tangier's arrondissements, by HCP code."""
    tangier = Place.objects.filter(code=TANGIER_COMMUNE_CODE)
    return (
        Place.objects.filter(
            Q(kind=Place.Kind.COMMUNE, region__in=tangier.values("region"))
            | Q(kind=Place.Kind.ARRONDISSEMENT, commune__in=tangier.values("pk"))
        )
        .select_related("commune")
        .order_by("code")
    )


class SuggestionForm(HoneypotForm, forms.ModelForm):
    audience = forms.ModelChoiceField(
        queryset=Audience.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Anyone / I don't know"),
        label=_("For whom"),
    )
    theme = forms.ModelChoiceField(
        queryset=Theme.objects.filter(parent=None),
        to_field_name="slug",
        required=False,
        empty_label=_("I don't know"),
        label=_("Which need"),
    )
    place = PlaceChoiceField(
        queryset=Place.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("Anywhere / I don't know"),
        label=_("Where"),
    )

    class Meta:
        model = Suggestion
        fields = ["what", "audience", "theme", "place", "email"]
        widgets = {
            "what": forms.Textarea(attrs={"rows": 4}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].queryset = suggestion_places()

    def clean_what(self):
        what = self.cleaned_data["what"].strip()
        if not what:
            raise forms.ValidationError(gettext("Say what you are looking for."))
        return what

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


# Views ----------------------------------------------------------------------------------


def _get_published_listing(kind, slug):
    """The published organization or service, or 404 (drafts and archived ones too)."""
    if kind == "service":
        services = Service.objects.published().select_related("organization")
        return get_object_or_404(services, slug=slug)
    return get_object_or_404(Organization.objects.published(), slug=slug)


def _form_page(request, form, *, limit, template, context, sent_url, save):
    """The flow both forms share: 429 past the limit, pretend success to robots, 400 on bad
    input, and what the visitor typed kept in the form on every refusal.

    `save(form)` stores a valid form; then the visitor goes to `sent_url`.
    """
    context = {**context, "form": form}
    if request.method != "POST":
        return render(request, template, context)
    if limit.exceeded(request):
        return render(request, template, {**context, "limited": True}, status=429)
    if form.is_spam:
        limit.count(request)
        return redirect(sent_url)
    if form.is_valid():
        limit.count(request)
        save(form)
        return redirect(sent_url)
    return render(request, template, context, status=400)


@never_cache
def report(request, kind, slug):
    """A visitor says what is wrong with a published organization or service, or gives a
    contact it lacks (?problem=… chooses the problem beforehand)."""
    listing = _get_published_listing(kind, slug)

    def save(form):
        report = form.save(commit=False)
        report.organization = listing.organization if kind == "service" else listing
        report.service = listing if kind == "service" else None
        report.save()

    if request.method == "POST":
        form = ReportForm(request.POST)
    else:
        # "Suggest a contact" links here with ?problem=missing_contact; an unknown value is
        # left out.
        problem = request.GET.get("problem")
        form = ReportForm(initial={"problem": problem} if problem in Report.Problem else {})
    return _form_page(
        request,
        form,
        limit=report_limit,
        template="reports/report_form.html",
        context={"listing": listing, "kind": kind},
        sent_url=reverse(f"reports:{kind}_sent", kwargs={"slug": slug}),
        save=save,
    )


def report_sent(request, kind, slug):
    listing = _get_published_listing(kind, slug)
    return render(request, "reports/report_sent.html", {"listing": listing})


@never_cache
def suggest(request):
    """A resident asks for a service they could not find.

    Links may fill in the form: ?theme=…&audience=…&place=… (slugs, as the listings' filters)
    and ?q=… (the words searched for). A value the lists do not have is left out.
    """
    if request.method == "POST":
        form = SuggestionForm(request.POST)
    else:
        initial = {name: request.GET.get(name) for name in ["theme", "audience", "place"]}
        initial["what"] = request.GET.get("q", "")[:1000]
        form = SuggestionForm(initial=initial)
    return _form_page(
        request,
        form,
        limit=suggestion_limit,
        template="reports/suggestion_form.html",
        context={},
        sent_url=reverse("reports:suggest_sent"),
        save=lambda form: form.save(),
    )


def suggest_sent(request):
    return render(request, "reports/suggestion_sent.html")
