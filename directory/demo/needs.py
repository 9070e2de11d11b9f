"""Fictional needs and offers between associations, in Tangier and abroad, to show how
associations find each other through Dalil. None of these associations exists.

- ASSOCIATIONS_ABROAD: fictional associations in Spain, France, Belgium, the Netherlands and
  Denmark, listed with their country and no location in Morocco. Marked is_example like the
  fictional organizations of Tangier, with "(example)" in their names and @example.org
  addresses.
- EXCHANGES: their needs and offers and those of fictional Tangier organizations, among them
  the Bni Makada Youth Club's need for a partner in Spain for youth employment and the
  Spanish association whose offer fits it. Their end dates count from the day they are
  loaded (`ends_in` days; a negative number: ended, unanswered).
- ANSWERED: partnerships that came of some of them, which mark them answered.
- DEMO_OWNERS: an owner account for each organization that posts here, added to load_demo's
  demo accounts (DEBUG only, password DEMO_PASSWORD).

`load(command)` adds what is missing, as load_demo does for the rest: needs and offers by
slug, partnerships by (organization, partner, kind).
"""

# ruff: noqa: E501  (prose reads better unwrapped)

import datetime

from django.utils import timezone

from directory.taxonomy.models import PublicationStatus
from organizations.models import Exchange, Partnership

from .taxonomy import TANGER_TETOUAN_AL_HOCEIMA

ASSOCIATIONS_ABROAD = [
    {
        "slug": "puente-joven-malaga",
        "kind": "association",
        "name": {
            "ar": "جمعية بوينتي خوفن، مالقة (مثال)",
            "fr": "Association Puente Joven, Málaga (exemple)",
            "en": "Puente Joven Association, Málaga (example)",
        },
        "summary": {
            "ar": "جمعية في مالقة تواكب الشباب نحو الشغل وتستقبل متدربين من ضفتي المضيق.",
            "fr": "Une association de Málaga qui accompagne les jeunes vers l'emploi et accueille des stagiaires des deux rives du détroit.",
            "en": "A Málaga association that coaches young people into work and hosts trainees from both sides of the Strait.",
        },
        "description": {
            "ar": "تعمل الجمعية مع مقاولات الأندلس في الفندقة والفلاحة واللوجستيك. يتكلم فريقها الإسبانية والفرنسية والدارجة.",
            "fr": "L'association travaille avec des entreprises andalouses de l'hôtellerie, de l'agriculture et de la logistique. Son équipe parle espagnol, français et darija.",
            "en": "The association works with Andalusian companies in hospitality, farming and logistics. Its team speaks Spanish, French and Darija.",
        },
        "year_founded": 2009,
        "email": "puente-joven@example.org",
        "themes": ["youth-employment", "migration"],
        "audiences": ["youth"],
        "languages": ["es", "fr", "ary"],
        "countries": ["ES"],
    },
    {
        "slug": "rives-solidaires-lyon",
        "kind": "association",
        "name": {
            "ar": "جمعية ضفاف متضامنة، ليون (مثال)",
            "fr": "Association Rives solidaires, Lyon (exemple)",
            "en": "Rives Solidaires Association, Lyon (example)",
        },
        "summary": {
            "ar": "متطوعون فرنسيون يدرّسون القراءة والكتابة ويكوّنون المنشطين في جمعيات شريكة.",
            "fr": "Des bénévoles français qui enseignent la lecture et l'écriture et forment des animateurs dans des associations partenaires.",
            "en": "French volunteers who teach reading and writing and train facilitators in partner associations.",
        },
        "year_founded": 1998,
        "email": "rives-solidaires@example.org",
        "themes": ["education-literacy"],
        "audiences": ["women", "youth"],
        "languages": ["fr", "en"],
        "countries": ["FR"],
    },
    {
        "slug": "mediation-bruxelles",
        "kind": "association",
        "name": {
            "ar": "دار الوساطة ببروكسل (مثال)",
            "fr": "Maison de la médiation de Bruxelles (exemple)",
            "en": "Brussels Mediation House (example)",
        },
        "summary": {
            "ar": "وساطة أسرية ووساطة الأحياء، وتكوين الوسطاء.",
            "fr": "Médiation familiale et de quartier, et formation de médiateurs.",
            "en": "Family and neighbourhood mediation, and training for mediators.",
        },
        "year_founded": 2004,
        "email": "mediation-bruxelles@example.org",
        "themes": ["mediation-conflict-transformation"],
        "audiences": ["associations"],
        "languages": ["fr", "en", "ary"],
        "countries": ["BE"],
    },
    {
        "slug": "brug-rotterdam",
        "kind": "foundation",
        "name": {
            "ar": "مؤسسة الجسر، روتردام (مثال)",
            "fr": "Fondation Brug, Rotterdam (exemple)",
            "en": "Brug Foundation, Rotterdam (example)",
        },
        "summary": {
            "ar": "مؤسسة أسسها مغاربة هولندا، تموّل مشاريع صغيرة للنساء في شمال المغرب.",
            "fr": "Une fondation créée par des Marocains des Pays-Bas, qui cofinance de petits projets de femmes dans le nord du Maroc.",
            "en": "A foundation set up by Dutch Moroccans that co-funds small women's projects in northern Morocco.",
        },
        "year_founded": 2011,
        "email": "brug-rotterdam@example.org",
        "themes": ["women-and-mothers", "social-economic-development"],
        "audiences": ["women"],
        "languages": ["en", "ary", "zgh"],
        "countries": ["NL"],
    },
    {
        "slug": "broen-copenhagen",
        "kind": "association",
        "name": {
            "ar": "جمعية الجسر للشباب، كوبنهاغن (مثال)",
            "fr": "Association de jeunesse Broen, Copenhague (exemple)",
            "en": "Broen Youth Association, Copenhagen (example)",
        },
        "summary": {
            "ar": "تبادل الشباب والتوأمة بين جمعيات الدنمارك وجمعيات البحر الأبيض المتوسط.",
            "fr": "Échanges de jeunes et jumelages entre associations danoises et méditerranéennes.",
            "en": "Youth exchanges and twinning between Danish and Mediterranean associations.",
        },
        "year_founded": 2014,
        "email": "broen-copenhagen@example.org",
        "themes": ["youth-employment", "mediation-conflict-transformation"],
        "audiences": ["youth"],
        "languages": ["en"],
        "countries": ["DK"],
    },
]

