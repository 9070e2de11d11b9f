"""Fictional organizations in Tangier, to show how Dalil works. None of them exists.

Their names say "(exemple)", they are marked is_example, and their phone numbers use
ranges no one is given (+212 5 39 00 0X XX, +212 6 00 00 XX XX) and @example.org addresses.

Each organization offers services from example_services.py, by key, at all of its
locations. Its themes, audiences and languages are those of its services, gathered by
`load_demo`. "phone" and "whatsapp" become its contact channels; a location's own "phone"
is shown with the location (the helpline of a shelter whose address is hidden).
Addresses are written once for French and English, and again in Arabic.
"""

# ruff: noqa: E501  (prose reads better unwrapped)

from .taxonomy import BNI_MAKADA, MEDINA, MGHOGHA, SOUANI

STEP_FREE = {
    "ar": "مدخل بدون درج",
    "fr": "Entrée de plain-pied",
    "en": "Step-free entrance",
}

EXAMPLE_ORGANIZATIONS = [
    # --- Bni Makada ---------------------------------------------------------------------
    {
        "slug": "nour-mothers-bni-makada",
        "kind": "association",
        "name": {
            "ar": "جمعية نور لأمهات بني مكادة (مثال)",
            "fr": "Association Nour pour les mamans de Bni Makada (exemple)",
            "en": "Nour Association for Mothers in Bni Makada (example)",
        },
        "summary": {
            "ar": "فضاء للأمهات: محو الأمية، حلقات الحوار، وتتبع صحة الأم والطفل.",
            "fr": "Un lieu pour les mamans : alphabétisation, cercles de parole et suivi santé mère-enfant.",
            "en": "A place for mothers: literacy, talking circles and mother-and-child health.",
        },
        "description": {
            "ar": "أسستها أمهات من بئر الشفاء لكسر عزلة النساء في الحي. تؤمن الجمعية بأن الأم المطمئنة والمتعلمة أقدر على حماية أبنائها من الانقطاع عن الدراسة ومن الانحراف.",
            "fr": "Fondée par des mères de Bir Chifa pour rompre l'isolement des femmes du quartier. L'association croit qu'une mère rassurée et instruite protège mieux ses enfants du décrochage et des dérives.",
            "en": "Set up by mothers in Bir Chifa to break the isolation of women in the neighbourhood. The association believes that a confident, educated mother is better able to keep her children in school and out of harm's way.",
        },
        "year_founded": 2012,
        "phone": "+212 5 39 00 01 01",
        "whatsapp": "+212 6 00 00 01 01",
        "email": "nour.bnimakada@example.org",
        "last_verified_on": "2026-10-12",
        "locations": [
            {
                "place": BNI_MAKADA,
                "address": {"fr": "Rue 27, n° 14, Bir Chifa", "ar": "زنقة 27، رقم 14، بئر الشفاء"},
                "latitude": "35.748200",
                "longitude": "-5.827400",
                "accessibility": STEP_FREE,
            }
        ],
        "services": ["mothers-circle", "literacy-classes", "mother-child-health"],
    },
    {
        "slug": "amal-women",
        "kind": "association",
        "name": {
            "ar": "جمعية أمل للنساء (مثال)",
            "fr": "Association Amal pour les femmes (exemple)",
            "en": "Amal Association for Women (example)",
        },
        "summary": {
            "ar": "الاستماع والإيواء والمساعدة القانونية للنساء ضحايا العنف.",
            "fr": "Écoute, hébergement et aide juridique pour les femmes victimes de violence.",
            "en": "Listening, shelter and legal help for women facing violence.",
        },
        "description": {
            "ar": "تستقبل الجمعية النساء في مركز للاستماع ببني مكادة، وتدير داراً للإيواء عنوانها سري. يعمل فيها فريق نسائي من مساعدات اجتماعيات وأخصائيات نفسيات ومحاميات متطوعات.",
            "fr": "L'association reçoit les femmes dans un centre d'écoute à Bni Makada et gère un foyer dont l'adresse reste confidentielle. L'équipe est entièrement féminine : assistantes sociales, psychologues et avocates bénévoles.",
            "en": "The association sees women at a listening centre in Bni Makada and runs a shelter whose address is kept confidential. The team is all women: social workers, psychologists and volunteer lawyers.",
        },
        "year_founded": 2006,
        "phone": "+212 5 39 00 01 02",
        "whatsapp": "+212 6 00 00 01 02",
        "email": "amal.femmes@example.org",
        "last_verified_on": "2026-11-02",
        "locations": [
            {
                "place": BNI_MAKADA,
                "name": {"ar": "مركز الاستماع", "fr": "Centre d'écoute", "en": "Listening centre"},
                "address": {"fr": "Rue 70, n° 55, Bni Makada", "ar": "زنقة 70، رقم 55، بني مكادة"},
                "latitude": "35.755100",
                "longitude": "-5.832600",
            },
            {
                "place": BNI_MAKADA,
                "name": {"ar": "دار الإيواء", "fr": "Foyer d'hébergement", "en": "Shelter"},
                "address": {"fr": "Adresse confidentielle", "ar": "عنوان سري"},
                "phone": "+212 5 39 00 02 02",
                "is_sensitive": True,
                "hours_note": {
                    "ar": "الاستقبال عبر الهاتف ليلاً ونهاراً، طيلة أيام الأسبوع.",
                    "fr": "Accueil par téléphone jour et nuit, 7 jours sur 7.",
                    "en": "Phone line open day and night, 7 days a week.",
                },
            },
        ],
        "services": ["listening-centre", "women-shelter", "legal-clinic"],
    },
    {
        "slug": "bni-makada-youth-club",
        "kind": "association",
        "name": {
            "ar": "نادي شباب بني مكادة (مثال)",
            "fr": "Club des jeunes de Bni Makada (exemple)",
            "en": "Bni Makada Youth Club (example)",
        },
        "summary": {
            "ar": "أنشطة المواطنة والمعلوميات والمواكبة نحو الشغل لشباب الحي.",
            "fr": "Citoyenneté, informatique et accompagnement vers l'emploi pour les jeunes du quartier.",
            "en": "Citizenship, computer skills and job coaching for local young people.",
        },
        "description": {
            "ar": "يجمع النادي شباباً من بني مكادة حول الرياضة والمسرح والنقاش، ويساعدهم على إيجاد طريقهم نحو التكوين أو الشغل.",
            "fr": "Le club réunit des jeunes de Bni Makada autour du sport, du théâtre et du débat, et les aide à trouver leur voie vers une formation ou un emploi.",
            "en": "The club brings Bni Makada's young people together around sport, theatre and debate, and helps them find their way into training or work.",
        },
        "year_founded": 2015,
        "phone": "+212 5 39 00 01 03",
        "whatsapp": "+212 6 00 00 01 03",
        "last_verified_on": "2026-09-20",
        "locations": [
            {
                "place": BNI_MAKADA,
                "address": {
                    "fr": "Rue 8, n° 3, Bni Makada Al Qadima",
                    "ar": "زنقة 8، رقم 3، بني مكادة القديمة",
                },
                "latitude": "35.753800",
                "longitude": "-5.835100",
            }
        ],
        "services": ["youth-citizenship", "job-coaching", "computer-workshop"],
    },
    {
        "slug": "al-wafae-weavers-cooperative",
        "kind": "cooperative",
        "name": {
            "ar": "تعاونية الوفاء للنساجات ببنديبان (مثال)",
            "fr": "Coopérative Al Wafae des tisserandes de Bendibane (exemple)",
            "en": "Al Wafae Weavers' Cooperative, Bendibane (example)",
        },
        "summary": {
            "ar": "نساء ينسجن ويبعن الزرابي والأغطية، ويساعدن مجموعات أخرى على تأسيس تعاونياتها.",
            "fr": "Des femmes tissent et vendent tapis et couvertures, et aident d'autres groupes à créer leur coopérative.",
            "en": "Women weave and sell rugs and blankets, and help other groups set up their own cooperatives.",
        },
        "description": {
            "ar": "تضم التعاونية نحو عشرين عضوة، أغلبهن من أصل ريفي. تُباع منتجاتها في محل صغير بالحي وفي معارض الصناعة التقليدية.",
            "fr": "La coopérative compte une vingtaine de membres, pour la plupart venues de la campagne. Ses produits sont vendus dans une petite boutique du quartier et dans les foires d'artisanat.",
            "en": "The cooperative has about twenty members, most of them from the countryside. Its products are sold in a small shop in the neighbourhood and at craft fairs.",
        },
        "year_founded": 2018,
        "phone": "+212 5 39 00 01 04",
        "whatsapp": "+212 6 00 00 01 04",
        "locations": [
            {
                "place": BNI_MAKADA,
                "address": {
                    "fr": "Rue 41, n° 9, Hay Bendibane",
                    "ar": "زنقة 41، رقم 9، حي بنديبان",
                },
                "latitude": "35.760400",
                "longitude": "-5.829600",
            }
        ],
        "services": ["income-activities", "cooperative-support"],
    },
    {
        "slug": "basma-children-disabilities",
        "kind": "association",
        "name": {
            "ar": "جمعية بسمة للأطفال في وضعية إعاقة (مثال)",
            "fr": "Association Basma pour les enfants en situation de handicap (exemple)",
            "en": "Basma Association for Children with Disabilities (example)",
        },
        "summary": {
            "ar": "قسم دامج وحصص ترويض للأطفال في وضعية إعاقة ومرافقة أسرهم.",
            "fr": "Classe inclusive, rééducation et soutien aux familles d'enfants en situation de handicap.",
            "en": "An inclusive class, physiotherapy and support for families of children with disabilities.",
        },
        "description": {
            "ar": "أسسها آباء وأمهات لم يجدوا مدرسة تقبل أطفالهم. تعمل الجمعية اليوم مع المدارس العمومية في بني مكادة لتسجيل أكبر عدد ممكن من الأطفال.",
            "fr": "Créée par des parents qui ne trouvaient pas d'école pour leurs enfants. Elle travaille aujourd'hui avec les écoles publiques de Bni Makada pour y inscrire le plus d'enfants possible.",
            "en": "Founded by parents who could not find a school that would take their children. It now works with Bni Makada's public schools to enrol as many children as possible.",
        },
        "year_founded": 2009,
        "phone": "+212 5 39 00 01 05",
        "whatsapp": "+212 6 00 00 01 05",
        "email": "basma.handicap@example.org",
        "last_verified_on": "2026-08-30",
        "locations": [
            {
                "place": BNI_MAKADA,
                "address": {"fr": "Rue 63, n° 21, Al Aouama", "ar": "زنقة 63، رقم 21، العوامة"},
                "latitude": "35.745300",
                "longitude": "-5.839800",
                "accessibility": {
                    "ar": "مدخل بدون درج ومرحاض مكيف",
                    "fr": "Entrée de plain-pied et toilettes adaptées",
                    "en": "Step-free entrance and accessible toilet",
                },
            }
        ],
        "services": ["inclusive-class", "physiotherapy"],
    },
    {
        "slug": "casabarata-food-bank",
        "kind": "association",
        "name": {
            "ar": "البنك الغذائي التضامني بكاسابراطا (مثال)",
            "fr": "Banque alimentaire solidaire de Casabarata (exemple)",
            "en": "Casabarata Community Food Bank (example)",
        },
        "summary": {
            "ar": "قفف غذائية شهرية وملابس شتوية للأسر المعوزة.",
            "fr": "Des paniers alimentaires chaque mois et des vêtements d'hiver pour les familles démunies.",
            "en": "Monthly food parcels and winter clothes for families in need.",
        },
        "description": {
            "ar": "يجمع متطوعو الجمعية التبرعات من تجار سوق كاسابراطا ومن المحسنين، ويوزعونها على نحو مئتي أسرة مسجلة.",
            "fr": "Les bénévoles collectent les dons des commerçants du souk de Casabarata et de particuliers, et les distribuent à quelque deux cents familles inscrites.",
            "en": "Volunteers collect donations from Casabarata market traders and private donors, and share them among some two hundred registered families.",
        },
        "year_founded": 2016,
        "phone": "+212 5 39 00 01 06",
        "whatsapp": "+212 6 00 00 01 06",
        "last_verified_on": "2026-10-28",
        "locations": [
            {
                "place": BNI_MAKADA,
                "address": {"fr": "Rue 15, n° 2, Casabarata", "ar": "زنقة 15، رقم 2، كاسابراطا"},
                "latitude": "35.762300",
                "longitude": "-5.818400",
            }
        ],
        "services": ["food-baskets", "winter-kits"],
    },
    {
        "slug": "rahma-elders",
        "kind": "association",
        "name": {
            "ar": "جمعية رحمة للمسنين (مثال)",
            "fr": "Association Rahma pour les aînés (exemple)",
            "en": "Rahma Association for Older People (example)",
        },
        "summary": {
            "ar": "زيارات منزلية ووجبات ساخنة للمسنين الذين يعيشون بمفردهم.",
            "fr": "Visites à domicile et repas chauds pour les personnes âgées qui vivent seules.",
            "en": "Home visits and hot meals for older people living alone.",
        },
        "description": {
            "ar": "ينظم شباب الحي زيارات أسبوعية للمسنين، وتُعد نساء متطوعات وجبات الغداء في مطبخ الجمعية.",
            "fr": "Des jeunes du quartier rendent visite chaque semaine aux personnes âgées, et des bénévoles préparent les déjeuners dans la cuisine de l'association.",
            "en": "Young people from the neighbourhood visit older residents every week, and volunteers cook lunch in the association's kitchen.",
        },
        "year_founded": 2011,
        "phone": "+212 5 39 00 01 07",
        "whatsapp": "+212 6 00 00 01 07",
        "locations": [
            {
                "place": BNI_MAKADA,
                "address": {"fr": "Rue 30, n° 11, Bni Makada", "ar": "زنقة 30، رقم 11، بني مكادة"},
                "latitude": "35.756700",
                "longitude": "-5.829000",
                "accessibility": STEP_FREE,
            }
        ],
        "services": ["home-visits-elderly", "hot-meals"],
    },
    {
        "slug": "sanabil-tutoring",
        "kind": "association",
        "name": {
            "ar": "جمعية سنابل للدعم المدرسي (مثال)",
            "fr": "Association Sanabil pour le soutien scolaire (exemple)",
            "en": "Sanabil Tutoring Association (example)",
        },
        "summary": {
            "ar": "دعم مدرسي وورشات حول حقوق الطفل لتلاميذ بني مكادة.",
            "fr": "Soutien scolaire et ateliers sur les droits de l'enfant pour les élèves de Bni Makada.",
            "en": "Tutoring and children's rights workshops for pupils in Bni Makada.",
        },
        "description": {
            "ar": "يؤطر طلبة جامعيون متطوعون أكثر من مئة تلميذ كل سنة. وتتعاون الجمعية مع مدارس الحي لرصد التلاميذ المهددين بالانقطاع.",
            "fr": "Des étudiants bénévoles encadrent plus de cent élèves chaque année. L'association travaille avec les écoles du quartier pour repérer les élèves qui risquent de décrocher.",
            "en": "Volunteer university students tutor more than a hundred pupils a year. The association works with local schools to spot pupils at risk of dropping out.",
        },
        "year_founded": 2014,
        "phone": "+212 5 39 00 01 08",
        "whatsapp": "+212 6 00 00 01 08",
        "email": "sanabil.soutien@example.org",
        "last_verified_on": "2026-09-05",
        "locations": [
            {
                "place": BNI_MAKADA,
                "address": {"fr": "Rue 52, n° 6, Bir Chifa", "ar": "زنقة 52، رقم 6، بئر الشفاء"},
                "latitude": "35.749600",
                "longitude": "-5.824300",
            }
        ],
        "services": ["homework-club", "child-rights-workshops"],
    },
    {
        "slug": "tasamouh-mediation-centre",
        "kind": "association",
        "name": {
            "ar": "مركز التسامح لوساطة الأحياء (مثال)",
            "fr": "Centre Tasamouh de médiation de quartier (exemple)",
            "en": "Tasamouh Neighbourhood Mediation Centre (example)",
        },
        "summary": {
            "ar": "وساطة بين الجيران ووساطة أسرية لتهدئة النزاعات قبل أن تتفاقم.",
            "fr": "Médiation entre voisins et médiation familiale pour apaiser les conflits avant qu'ils ne s'enveniment.",
            "en": "Neighbour and family mediation to calm disputes before they grow.",
        },
        "description": {
            "ar": "كوّن المركز فريقاً من الوسطاء الشباب من بني مكادة، يشتغلون في الأحياء ومع الأسر بتأطير من وسطاء ذوي خبرة.",
            "fr": "Le centre a formé une équipe de jeunes médiateurs de Bni Makada, qui interviennent dans les quartiers et auprès des familles, encadrés par des médiateurs expérimentés.",
            "en": "The centre has trained a team of young mediators from Bni Makada who work in the neighbourhoods and with families, supervised by experienced mediators.",
        },
        "year_founded": 2019,
        "phone": "+212 5 39 00 01 09",
        "whatsapp": "+212 6 00 00 01 09",
        "locations": [
            {
                "place": BNI_MAKADA,
                "address": {
                    "fr": "Rue 19, n° 30, Hay Bendibane",
                    "ar": "زنقة 19، رقم 30، حي بنديبان",
                },
                "latitude": "35.758900",
                "longitude": "-5.826800",
            }
        ],
        "services": ["neighbourhood-mediation", "family-mediation"],
    },
    # --- Mghogha ------------------------------------------------------------------------
    {
        "slug": "mghogha-social-centre",
        "kind": "public",
        "name": {
            "ar": "المركز الاجتماعي الجماعي بمغوغة (مثال)",
            "fr": "Centre social municipal de Mghogha (exemple)",
            "en": "Mghogha Municipal Social Centre (example)",
        },
        "summary": {
            "ar": "مرفق عمومي للقرب: محو الأمية، والمساعدة الغذائية، والتكوين المهني.",
            "fr": "Un service public de proximité : alphabétisation, aide alimentaire et formation professionnelle.",
            "en": "A local public facility: literacy, food aid and vocational training.",
        },
        "description": {
            "ar": "يضع المركز قاعاته رهن إشارة جمعيات الحي، ويقدم خدماته الخاصة بتنسيق مع المقاطعة. له ملحق في مغوغة الصغيرة.",
            "fr": "Le centre prête ses salles aux associations du quartier et propose ses propres services en lien avec l'arrondissement. Il a une annexe à Mghogha Sghira.",
            "en": "The centre lends its rooms to neighbourhood associations and runs its own services with the arrondissement. It has an annex in Mghogha Sghira.",
        },
        "phone": "+212 5 39 00 01 10",
        "email": "centre.mghogha@example.org",
        "last_verified_on": "2026-07-15",
        "locations": [
            {
                "place": MGHOGHA,
                "address": {"fr": "Rue 12, n° 1, Mghogha", "ar": "زنقة 12، رقم 1، مغوغة"},
                "latitude": "35.758200",
                "longitude": "-5.795800",
                "accessibility": STEP_FREE,
            },
            {
                "place": MGHOGHA,
                "name": {
                    "ar": "ملحق مغوغة الصغيرة",
                    "fr": "Annexe de Mghogha Sghira",
                    "en": "Mghogha Sghira annex",
                },
                "address": {
                    "fr": "Rue 7, n° 4, Mghogha Sghira",
                    "ar": "زنقة 7، رقم 4، مغوغة الصغيرة",
                },
                "latitude": "35.752300",
                "longitude": "-5.790400",
            },
        ],
        "services": ["literacy-classes", "food-baskets", "vocational-training"],
    },
    {
        "slug": "ikhlass-health-foundation",
        "kind": "foundation",
        "name": {
            "ar": "مؤسسة الإخلاص للصحة (مثال)",
            "fr": "Fondation Ikhlass pour la santé (exemple)",
            "en": "Ikhlass Health Foundation (example)",
        },
        "summary": {
            "ar": "فحوصات طبية مجانية وتتبع صحة الأم والطفل.",
            "fr": "Consultations médicales gratuites et suivi de la mère et de l'enfant.",
            "en": "Free medical consultations and mother-and-child health care.",
        },
        "description": {
            "ar": "تمول المؤسسة مستوصفاً صغيراً يعمل فيه أطباء متطوعون وقابلة. وتنظم مرتين في السنة قافلة طبية في الأحياء البعيدة.",
            "fr": "La fondation finance un petit dispensaire où travaillent des médecins bénévoles et une sage-femme. Deux fois par an, elle organise une caravane médicale dans les quartiers éloignés.",
            "en": "The foundation funds a small clinic staffed by volunteer doctors and a midwife. Twice a year it runs a mobile medical caravan in outlying neighbourhoods.",
        },
        "year_founded": 2008,
        "phone": "+212 5 39 00 01 11",
        "whatsapp": "+212 6 00 00 01 11",
        "email": "ikhlass.sante@example.org",
        "last_verified_on": "2026-10-01",
        "locations": [
            {
                "place": MGHOGHA,
                "address": {"fr": "Rue 22, n° 17, Hay Charf", "ar": "زنقة 22، رقم 17، حي الشرف"},
                "latitude": "35.768900",
                "longitude": "-5.806200",
                "accessibility": STEP_FREE,
            }
        ],
        "services": ["medical-consultations", "mother-child-health"],
    },
    {
        "slug": "nisae-charf-cooperative",
        "kind": "cooperative",
        "name": {
            "ar": "تعاونية نساء الشرف (مثال)",
            "fr": "Coopérative Nisae Charf (exemple)",
            "en": "Nisae Charf Cooperative (example)",
        },
        "summary": {
            "ar": "نساء ينتجن الحلويات والخبز التقليدي ويتعلمن المعلوميات.",
            "fr": "Des femmes produisent pâtisseries et pain traditionnel, et se forment à l'informatique.",
            "en": "Women bake pastries and traditional bread, and learn computer skills.",
        },
        "description": {
            "ar": "تبيع التعاونية منتجاتها للمقاهي والأسر، وتستعمل جزءاً من مداخيلها لتكوين عضواتها في المعلوميات والتسيير.",
            "fr": "La coopérative vend aux cafés et aux familles, et consacre une partie de ses recettes à former ses membres à l'informatique et à la gestion.",
            "en": "The cooperative sells to cafés and families, and spends part of its takings on training its members in computer skills and management.",
        },
        "year_founded": 2020,
        "phone": "+212 5 39 00 01 12",
        "whatsapp": "+212 6 00 00 01 12",
        "locations": [
            {
                "place": MGHOGHA,
                "address": {"fr": "Rue 5, n° 12, Hay Charf", "ar": "زنقة 5، رقم 12، حي الشرف"},
                "latitude": "35.767100",
                "longitude": "-5.803900",
            }
        ],
        "services": ["income-activities", "computer-workshop"],
    },
    {
        "slug": "malabata-youth-training",
        "kind": "association",
        "name": {
            "ar": "جمعية ملاباطا لتكوين الشباب (مثال)",
            "fr": "Association Malabata pour la formation des jeunes (exemple)",
            "en": "Malabata Youth Training Association (example)",
        },
        "summary": {
            "ar": "تكوين مهني قصير ومواكبة نحو الشغل في مهن الفندقة والصناعة.",
            "fr": "Formations courtes et accompagnement vers l'emploi dans l'hôtellerie et l'industrie.",
            "en": "Short courses and job coaching for hotel and industrial jobs.",
        },
        "description": {
            "ar": "تشتغل الجمعية مع فنادق الكورنيش ومقاولات المنطقة الصناعية التي تستقبل المتدربين وتوظف بعضهم في نهاية التكوين.",
            "fr": "L'association travaille avec les hôtels de la corniche et les entreprises de la zone industrielle, qui accueillent les stagiaires et en embauchent une partie.",
            "en": "The association works with seafront hotels and companies in the industrial zone, which take trainees on placement and hire some of them.",
        },
        "year_founded": 2013,
        "phone": "+212 5 39 00 01 13",
        "whatsapp": "+212 6 00 00 01 13",
        "email": "malabata.jeunes@example.org",
        "last_verified_on": "2026-06-18",
        "locations": [
            {
                "place": MGHOGHA,
                "address": {"fr": "Rue 3, n° 28, Malabata", "ar": "زنقة 3، رقم 28، ملاباطا"},
                "latitude": "35.776600",
                "longitude": "-5.787300",
            }
        ],
        "services": ["vocational-training", "job-coaching"],
    },
    {
        "slug": "wifaq-families",
        "kind": "association",
        "name": {
            "ar": "جمعية الوفاق لمواكبة الأسر (مثال)",
            "fr": "Association Wifaq pour l'accompagnement des familles (exemple)",
            "en": "Wifaq Family Support Association (example)",
        },
        "summary": {
            "ar": "دعم نفسي ووساطة أسرية، ومرافقة أسر العائدين من مناطق النزاع.",
            "fr": "Soutien psychologique, médiation familiale et accompagnement des familles de rapatriés des zones de conflit.",
            "en": "Counselling, family mediation and support for families of returnees from conflict zones.",
        },
        "description": {
            "ar": "تعمل الجمعية في سرية مع الأسر التي عاد أحد أفرادها من منطقة نزاع، ومع كل أسرة تمر بأزمة. يتكون فريقها من أخصائيين نفسيين ومساعدين اجتماعيين ووسطاء.",
            "fr": "L'association travaille en toute discrétion avec les familles dont un membre est revenu d'une zone de conflit, et avec toute famille en crise. Son équipe réunit psychologues, travailleurs sociaux et médiateurs.",
            "en": "The association works discreetly with families one of whose members came back from a conflict zone, and with any family in crisis. Its team brings together psychologists, social workers and mediators.",
        },
        "year_founded": 2017,
        "phone": "+212 5 39 00 01 14",
        "whatsapp": "+212 6 00 00 01 14",
        "last_verified_on": "2026-09-29",
        "locations": [
            {
                "place": MGHOGHA,
                "address": {
                    "fr": "Rue 14, n° 5, Hay Al Irfane",
                    "ar": "زنقة 14، رقم 5، حي العرفان",
                },
                "latitude": "35.764300",
                "longitude": "-5.799100",
            }
        ],
        "services": ["returnee-families-support", "psychological-support", "family-mediation"],
    },
    {
        "slug": "tadamon-migrants",
        "kind": "association",
        "name": {
            "ar": "جمعية التضامن لاستقبال المهاجرين (مثال)",
            "fr": "Association Tadamon pour l'accueil des migrants (exemple)",
            "en": "Tadamon Association for Migrants (example)",
        },
        "summary": {
            "ar": "استقبال المهاجرين وتوجيههم، والإرشاد حول العودة الطوعية.",
            "fr": "Accueil et orientation des personnes migrantes, information sur le retour volontaire.",
            "en": "Reception and guidance for migrants, and advice on voluntary return.",
        },
        "description": {
            "ar": "أسسها مغاربة ومهاجرون من إفريقيا جنوب الصحراء يعيشون في مغوغة. يتحدث أعضاؤها الفرنسية والإنجليزية والإسبانية والعربية والدارجة.",
            "fr": "Fondée par des Marocains et des migrants subsahariens qui vivent à Mghogha. Ses membres parlent français, anglais, espagnol, arabe et darija.",
            "en": "Founded by Moroccans and sub-Saharan migrants living in Mghogha. Its members speak French, English, Spanish, Arabic and Darija.",
        },
        "year_founded": 2014,
        "phone": "+212 5 39 00 01 15",
        "whatsapp": "+212 6 00 00 01 15",
        "email": "tadamon.accueil@example.org",
        "last_verified_on": "2026-11-10",
        "locations": [
            {
                "place": MGHOGHA,
                "address": {"fr": "Rue 33, n° 19, Mghogha", "ar": "زنقة 33، رقم 19، مغوغة"},
                "latitude": "35.756400",
                "longitude": "-5.793700",
            }
        ],
        "services": ["migrant-reception", "return-counselling"],
    },
    {
        "slug": "tawassol-inclusion",
        "kind": "association",
        "name": {
            "ar": "جمعية التواصل لإدماج الأشخاص في وضعية إعاقة (مثال)",
            "fr": "Association Tawassol pour l'inclusion des personnes handicapées (exemple)",
            "en": "Tawassol Association for Disability Inclusion (example)",
        },
        "summary": {
            "ar": "تمدرس الأطفال في وضعية إعاقة ومواكبة الشباب نحو الشغل.",
            "fr": "Scolarisation des enfants en situation de handicap et accompagnement des jeunes vers l'emploi.",
            "en": "Schooling for children with disabilities and job coaching for young people.",
        },
        "description": {
            "ar": "تترافع الجمعية من أجل ولوج الأشخاص في وضعية إعاقة إلى المدرسة والشغل، وتكوّن المقاولات في مجال التشغيل الدامج.",
            "fr": "L'association plaide pour l'accès des personnes handicapées à l'école et à l'emploi, et forme les entreprises à l'embauche inclusive.",
            "en": "The association campaigns for disabled people's access to school and work, and trains employers in inclusive hiring.",
        },
        "year_founded": 2010,
        "phone": "+212 5 39 00 01 16",
        "whatsapp": "+212 6 00 00 01 16",
        "locations": [
            {
                "place": MGHOGHA,
                "address": {
                    "fr": "Rue 9, n° 40, Hay Al Irfane",
                    "ar": "زنقة 9، رقم 40، حي العرفان",
                },
                "latitude": "35.762800",
                "longitude": "-5.801500",
                "accessibility": {
                    "ar": "مدخل بدون درج، ومترجم لغة الإشارة بموعد",
                    "fr": "Entrée de plain-pied, interprète en langue des signes sur rendez-vous",
                    "en": "Step-free entrance, sign language interpreter by appointment",
                },
            }
        ],
        "services": ["inclusive-class", "job-coaching"],
    },
    {
        "slug": "iqraa-mghogha",
        "kind": "association",
        "name": {
            "ar": "جمعية اقرأ مغوغة (مثال)",
            "fr": "Association Iqraa Mghogha (exemple)",
            "en": "Iqraa Mghogha Association (example)",
        },
        "summary": {
            "ar": "محو الأمية للكبار والدعم المدرسي للأطفال في الحي نفسه.",
            "fr": "Alphabétisation des adultes et soutien scolaire des enfants, au même endroit.",
            "en": "Adult literacy and children's tutoring under one roof.",
        },
        "description": {
            "ar": "تتعلم الأمهات القراءة في الوقت الذي يستفيد فيه أطفالهن من الدعم المدرسي، مما يسهل حضور الجميع.",
            "fr": "Les mères apprennent à lire pendant que leurs enfants font leurs devoirs avec des bénévoles : c'est plus simple pour tout le monde.",
            "en": "Mothers learn to read while their children do their homework with volunteers, which makes it easier for everyone to come.",
        },
        "year_founded": 2005,
        "phone": "+212 5 39 00 01 17",
        "whatsapp": "+212 6 00 00 01 17",
        "locations": [
            {
                "place": MGHOGHA,
                "address": {
                    "fr": "Rue 26, n° 8, Mghogha Sghira",
                    "ar": "زنقة 26، رقم 8، مغوغة الصغيرة",
                },
                "latitude": "35.751100",
                "longitude": "-5.788600",
            }
        ],
        "services": ["literacy-classes", "homework-club"],
    },
    # --- Souani -------------------------------------------------------------------------
    {
        "slug": "adala-access-to-justice",
        "kind": "association",
        "name": {
            "ar": "جمعية عدالة للولوج إلى القانون (مثال)",
            "fr": "Association Adala pour l'accès au droit (exemple)",
            "en": "Adala Access to Justice Association (example)",
        },
        "summary": {
            "ar": "استشارة قانونية مجانية، ومساعدة في الحالة المدنية، وإرشاد في مجال حقوق الإنسان.",
            "fr": "Conseil juridique gratuit, aide à l'état civil et permanence droits de l'Homme.",
            "en": "Free legal advice, help with civil registration and a human rights desk.",
        },
        "description": {
            "ar": "يتطوع محامون وطلبة في القانون لمساعدة من لا يستطيع أداء أتعاب محامٍ. وتنشر الجمعية كل سنة تقريراً عن صعوبات الولوج إلى العدالة بطنجة.",
            "fr": "Des avocats et des étudiants en droit bénévoles aident ceux qui ne peuvent pas payer un avocat. L'association publie chaque année un rapport sur les difficultés d'accès à la justice à Tanger.",
            "en": "Volunteer lawyers and law students help people who cannot pay for a lawyer. Each year the association publishes a report on the obstacles to justice in Tangier.",
        },
        "year_founded": 2004,
        "phone": "+212 5 39 00 01 18",
        "whatsapp": "+212 6 00 00 01 18",
        "email": "adala.droit@example.org",
        "last_verified_on": "2026-10-20",
        "locations": [
            {
                "place": SOUANI,
                "address": {"fr": "Rue 18, n° 7, Souani", "ar": "زنقة 18، رقم 7، السواني"},
                "latitude": "35.771800",
                "longitude": "-5.816300",
            }
        ],
        "services": ["legal-clinic", "civil-registration-help", "human-rights-desk"],
    },
    {
        "slug": "salam-migrants-house",
        "kind": "association",
        "name": {
            "ar": "دار السلام للمهاجرين (مثال)",
            "fr": "Maison Salam pour les migrants (exemple)",
            "en": "Salam House for Migrants (example)",
        },
        "summary": {
            "ar": "استقبال ووجبات ساخنة وفحوصات طبية للمهاجرين.",
            "fr": "Accueil, repas chauds et consultations médicales pour les personnes migrantes.",
            "en": "Reception, hot meals and medical consultations for migrants.",
        },
        "description": {
            "ar": "دار مفتوحة في قلب السواني يستطيع فيها المهاجرون الأكل والاستحمام ورؤية طبيب والحصول على المعلومات التي يحتاجونها.",
            "fr": "Une maison ouverte au cœur de Souani où les personnes migrantes peuvent manger, se doucher, voir un médecin et trouver les informations dont elles ont besoin.",
            "en": "An open house in the heart of Souani where migrants can eat, shower, see a doctor and find the information they need.",
        },
        "year_founded": 2013,
        "phone": "+212 5 39 00 01 19",
        "whatsapp": "+212 6 00 00 01 19",
        "email": "maison.salam@example.org",
        "last_verified_on": "2026-11-05",
        "locations": [
            {
                "place": SOUANI,
                "address": {"fr": "Rue 44, n° 3, Souani", "ar": "زنقة 44، رقم 3، السواني"},
                "latitude": "35.773400",
                "longitude": "-5.813900",
            }
        ],
        "services": ["migrant-reception", "hot-meals", "medical-consultations"],
    },
    {
        "slug": "dar-atfal-minors",
        "kind": "association",
        "name": {
            "ar": "جمعية دار الأطفال للقاصرين (مثال)",
            "fr": "Association Dar Atfal pour les mineurs (exemple)",
            "en": "Dar Atfal Association for Minors (example)",
        },
        "summary": {
            "ar": "مركز نهاري ودار للإيواء للقاصرين غير المصحوبين.",
            "fr": "Un centre de jour et un foyer pour les mineurs non accompagnés.",
            "en": "A day centre and a residential home for unaccompanied minors.",
        },
        "description": {
            "ar": "يستقبل مربو الجمعية الأطفال الذين يعيشون في الشارع أو بدون أسرهم، المغاربة والأجانب، ويرافقونهم نحو المدرسة أو التكوين أو العودة إلى الأسرة.",
            "fr": "Les éducateurs de l'association accueillent les enfants qui vivent à la rue ou sans leur famille, marocains et étrangers, et les accompagnent vers l'école, une formation ou un retour en famille.",
            "en": "The association's youth workers take in children who live on the street or without their families, Moroccan and foreign, and help them back into school, training or their family.",
        },
        "year_founded": 2007,
        "phone": "+212 5 39 00 01 20",
        "whatsapp": "+212 6 00 00 01 20",
        "last_verified_on": "2026-10-08",
        "locations": [
            {
                "place": SOUANI,
                "name": {"ar": "المركز النهاري", "fr": "Centre de jour", "en": "Day centre"},
                "address": {"fr": "Rue 11, n° 25, Iberia", "ar": "زنقة 11، رقم 25، إيبيريا"},
                "latitude": "35.776100",
                "longitude": "-5.823000",
            },
            {
                "place": SOUANI,
                "name": {"ar": "دار الإيواء", "fr": "Foyer", "en": "Residential home"},
                "address": {"fr": "Adresse confidentielle", "ar": "عنوان سري"},
                "phone": "+212 5 39 00 02 20",
                "is_sensitive": True,
            },
        ],
        "services": ["minors-day-centre", "minors-shelter"],
    },
    {
        "slug": "tangier-associations-network",
        "kind": "association",
        "name": {
            "ar": "الشبكة الجمعوية لطنجة (مثال)",
            "fr": "Réseau associatif de Tanger (exemple)",
            "en": "Tangier Associations Network (example)",
        },
        "summary": {
            "ar": "شبكة تكوّن الجمعيات والموظفين العموميين وتنسق بينهم.",
            "fr": "Un réseau qui forme et relie les associations et les agents publics.",
            "en": "A network that trains and connects associations and public officials.",
        },
        "description": {
            "ar": "تضم الشبكة نحو أربعين جمعية من المقاطعات الأربع. تنظم تكوينات مشتركة، وتتبادل المعلومات حول الخدمات، وتمثل الجمعيات لدى الجماعة.",
            "fr": "Le réseau réunit une quarantaine d'associations des quatre arrondissements. Il organise des formations communes, partage les informations sur les services et représente les associations auprès de la commune.",
            "en": "The network brings together some forty associations from the four arrondissements. It runs joint training, shares information about services and speaks for associations with the municipality.",
        },
        "year_founded": 2016,
        "phone": "+212 5 39 00 01 21",
        "email": "reseau.tanger@example.org",
        "last_verified_on": "2026-11-12",
        "locations": [
            {
                "place": SOUANI,
                "address": {"fr": "Rue 2, n° 10, Iberia", "ar": "زنقة 2، رقم 10، إيبيريا"},
                "latitude": "35.777300",
                "longitude": "-5.820700",
            }
        ],
        "services": ["ngo-training", "officials-training"],
    },
    {
        "slug": "farah-child-rights",
        "kind": "association",
        "name": {
            "ar": "جمعية فرح لحقوق الطفل (مثال)",
            "fr": "Association Farah pour les droits de l'enfant (exemple)",
            "en": "Farah Association for Children's Rights (example)",
        },
        "summary": {
            "ar": "ورشات حول حقوق الطفل واستشارات نفسية للأطفال والشباب.",
            "fr": "Ateliers sur les droits de l'enfant et consultations psychologiques pour enfants et jeunes.",
            "en": "Children's rights workshops and counselling for children and young people.",
        },
        "description": {
            "ar": "تتدخل الجمعية في المدارس ودور الشباب، وتستقبل الأطفال ضحايا العنف وأسرهم في مقرها بمسنانة.",
            "fr": "L'association intervient dans les écoles et les maisons de jeunes, et reçoit les enfants victimes de violence et leurs familles dans son local de Mesnana.",
            "en": "The association works in schools and youth centres, and sees children who have suffered violence, and their families, at its premises in Mesnana.",
        },
        "year_founded": 2012,
        "phone": "+212 5 39 00 01 22",
        "whatsapp": "+212 6 00 00 01 22",
        "email": "farah.enfance@example.org",
        "locations": [
            {
                "place": SOUANI,
                "address": {"fr": "Rue 37, n° 12, Mesnana", "ar": "زنقة 37، رقم 12، مسنانة"},
                "latitude": "35.761200",
                "longitude": "-5.862400",
            }
        ],
        "services": ["child-rights-workshops", "psychological-support"],
    },
    {
        "slug": "bayt-al-hikma-foundation",
        "kind": "foundation",
        "name": {
            "ar": "مؤسسة بيت الحكمة للحوار (مثال)",
            "fr": "Fondation Bayt Al Hikma pour le dialogue (exemple)",
            "en": "Bayt Al Hikma Foundation for Dialogue (example)",
        },
        "summary": {
            "ar": "الحوار والوساطة والوقاية من التطرف مع الشباب والجمعيات.",
            "fr": "Dialogue, médiation et prévention de l'extrémisme avec les jeunes et les associations.",
            "en": "Dialogue, mediation and preventing extremism with young people and associations.",
        },
        "description": {
            "ar": "تمول المؤسسة برامج للحوار بين الشباب من مختلف الأحياء، وتكوّن الجمعيات في الوساطة والعمل مع الشباب المعرضين للخطر.",
            "fr": "La fondation finance des programmes de dialogue entre jeunes de différents quartiers et forme les associations à la médiation et au travail avec les jeunes en situation de risque.",
            "en": "The foundation funds dialogue programmes between young people from different neighbourhoods, and trains associations in mediation and in working with young people at risk.",
        },
        "year_founded": 2018,
        "phone": "+212 5 39 00 01 23",
        "whatsapp": "+212 6 00 00 01 23",
        "email": "bayt.alhikma@example.org",
        "last_verified_on": "2026-09-14",
        "locations": [
            {
                "place": SOUANI,
                "address": {"fr": "Rue 6, n° 15, Branes", "ar": "زنقة 6، رقم 15، البرانص"},
                "latitude": "35.767900",
                "longitude": "-5.833400",
                "accessibility": STEP_FREE,
            }
        ],
        "services": ["youth-citizenship", "neighbourhood-mediation", "ngo-training"],
    },
    {
        "slug": "khobz-dar-cooperative",
        "kind": "cooperative",
        "name": {
            "ar": "تعاونية خبز الدار (مثال)",
            "fr": "Coopérative Khobz Dar (exemple)",
            "en": "Khobz Dar Cooperative (example)",
        },
        "summary": {
            "ar": "مطبخ تضامني تديره نساء: وجبات بأثمنة مناسبة ووجبات مجانية للمحتاجين.",
            "fr": "Une cuisine solidaire tenue par des femmes : repas à petit prix et repas gratuits pour ceux qui en ont besoin.",
            "en": "A community kitchen run by women: low-cost meals, and free meals for those in need.",
        },
        "description": {
            "ar": "تبيع التعاونية وجبات للعمال والطلبة، ويمول كل عشر وجبات مبيعة وجبة مجانية. وتوفر لعضواتها دخلاً منتظماً.",
            "fr": "La coopérative vend des repas aux travailleurs et aux étudiants ; chaque dizaine de repas vendus en finance un gratuit. Elle assure un revenu régulier à ses membres.",
            "en": "The cooperative sells meals to workers and students; every ten meals sold pay for a free one. It gives its members a regular income.",
        },
        "year_founded": 2021,
        "phone": "+212 5 39 00 01 24",
        "whatsapp": "+212 6 00 00 01 24",
        "locations": [
            {
                "place": SOUANI,
                "address": {"fr": "Rue 29, n° 1, Souani", "ar": "زنقة 29، رقم 1، السواني"},
                "latitude": "35.770500",
                "longitude": "-5.818800",
                "accessibility": STEP_FREE,
            }
        ],
        "services": ["hot-meals", "income-activities"],
    },
    {
        "slug": "chifae-mental-health-foundation",
        "kind": "foundation",
        "name": {
            "ar": "مؤسسة الشفاء للصحة النفسية (مثال)",
            "fr": "Fondation Chifae pour la santé mentale (exemple)",
            "en": "Chifae Mental Health Foundation (example)",
        },
        "summary": {
            "ar": "استشارات نفسية ومركز للاستماع، بأسعار رمزية أو مجاناً.",
            "fr": "Consultations psychologiques et centre d'écoute, gratuits ou à prix symbolique.",
            "en": "Psychological counselling and a listening centre, free or for a token fee.",
        },
        "description": {
            "ar": "تعمل المؤسسة على تقريب خدمات الصحة النفسية من الأحياء الشعبية، وعلى محاربة الوصم المرتبط بها.",
            "fr": "La fondation rapproche les soins de santé mentale des quartiers populaires et lutte contre la honte qui les entoure encore.",
            "en": "The foundation brings mental health care closer to working-class neighbourhoods and fights the stigma that still surrounds it.",
        },
        "year_founded": 2019,
        "phone": "+212 5 39 00 01 25",
        "whatsapp": "+212 6 00 00 01 25",
        "email": "chifae.sante-mentale@example.org",
        "last_verified_on": "2026-08-11",
        "locations": [
            {
                "place": SOUANI,
                "address": {"fr": "Rue 50, n° 22, Iberia", "ar": "زنقة 50، رقم 22، إيبيريا"},
                "latitude": "35.775200",
                "longitude": "-5.826100",
            }
        ],
        "services": ["psychological-support", "listening-centre"],
    },
    # --- Médina -------------------------------------------------------------------------
    {
        "slug": "kasbah-youth-heritage",
        "kind": "association",
        "name": {
            "ar": "جمعية القصبة للشباب والتراث (مثال)",
            "fr": "Association Kasbah Jeunesse et Patrimoine (exemple)",
            "en": "Kasbah Youth and Heritage Association (example)",
        },
        "summary": {
            "ar": "تكوين الشباب في مهن التراث، وورشات المواطنة.",
            "fr": "Former les jeunes aux métiers du patrimoine, ateliers de citoyenneté.",
            "en": "Training young people in heritage crafts, and citizenship workshops.",
        },
        "description": {
            "ar": "يتعلم شباب المدينة القديمة ترميم البنايات والإرشاد السياحي والصناعة التقليدية، ويشاركون في الحفاظ على حيهم.",
            "fr": "Les jeunes de la médina apprennent la restauration du bâti, le guidage et l'artisanat, et participent à la sauvegarde de leur quartier.",
            "en": "Young people from the medina learn building restoration, guiding and crafts, and help look after their neighbourhood.",
        },
        "year_founded": 2011,
        "phone": "+212 5 39 00 01 26",
        "whatsapp": "+212 6 00 00 01 26",
        "email": "kasbah.jeunesse@example.org",
        "last_verified_on": "2026-07-30",
        "locations": [
            {
                "place": MEDINA,
                "address": {"fr": "Derb 4, n° 9, Kasbah", "ar": "درب 4، رقم 9، القصبة"},
                "latitude": "35.788100",
                "longitude": "-5.813200",
            }
        ],
        "services": ["youth-citizenship", "vocational-training"],
    },
    {
        "slug": "oumahat-marshan",
        "kind": "association",
        "name": {
            "ar": "جمعية أمهات مرشان (مثال)",
            "fr": "Association Oumahat Marshan (exemple)",
            "en": "Oumahat Marshan Mothers' Association (example)",
        },
        "summary": {
            "ar": "أمهات يتضامن من أجل حماية أبنائهن من التطرف ومرافقة الأسر المتضررة.",
            "fr": "Des mères qui s'entraident pour protéger leurs enfants de l'extrémisme et soutenir les familles touchées.",
            "en": "Mothers helping each other to protect their children from extremism and to support affected families.",
        },
        "description": {
            "ar": "بعد أن غادر بعض شباب الحي نحو مناطق النزاع، قررت أمهات من مرشان أن يلتقين ويتحدثن. يلتقين اليوم كل أسبوع، ويرافقن الأسر التي عاد أحد أفرادها.",
            "fr": "Après le départ de jeunes du quartier vers des zones de conflit, des mères de Marshan ont décidé de se réunir et de parler. Elles se retrouvent aujourd'hui chaque semaine et accompagnent les familles dont un proche est revenu.",
            "en": "After some young people from the neighbourhood left for conflict zones, mothers in Marshan decided to meet and talk. They now meet every week and support families whose relative has come back.",
        },
        "year_founded": 2016,
        "phone": "+212 5 39 00 01 27",
        "whatsapp": "+212 6 00 00 01 27",
        "last_verified_on": "2026-10-17",
        "locations": [
            {
                "place": MEDINA,
                "address": {"fr": "Rue 13, n° 4, Marshan", "ar": "زنقة 13، رقم 4، مرشان"},
                "latitude": "35.786700",
                "longitude": "-5.822200",
            }
        ],
        "services": ["mothers-circle", "returnee-families-support"],
    },
    {
        "slug": "dradeb-solidarity",
        "kind": "association",
        "name": {
            "ar": "جمعية الدرادب للتضامن (مثال)",
            "fr": "Association Dradeb Solidarité (exemple)",
            "en": "Dradeb Solidarity Association (example)",
        },
        "summary": {
            "ar": "قفف غذائية ووجبات ساخنة وأغطية في الدرادب والسوق البراني.",
            "fr": "Paniers alimentaires, repas chauds et couvertures à Dradeb et au Grand Socco.",
            "en": "Food parcels, hot meals and blankets in Dradeb and at the Grand Socco.",
        },
        "description": {
            "ar": "تدير الجمعية مقراً في الدرادب ونقطة توزيع قرب السوق البراني. يشارك في أنشطتها أكثر من خمسين متطوعاً.",
            "fr": "L'association a un local à Dradeb et un point de distribution près du Grand Socco. Plus de cinquante bénévoles y participent.",
            "en": "The association has premises in Dradeb and a distribution point near the Grand Socco. More than fifty volunteers take part.",
        },
        "year_founded": 2010,
        "phone": "+212 5 39 00 01 28",
        "whatsapp": "+212 6 00 00 01 28",
        "last_verified_on": "2026-11-15",
        "locations": [
            {
                "place": MEDINA,
                "address": {"fr": "Rue 21, n° 16, Dradeb", "ar": "زنقة 21، رقم 16، الدرادب"},
                "latitude": "35.784900",
                "longitude": "-5.829700",
            },
            {
                "place": MEDINA,
                "name": {
                    "ar": "نقطة التوزيع",
                    "fr": "Point de distribution",
                    "en": "Distribution point",
                },
                "address": {
                    "fr": "Rue 9, n° 2, près du Grand Socco",
                    "ar": "زنقة 9، رقم 2، قرب السوق البراني",
                },
                "latitude": "35.785600",
                "longitude": "-5.811900",
            },
        ],
        "services": ["food-baskets", "winter-kits", "hot-meals"],
    },
    {
        "slug": "al-baraka-elders-foundation",
        "kind": "foundation",
        "name": {
            "ar": "مؤسسة البركة للمسنين (مثال)",
            "fr": "Fondation Al Baraka pour les personnes âgées (exemple)",
            "en": "Al Baraka Foundation for Older People (example)",
        },
        "summary": {
            "ar": "زيارات منزلية وفحوصات طبية للمسنين في المدينة القديمة.",
            "fr": "Visites à domicile et consultations médicales pour les aînés de la médina.",
            "en": "Home visits and medical consultations for older people in the medina.",
        },
        "description": {
            "ar": "في أزقة المدينة القديمة يصعب على المسنين التنقل؛ لذلك تنتقل إليهم فرق المؤسسة، وتستقبلهم مرتين في الأسبوع في عيادتها.",
            "fr": "Dans les ruelles de la médina, les aînés se déplacent difficilement : les équipes de la fondation vont donc chez eux, et les reçoivent deux fois par semaine à son cabinet.",
            "en": "Older people find it hard to get around the medina's narrow lanes, so the foundation's teams go to them, and see them twice a week at its clinic.",
        },
        "year_founded": 2003,
        "phone": "+212 5 39 00 01 29",
        "email": "albaraka.aines@example.org",
        "last_verified_on": "2026-06-02",
        "locations": [
            {
                "place": MEDINA,
                "address": {
                    "fr": "Derb 11, n° 31, Médina",
                    "ar": "درب 11، رقم 31، المدينة القديمة",
                },
                "latitude": "35.786300",
                "longitude": "-5.810200",
            }
        ],
        "services": ["home-visits-elderly", "medical-consultations"],
    },
    {
        "slug": "passerelles-migrants",
        "kind": "association",
        "name": {
            "ar": "جمعية جسور للمهاجرين (مثال)",
            "fr": "Association Passerelles pour les migrants (exemple)",
            "en": "Passerelles Association for Migrants (example)",
        },
        "summary": {
            "ar": "استقبال المهاجرين ودعمهم نفسياً وإرشادهم حول العودة الطوعية.",
            "fr": "Accueil, soutien psychologique et information sur le retour volontaire pour les personnes migrantes.",
            "en": "Reception, counselling and advice on voluntary return for migrants.",
        },
        "description": {
            "ar": "تستقبل الجمعية المهاجرين الذين وصلوا حديثاً إلى طنجة، وتصغي إليهم، وتساعدهم على اتخاذ قرارات مستنيرة بشأن مستقبلهم.",
            "fr": "L'association reçoit les personnes migrantes arrivées depuis peu à Tanger, les écoute et les aide à prendre des décisions éclairées sur leur avenir.",
            "en": "The association welcomes migrants who have recently arrived in Tangier, listens to them and helps them make informed decisions about their future.",
        },
        "year_founded": 2015,
        "phone": "+212 5 39 00 01 30",
        "whatsapp": "+212 6 00 00 01 30",
        "email": "passerelles.migrants@example.org",
        "last_verified_on": "2026-10-25",
        "locations": [
            {
                "place": MEDINA,
                "address": {
                    "fr": "Rue 10, n° 8, près du Grand Socco",
                    "ar": "زنقة 10، رقم 8، قرب السوق البراني",
                },
                "latitude": "35.784300",
                "longitude": "-5.813700",
            }
        ],
        "services": ["migrant-reception", "psychological-support", "return-counselling"],
    },
    {
        "slug": "sulh-family-mediation",
        "kind": "association",
        "name": {
            "ar": "جمعية الصلح للوساطة الأسرية (مثال)",
            "fr": "Association Sulh pour la médiation familiale (exemple)",
            "en": "Sulh Family Mediation Association (example)",
        },
        "summary": {
            "ar": "وساطة أسرية واستشارة قانونية في قضايا الأسرة.",
            "fr": "Médiation familiale et conseil juridique en droit de la famille.",
            "en": "Family mediation and legal advice on family law.",
        },
        "description": {
            "ar": "يجمع فريق الجمعية وسطاء ومحامين، حتى تتمكن الأسر من البحث عن حل بالتراضي وهي على علم بحقوقها.",
            "fr": "L'équipe associe médiateurs et avocats, pour que les familles cherchent un accord à l'amiable en connaissant leurs droits.",
            "en": "The team combines mediators and lawyers, so that families can look for an amicable agreement knowing their rights.",
        },
        "year_founded": 2014,
        "phone": "+212 5 39 00 01 31",
        "whatsapp": "+212 6 00 00 01 31",
        "locations": [
            {
                "place": MEDINA,
                "address": {"fr": "Rue 3, n° 14, Marshan", "ar": "زنقة 3، رقم 14، مرشان"},
                "latitude": "35.787400",
                "longitude": "-5.819500",
            }
        ],
        "services": ["family-mediation", "legal-clinic"],
    },
    {
        "slug": "yadina-artisans-cooperative",
        "kind": "cooperative",
        "name": {
            "ar": "تعاونية يدينا لصانعات المدينة القديمة (مثال)",
            "fr": "Coopérative Yadina des artisanes de la Médina (exemple)",
            "en": "Yadina Medina Craftswomen's Cooperative (example)",
        },
        "summary": {
            "ar": "صانعات تقليديات يبعن الطرز والجلد، ويساعدن نساء أخريات على تأسيس تعاونياتهن.",
            "fr": "Des artisanes qui vendent broderies et maroquinerie, et aident d'autres femmes à créer leur coopérative.",
            "en": "Craftswomen selling embroidery and leather goods, who help other women set up cooperatives.",
        },
        "description": {
            "ar": "تملك التعاونية محلاً في المدينة القديمة وتبيع أيضاً عبر الإنترنت. تكوّن عضواتُها النساءَ الجديدات في الحرفة وفي التسيير.",
            "fr": "La coopérative tient une boutique dans la médina et vend aussi en ligne. Ses membres forment les nouvelles venues au métier et à la gestion.",
            "en": "The cooperative has a shop in the medina and also sells online. Its members train newcomers in the craft and in running a business.",
        },
        "year_founded": 2017,
        "phone": "+212 5 39 00 01 32",
        "whatsapp": "+212 6 00 00 01 32",
        "email": "yadina.artisanes@example.org",
        "locations": [
            {
                "place": MEDINA,
                "address": {"fr": "Derb 6, n° 5, Médina", "ar": "درب 6، رقم 5، المدينة القديمة"},
                "latitude": "35.787000",
                "longitude": "-5.809600",
            }
        ],
        "services": ["income-activities", "cooperative-support"],
    },
    {
        "slug": "nahda-women-literacy",
        "kind": "association",
        "name": {
            "ar": "جمعية النهضة لمحو أمية النساء (مثال)",
            "fr": "Association Nahda pour l'alphabétisation des femmes (exemple)",
            "en": "Nahda Women's Literacy Association (example)",
        },
        "summary": {
            "ar": "دروس محو الأمية وورشات المعلوميات للنساء.",
            "fr": "Cours d'alphabétisation et ateliers d'informatique pour les femmes.",
            "en": "Literacy classes and computer workshops for women.",
        },
        "description": {
            "ar": "منذ أكثر من عشرين سنة، تعلمت مئات النساء القراءة في قاعات الجمعية. واليوم يتعلمن أيضاً استعمال الهاتف والحاسوب لقضاء أغراضهن الإدارية.",
            "fr": "Depuis plus de vingt ans, des centaines de femmes ont appris à lire dans ses salles. Aujourd'hui, elles apprennent aussi à utiliser le téléphone et l'ordinateur pour leurs démarches.",
            "en": "For more than twenty years, hundreds of women have learned to read in its classrooms. Today they also learn to use phones and computers for their paperwork.",
        },
        "year_founded": 2002,
        "phone": "+212 5 39 00 01 33",
        "whatsapp": "+212 6 00 00 01 33",
        "last_verified_on": "2026-09-09",
        "locations": [
            {
                "place": MEDINA,
                "address": {"fr": "Rue 7, n° 20, Dradeb", "ar": "زنقة 7، رقم 20، الدرادب"},
                "latitude": "35.785500",
                "longitude": "-5.826900",
            }
        ],
        "services": ["literacy-classes", "computer-workshop"],
    },
    {
        "slug": "bassira-visual-impairment",
        "kind": "association",
        "name": {
            "ar": "جمعية البصيرة للأشخاص ضعاف البصر (مثال)",
            "fr": "Association Bassira pour les personnes malvoyantes (exemple)",
            "en": "Bassira Association for People with Visual Impairments (example)",
        },
        "summary": {
            "ar": "قسم دامج للأطفال المكفوفين وضعاف البصر، ومكتب للدفاع عن حقوقهم.",
            "fr": "Une classe inclusive pour enfants aveugles et malvoyants, et une permanence pour défendre leurs droits.",
            "en": "An inclusive class for blind and partially sighted children, and a desk that stands up for their rights.",
        },
        "description": {
            "ar": "تعلم الجمعية الأطفال القراءة بطريقة برايل وتعيرهم أدوات مكيفة، وتساعد الكبار على المطالبة بحقوقهم في الولوج.",
            "fr": "L'association apprend le braille aux enfants, leur prête du matériel adapté et aide les adultes à faire valoir leurs droits d'accès.",
            "en": "The association teaches children braille, lends them adapted equipment and helps adults claim their right to access.",
        },
        "year_founded": 2008,
        "phone": "+212 5 39 00 01 34",
        "whatsapp": "+212 6 00 00 01 34",
        "email": "bassira@example.org",
        "last_verified_on": "2026-10-03",
        "locations": [
            {
                "place": MEDINA,
                "address": {"fr": "Rue 16, n° 2, Kasbah", "ar": "زنقة 16، رقم 2، القصبة"},
                "latitude": "35.788800",
                "longitude": "-5.815600",
                "accessibility": {
                    "ar": "مدخل بدون درج ومسار إرشادي للمكفوفين",
                    "fr": "Entrée de plain-pied et bande de guidage au sol",
                    "en": "Step-free entrance and tactile guide path",
                },
            }
        ],
        "services": ["inclusive-class", "human-rights-desk"],
    },
]
