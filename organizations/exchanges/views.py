"""The needs and offers pages: the listing, a need's page with what fits it, writing to its
organization, recording the partnership it led to; and the coordinators' page of the
collaborations that formed and the needs that found no answer."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, F
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from directory.common.antispam import RateLimit
from directory.search.catalogue import catalogue, fill_taxonomy
from directory.taxonomy.models import Country, PublicationStatus

from ..accounts.twofactor import otp_required_if_enabled
from ..models import Membership, Partnership
from .filters import ExchangeFilter
from .forms import MessageForm
from .models import Exchange, ExchangeMessage
from .relay import recipients, relay
from .suggestions import suggest

message_limit = RateLimit("exchange-messages", limit=5)

TAXONOMY = ["themes", "places", "countries", "languages"]


def exchange_list(request):
    data = request.GET.copy()
    data.setdefault("sort", "newest")
    filterset = ExchangeFilter(data, queryset=Exchange.objects.for_listing())
    page_obj = Paginator(filterset.qs, settings.PAGE_SIZE).get_page(request.GET.get("page"))
    fill_taxonomy((page_obj.object_list, ["themes", "places", "countries"]))
    return render(
        request,
        "organizations/exchange_list.html",
        {"filter": filterset, "facets": filterset.facets(), "page_obj": page_obj},
    )


def exchange_detail(request, slug):
    exchange = get_object_or_404(Exchange.objects.for_detail(), slug=slug)
    answered_by = list(
        Partnership.objects.public()
        .filter(exchange=exchange)
        .select_related("organization", "partner")
    )
    fill_taxonomy(([exchange], TAXONOMY))
    suggestions = suggest(exchange, with_organizations=exchange.kind == Exchange.Kind.NEED)
    return render(
        request,
        "organizations/exchange_detail.html",
        {"exchange": exchange, "suggestions": suggestions, "answered_by": answered_by},
    )


@never_cache
def write(request, slug):
    """A message to the organization about its need or offer, relayed by email (relay.py).

    As the other public forms: 429 past the limit, robots told it was sent, 400 on bad
    input with what the visitor typed kept.
    """
    exchange = get_object_or_404(
        Exchange.objects.current().select_related("organization"), slug=slug
    )
    to = recipients(exchange)
    form = MessageForm(request.POST or None)
    context = {"exchange": exchange, "form": form, "reachable": bool(to)}
    template = "organizations/exchange_write.html"
    if request.method != "POST":
        return render(request, template, context)
    if message_limit.exceeded(request):
        return render(request, template, {**context, "limited": True}, status=429)
    sent_url = reverse("needs:sent", kwargs={"slug": exchange.slug})
    if form.is_spam:
        message_limit.count(request)
        return redirect(sent_url)
    if not to:
        return render(request, template, context, status=409)
    if not form.is_valid():
        return render(request, template, context, status=400)
    message_limit.count(request)
    cleaned = form.cleaned_data
    relay(
        exchange=exchange,
        to=to,
        name=cleaned["name"],
        organization=cleaned["organization"],
        email=cleaned["email"],
        text=cleaned["text"],
    )
    return redirect(sent_url)


def sent(request, slug):
    exchange = get_object_or_404(
        Exchange.objects.published().select_related("organization"), slug=slug
    )
    return render(request, "organizations/exchange_sent.html", {"exchange": exchange})


@login_required
def record_partnership(request, slug):
    """Staff of either organization record the partnership a need or offer led to: from
    their organization's pages, with the need and the other organization filled in."""
    exchange = get_object_or_404(Exchange.objects.published(), slug=slug)
    memberships = list(Membership.objects.for_dashboard(request.user))
    own = [m for m in memberships if m.organization_id == exchange.organization_id]
    choices = own or memberships
    if len(choices) == 1:
        organization = choices[0].organization
        url = reverse("manage:new", kwargs={"slug": organization.slug, "kind": "partnership"})
        return redirect(f"{url}?exchange={exchange.pk}")
    return render(
        request,
        "organizations/exchange_partnership.html",
        {"exchange": exchange, "memberships": memberships},
        status=200 if memberships else 403,
    )


# The coordinators' view ------------------------------------------------------------------


@otp_required_if_enabled
def collaborations(request):
    """The partnerships recorded from needs and offers, by theme and by region or country;
    the needs still listed and those that ended unanswered, with how many messages each
    received (never what they said)."""
    if not request.user.has_perm("organizations.review_changes"):
        raise Http404
    formed = Partnership.objects.filter(exchange__isnull=False)
    held = catalogue()
    by_theme = counted(
        formed, Coalesce(F("exchange__themes__parent"), F("exchange__themes")), held.theme_by_pk
    )
    by_region = counted(formed, "exchange__places__region", held.place_by_pk)
    by_country = counted(formed, "exchange__countries", held.by_pk[Country])
    today = timezone.localdate()
    needs = (
        Exchange.objects.needs()
        .filter(status=PublicationStatus.PUBLISHED, fulfilled_on__isnull=True)
        .select_related("organization")
        .annotate(messages_received=Count("messages"))
    )
    unanswered = Paginator(
        needs.filter(ends_on__lt=today).order_by("-ends_on", "pk"), 50
    ).get_page(request.GET.get("page"))
    context = {
        "formed": formed.select_related("organization", "partner", "exchange").order_by("-pk")[
            :20
        ],
        "formed_count": formed.count(),
        "by_theme": by_theme,
        "by_region": by_region,
        "by_country": by_country,
        "open_needs": needs.filter(ends_on__gte=today).order_by("ends_on", "pk")[:50],
        "unanswered": unanswered,
        "messages_count": ExchangeMessage.objects.count(),
    }
    return render(request, "manage/collaborations.html", context)


def counted(partnerships, group_by, by_pk):
    """[(taxonomy instance or None, number of partnerships)], most first."""
    key = F(group_by) if isinstance(group_by, str) else group_by
    rows = (
        partnerships.order_by()
        .annotate(group=key)
        .values("group")
        .annotate(n=Count("pk", distinct=True))
        .values_list("group", "n")
    )
    found = [(by_pk.get(pk), n) for pk, n in rows]
    return sorted(found, key=lambda pair: (-pair[1], str(pair[0] or "")))