EXCHANGES = [
    # The need of the demo's journey, and the offer that fits it.
    {
        "slug": "partner-in-spain-youth-employment",
        "organization": "bni-makada-youth-club",
        "kind": "need",
        "category": "partner",
        "title": {
            "ar": "شريك في إسبانيا لتشغيل الشباب",
            "fr": "Un partenaire en Espagne pour l'emploi des jeunes",
            "en": "A partner in Spain for youth employment",
        },
        "description": {
            "ar": "نبحث عن جمعية إسبانية تستقبل كل سنة عشرة شباب من بني مكادة في تدريب مهني، وتشاركنا خبرتها في المواكبة نحو الشغل.",
            "fr": "Nous cherchons une association espagnole qui accueille chaque année dix jeunes de Bni Makada en stage et partage avec nous son savoir-faire dans l'accompagnement vers l'emploi.",
            "en": "We are looking for a Spanish association that would host ten young people from Bni Makada on work placements each year and share its know-how in job coaching.",
        },
        "themes": ["youth-employment"],
        "places": [TANGER_TETOUAN_AL_HOCEIMA],
        "countries": ["ES"],
        "languages": ["ar", "fr", "es"],
        "ends_in": 120,
        "contact_language": "ar",
    },
    {
        "slug": "internships-in-andalusia",
        "organization": "puente-joven-malaga",
        "kind": "offer",
        "category": "expertise",
        "title": {
            "ar": "تداريب في الأندلس ومواكبة نحو الشغل لشباب شمال المغرب",
            "fr": "Stages en Andalousie et accompagnement vers l'emploi pour des jeunes du nord du Maroc",
            "en": "Work placements in Andalusia and job coaching for young people from northern Morocco",
        },
        "description": {
            "ar": "نستقبل متدربين لمدة ثلاثة أشهر لدى مقاولات شريكة، ونكوّن منشطي الجمعيات المغربية على مناهجنا.",
            "fr": "Nous accueillons des stagiaires pendant trois mois dans des entreprises partenaires et formons les animateurs d'associations marocaines à nos méthodes.",
            "en": "We host trainees for three months in partner companies and train Moroccan associations' staff in our methods.",
        },
        "themes": ["youth-employment"],
        "places": [TANGER_TETOUAN_AL_HOCEIMA],
        "countries": ["ES", "MA"],
        "languages": ["es", "fr", "ary"],
        "ends_in": 180,
        "contact_language": "fr",
    },
    # Other needs and offers in Tangier.
    {
        "slug": "twin-mediation-centre-europe",
        "organization": "tasamouh-mediation-centre",
        "kind": "need",
        "category": "twinning",
        "title": {
            "ar": "مركز وساطة توأم في أوروبا",
            "fr": "Un centre de médiation jumeau en Europe",
            "en": "A twin mediation centre in Europe",
        },
        "description": {
            "ar": "نود تبادل التجارب مع مركز وساطة أوروبي يعمل في أحياء مماثلة، وتنظيم زيارة سنوية.",
            "fr": "Nous aimerions échanger avec un centre de médiation européen qui travaille dans des quartiers semblables, et organiser une visite par an.",
            "en": "We would like to exchange with a European mediation centre working in similar neighbourhoods, with one visit a year.",
        },
        "themes": ["mediation-conflict-transformation"],
        "countries": ["BE", "FR", "NL"],
        "languages": ["fr", "ar"],
        "ends_in": 90,
        "contact_language": "fr",
    },
    {
        "slug": "mediation-training-for-associations",
        "organization": "mediation-bruxelles",
        "kind": "offer",
        "category": "expertise",
        "title": {
            "ar": "تكوين في الوساطة الأسرية ووساطة الأحياء",
            "fr": "Formation à la médiation familiale et de quartier",
            "en": "Training in family and neighbourhood mediation",
        },
        "themes": ["mediation-conflict-transformation"],
        "countries": ["MA", "BE"],
        "languages": ["fr", "ary"],
        "ends_in": 150,
        "contact_language": "fr",
    },
    {
        "slug": "refrigerated-van",
        "organization": "casabarata-food-bank",
        "kind": "need",
        "category": "equipment",
        "title": {
            "ar": "شاحنة مبردة لجمع المواد الغذائية",
            "fr": "Une camionnette réfrigérée pour la collecte",
            "en": "A refrigerated van for food collection",
        },
        "themes": ["food-and-basic-goods"],
        "places": [TANGER_TETOUAN_AL_HOCEIMA],
        "languages": ["ar", "fr"],
        "ends_in": 60,
        "contact_language": "ar",
    },
    {
        "slug": "room-for-literacy-classes",
        "organization": "nour-mothers-bni-makada",
        "kind": "need",
        "category": "premises",
        "title": {
            "ar": "قاعة لدروس محو الأمية في بئر الشفاء",
            "fr": "Une salle pour les cours d'alphabétisation à Bir Chifa",
            "en": "A room for literacy classes in Bir Chifa",
        },
        "themes": ["education-literacy"],
        "places": [TANGER_TETOUAN_AL_HOCEIMA],
        "languages": ["ar", "ary"],
        "ends_in": 45,
        "contact_language": "ar",
    },
    {
        "slug": "volunteer-literacy-teachers",
        "organization": "rives-solidaires-lyon",
        "kind": "offer",
        "category": "volunteers",
        "title": {
            "ar": "متطوعون لتكوين منشطي محو الأمية",
            "fr": "Des bénévoles pour former des animateurs d'alphabétisation",
            "en": "Volunteers to train literacy facilitators",
        },
        "themes": ["education-literacy"],
        "countries": ["MA", "FR"],
        "languages": ["fr"],
        "ends_in": 200,
        "contact_language": "fr",
    },
    {
        "slug": "small-grants-womens-cooperatives",
        "organization": "brug-rotterdam",
        "kind": "offer",
        "category": "cofunding",
        "title": {
            "ar": "منح صغيرة لتعاونيات النساء في شمال المغرب",
            "fr": "Petites subventions pour des coopératives de femmes du nord du Maroc",
            "en": "Small grants for women's cooperatives in northern Morocco",
        },
        "themes": ["women-and-mothers", "social-economic-development"],
        "places": [TANGER_TETOUAN_AL_HOCEIMA],
        "countries": ["MA"],
        "languages": ["en", "ary", "zgh"],
        "ends_in": 240,
        "contact_language": "en",
    },
    {
        "slug": "youth-exchange-twinning",
        "organization": "broen-copenhagen",
        "kind": "offer",
        "category": "twinning",
        "title": {
            "ar": "توأمة وتبادل للشباب مع جمعية من طنجة",
            "fr": "Jumelage et échange de jeunes avec une association de Tanger",
            "en": "Twinning and youth exchange with a Tangier association",
        },
        "themes": ["youth-employment"],
        "countries": ["MA", "DK"],
        "languages": ["en"],
        "ends_in": 300,
        "contact_language": "en",
    },
    {
        "slug": "meeting-room-for-associations",
        "organization": "tangier-associations-network",
        "kind": "offer",
        "category": "premises",
        "title": {
            "ar": "قاعة اجتماعات للجمعيات في إيبيريا",
            "fr": "Une salle de réunion pour les associations à Iberia",
            "en": "A meeting room for associations in Iberia",
        },
        "themes": ["social-economic-development"],
        "places": [TANGER_TETOUAN_AL_HOCEIMA],
        "languages": ["ar", "fr"],
        "ends_in": 365,
        "contact_language": "fr",
    },
    # Answered, and ended without an answer: what the coordinators' page counts.
    {
        "slug": "volunteers-heritage-workshops",
        "organization": "kasbah-youth-heritage",
        "kind": "need",
        "category": "volunteers",
        "title": {
            "ar": "متطوعون لورشات التراث الصيفية",
            "fr": "Des bénévoles pour les ateliers d'été du patrimoine",
            "en": "Volunteers for the summer heritage workshops",
        },
        "themes": ["education-literacy"],
        "places": [TANGER_TETOUAN_AL_HOCEIMA],
        "countries": ["FR"],
        "languages": ["fr", "ar"],
        "ends_in": 30,
        "contact_language": "fr",
    },
    {
        "slug": "wheelchairs-day-centre",
        "organization": "rahma-elders",
        "kind": "need",
        "category": "equipment",
        "title": {
            "ar": "كراسي متحركة لمركز النهار",
            "fr": "Des fauteuils roulants pour le centre de jour",
            "en": "Wheelchairs for the day centre",
        },
        "themes": ["health"],
        "places": [TANGER_TETOUAN_AL_HOCEIMA],
        "languages": ["ar", "fr"],
        "ends_in": -10,
        "contact_language": "ar",
    },
]

