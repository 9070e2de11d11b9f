"""Morocco's emergency numbers, each with the public page that gives it.

Only well-established national numbers, and only with a source a coordinator can open:
the seed documents (shared/seeds/) give none, so none is added from them. Coordinators
keep the list in the admin ("Emergency numbers and hotlines") and correct it there.
"""

# ruff: noqa: E501  (citations read better unwrapped)

CHALLENGE_2022 = {
    "source": "Challenge.ma, « Maroc : ces numéros qu'il faut avoir en cas d'urgence », août 2022",
    "source_url": "https://www.challenge.ma/maroc-ces-numeros-quil-faut-avoir-en-cas-durgence-243599/",
}
MINISTRY_OF_HEALTH_2020 = {
    "source": "MAP Express, 7 avril 2020 : le ministère de la Santé rappelle ses numéros officiels, dont « Allô 141 » pour l'aide médicale urgente (SAMU)",
    "source_url": "http://www.mapexpress.ma/actualite/societe-et-regions/ministere-sante-dement-mise-en-place-dequipes-reponse-rapide-numeros-gratuits-communication/",
}

# In the order the footer and the home page show them; the number is the natural key.
HOTLINES = [
    {
        "number": "19",
        "name": {"ar": "الشرطة", "fr": "Police", "en": "Police"},
        **CHALLENGE_2022,
    },
    {
        "number": "15",
        "name": {
            "ar": "الوقاية المدنية (الإطفاء والإنقاذ)",
            "fr": "Protection civile (pompiers, secours)",
            "en": "Civil protection (fire and rescue)",
        },
        **CHALLENGE_2022,
    },
    {
        "number": "141",
        "name": {
            "ar": "المساعدة الطبية الاستعجالية (SAMU)",
            "fr": "Aide médicale urgente (SAMU)",
            "en": "Emergency medical help (SAMU)",
        },
        **MINISTRY_OF_HEALTH_2020,
    },
    {
        "number": "177",
        "name": {"ar": "الدرك الملكي", "fr": "Gendarmerie royale", "en": "Royal Gendarmerie"},
        **CHALLENGE_2022,
    },
    {
        "number": "112",
        "name": {
            "ar": "الطوارئ من الهاتف المحمول",
            "fr": "Urgences depuis un portable",
            "en": "Emergencies from a mobile phone",
        },
        **CHALLENGE_2022,
    },
]
