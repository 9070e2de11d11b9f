from modeltranslation.translator import TranslationOptions, register

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