# Partnerships that came of needs and offers (each marks its need or offer answered).
ANSWERED = [
    {
        "organization": "kasbah-youth-heritage",
        "partner": "rives-solidaires-lyon",
        "kind": "partnership",
        "exchange": "volunteers-heritage-workshops",
        "themes": ["education-literacy"],
        "description": {
            "ar": "ستة متطوعين من ليون ينشطون ورشات التراث كل صيف.",
            "fr": "Six bénévoles de Lyon animent les ateliers du patrimoine chaque été.",
            "en": "Six volunteers from Lyon run the heritage workshops every summer.",
        },
    },
]

# (username, organization slug, role), as in load_demo's demo accounts.
DEMO_OWNERS = [
    ("owner-youth-club", "bni-makada-youth-club", "owner"),
    ("owner-puente-joven", "puente-joven-malaga", "owner"),
    ("owner-tasamouh", "tasamouh-mediation-centre", "owner"),
    ("owner-casabarata", "casabarata-food-bank", "owner"),
    ("owner-nour", "nour-mothers-bni-makada", "owner"),
    ("owner-kasbah", "kasbah-youth-heritage", "owner"),
    ("owner-rahma", "rahma-elders", "owner"),
    ("owner-network", "tangier-associations-network", "owner"),
    ("owner-rives-solidaires", "rives-solidaires-lyon", "owner"),
    ("owner-mediation-bruxelles", "mediation-bruxelles", "owner"),
    ("owner-brug", "brug-rotterdam", "owner"),
    ("owner-broen", "broen-copenhagen", "owner"),
]


