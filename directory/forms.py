from django import forms
from django.utils.translation import gettext_lazy as _

from directory.search.filters import SearchInput
from directory.search.models import SearchEntry


class SearchForm(forms.Form):
    q = SearchInput(label=_("What help are you looking for?"), required=False)
    type = forms.ChoiceField(
        label=_("Show"),
        choices=[("", _("everything")), *SearchEntry.Kind.choices],
        required=False,
    )
