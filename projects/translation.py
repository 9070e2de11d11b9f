from modeltranslation.translator import TranslationOptions, register
from simple_history import register as simple_history_register

from .models import Beneficiaries, Objective, Project


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ["title", "summary", "description"]


@register(Objective)
class ObjectiveTranslation(TranslationOptions):
    fields = ["text"]


@register(Beneficiaries)
class BeneficiariesTranslation(TranslationOptions):
    fields = ["note"]


# History of every saved state; see organizations/translation.py.
simple_history_register(Project, app="projects", excluded_fields=["version"])