def columns(field, texts):
    """{"ar": ..., "fr": ..., "en": ...} as the columns field_ar, field_fr, field_en."""
    texts = texts or {}
    return {f"{field}_{code}": texts.get(code, "") for code in ("ar", "fr", "en")}


def load(command):
    """Create the needs, offers and partnerships above that are missing; `command` is
    load_demo's, which has loaded the taxonomy and the organizations."""
    today = timezone.localdate()
    there = dict(
        Exchange.objects.filter(slug__in=[data["slug"] for data in EXCHANGES]).values_list(
            "slug", "pk"
        )
    )
    command.kept["needs and offers"] += len(there)
    for data in EXCHANGES:
        if data["slug"] in there:
            continue
        exchange = Exchange.objects.create(
            slug=data["slug"],
            organization_id=command.organizations[data["organization"]],
            kind=data["kind"],
            category=data["category"],
            ends_on=today + datetime.timedelta(days=data["ends_in"]),
            contact_language=data["contact_language"],
            status=PublicationStatus.PUBLISHED,
            **columns("title", data["title"]),
            **columns("description", data.get("description")),
        )
        exchange.themes.add(*(command.themes[slug] for slug in data["themes"]))
        exchange.places.add(*(command.place(code) for code in data.get("places", [])))
        exchange.countries.add(*(command.countries[code] for code in data.get("countries", [])))
        exchange.languages.add(*(command.languages[code] for code in data["languages"]))
        there[data["slug"]] = exchange.pk
        command.created["needs and offers"] += 1

    formed = set(
        Partnership.objects.filter(exchange__in=there.values()).values_list(
            "organization_id", "partner_id", "kind"
        )
    )
    for data in ANSWERED:
        organization_id = command.organizations[data["organization"]]
        partner_id = command.organizations[data["partner"]]
        if (organization_id, partner_id, data["kind"]) in formed:
            command.kept["partnerships"] += 1
            continue
        partnership = Partnership.objects.create(
            organization_id=organization_id,
            partner_id=partner_id,
            kind=data["kind"],
            signed_on=today,
            exchange_id=there[data["exchange"]],
            **columns("description", data["description"]),
        )
        partnership.themes.add(*(command.themes[slug] for slug in data["themes"]))
        exchange = Exchange.objects.get(pk=there[data["exchange"]])
        exchange.fulfilled_on = today
        exchange.save()
        command.created["partnerships"] += 1
