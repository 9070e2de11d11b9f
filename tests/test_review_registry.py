"""Making a kind of record editable is one registration: its section on the organization's
page, its edit pages, its review and its approval all follow from it."""

import pytest
from django import forms
from django.urls import reverse

from directory.common.forms import TranslatedFieldsMixin
from organizations.models import ChangeRequest, Partnership
from organizations.review import registry
from tests.forms import fill, read_form
from tests.pages import Page


class PartnershipForm(TranslatedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Partnership
        fields = ["partner", "kind", "description"]

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)


@pytest.fixture
def partnerships(monkeypatch):
    """Partnerships registered as editable for the length of a test."""
    monkeypatch.setattr(registry, "_editables", dict(registry._editables))
    registry.register(
        registry.Editable(
            "partnership",
            Partnership,
            PartnershipForm,
            label="partnership",
            section="Partnerships",
            add_label="Add a partnership",
            records=lambda organization: Partnership.objects.filter(organization=organization),
        )
    )


def test_each_app_registers_its_records(db):
    assert [editable.kind for editable in registry.editables()] == [
        "organization",
        "location",
        "service",
        "news",
        "exchange",  # needs and offers (organizations/exchanges/review.py)
        "partnership",
        "project",  # from projects/review.py
    ]
    assert "organization" not in [editable.kind for editable in registry.sections()]


def test_a_registered_kind_is_listed_edited_reviewed_and_approved(client, personas, partnerships):
    organization, partner = personas.asticude.organization, personas.other.organization
    client.force_login(personas.editor)
    overview = Page(client.get(reverse("manage:organization", args=["asticude"])))
    assert "Partnerships" in [heading.text for heading in overview.root.find_all("h2")]
    new = reverse("manage:new", args=["asticude", "partnership"])
    assert new in overview.hrefs()

    client.post(
        new,
        fill(read_form(client.get(new).content), partner=str(partner.pk), description="MoU"),
    )
    change = ChangeRequest.objects.get()
    assert change.organization == organization and change.is_new_record
    client.force_login(personas.coordinator)
    review = reverse("manage:review", args=[change.pk])
    assert "MoU" in client.get(review).content.decode()
    client.post(review, {"decision": "approve"})

    partnership = Partnership.objects.get()
    assert (partnership.organization, partnership.partner) == (organization, partner)
    client.force_login(personas.editor)
    edit = reverse("manage:edit", args=["asticude", "partnership", partnership.pk])
    assert edit in Page(client.get(reverse("manage:organization", args=["asticude"]))).hrefs()


def test_a_kind_that_is_not_registered_or_not_listed_cannot_be_added(client, personas):
    client.force_login(personas.editor)

    for kind in ["membership", "organization"]:
        response = client.get(reverse("manage:new", args=["asticude", kind]))
        assert response.status_code == 404
