"""Needs, offers and partnerships staff edit from their organization's pages, registered with
the review (organizations/review/registry.py) when the app is ready: what they save waits for
a coordinator like the rest of the listing."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Partnership
from ..review import registry
from .forms import ExchangeForm, PartnershipForm, published_exchange
from .models import Exchange


def new_exchange_address(exchange, change_request):
    """A new need or offer belongs to the draft's organization; its address comes from its
    French or English title (an Arabic title alone gives a numbered address)."""
    exchange.organization = change_request.organization
    title = exchange.title_fr or exchange.title_en or exchange.title
    exchange.slug = registry.unique_slug(Exchange, title)


def exchange_prefill(organization, query):
    """?kind=offer opens the form for an offer."""
    kind = query.get("kind")
    return {"kind": kind} if kind in Exchange.Kind.values else {}


def partnership_prefill(organization, query):
    """?exchange=<id> records the partnership a need or offer led to: with the other
    organization as partner and the need's themes."""
    exchange = published_exchange(query.get("exchange"))
    if exchange is None:
        return {}
    initial = {
        "exchange": exchange.pk,
        "themes": list(exchange.themes.values_list("pk", flat=True)),
        "signed_on": timezone.localdate(),
    }
    if exchange.organization_id != organization.pk:
        initial["partner"] = exchange.organization.name
    return initial


def mark_answered(partnership, change_request):
    """The need or offer a new partnership answers is answered, with its history."""
    exchange = partnership.exchange
    if exchange is None or exchange.fulfilled_on is not None:
        return
    exchange.fulfilled_on = timezone.localdate()
    exchange._history_user = change_request.author
    exchange._change_reason = f"#{change_request.pk}"
    exchange.save()


def register():
    registry.register(
        registry.Editable(
            "exchange",
            Exchange,
            ExchangeForm,
            label=_("need or offer"),
            section=_("Needs and offers"),
            add_label=_("Add a need or an offer"),
            records=lambda organization: Exchange.objects.filter(organization=organization),
            prepare=new_exchange_address,
            prefill=exchange_prefill,
        )
    )
    registry.register(
        registry.Editable(
            "partnership",
            Partnership,
            PartnershipForm,
            label=_("partnership"),
            section=_("Partnerships"),
            add_label=_("Record a partnership"),
            records=lambda organization: Partnership.objects.filter(
                organization=organization
            ).select_related("organization", "partner"),
            link=mark_answered,
            prefill=partnership_prefill,
        )
    )
