"""Themes, audiences and languages, and the places the demo content refers to.

Synonyms are the words residents type when they look for help, comma-separated, in each
language; the search matches them as well as the names.
"""

# ruff: noqa: E501  (prose and word lists read better unwrapped)

# Themes: a two-level tree. A theme with a "parent" is a narrower theme of it; the order
# of this list is the order the site shows them in.
THEMES = [
    {
        "slug": "human-rights",
        "name": {"ar": "حقوق الإنسان", "fr": "Droits de l'Homme", "en": "Human rights"},
        "synonyms": {
            "ar": "حقوق, حقوق الانسان, حريات, كرامة, تمييز, شكاية",
            "fr": "droits de l'homme, droits humains, libertés, dignité, discrimination, plainte",
            "en": "rights, freedoms, dignity, discrimination, complaint",
        },
    },
    {
        "slug": "rights-of-the-child",
        "parent": "human-rights",
        "name": {"ar": "حقوق الطفل", "fr": "Droits de l'enfant", "en": "Rights of the child"},
        "synonyms": {
            "ar": "طفل, أطفال, الطفولة, حماية الطفولة, سوء المعاملة, تشغيل الأطفال",
            "fr": "enfant, enfants, enfance, protection de l'enfance, maltraitance, travail des enfants",
            "en": "child, children, childhood, child protection, abuse, child labour",
        },
    },
    {
        "slug": "migration",
        "name": {"ar": "الهجرة", "fr": "Migration", "en": "Migration"},
        "synonyms": {
            "ar": "هجرة, مهاجر, مهاجرين, لجوء, لاجئين, بطاقة الإقامة, تسوية الوضعية",
            "fr": "migration, migrants, immigration, exil, asile, réfugiés, carte de séjour, régularisation",
            "en": "immigration, migrants, asylum, refugees, residence permit, regularisation",
        },
    },
    {
        "slug": "protection",
        "parent": "migration",
        "name": {"ar": "الحماية", "fr": "Protection", "en": "Protection"},
        "synonyms": {
            "ar": "حماية, قاصرين غير مصحوبين, الاتجار بالبشر, ضحايا, هشاشة",
            "fr": "protection, mineurs non accompagnés, traite, victimes, vulnérabilité, mise à l'abri",
            "en": "safeguarding, unaccompanied minors, trafficking, victims, vulnerability",
        },
    },
    {
        "slug": "voluntary-return",
        "parent": "migration",
        "name": {
            "ar": "العودة الطوعية وإعادة الإدماج",
            "fr": "Retour volontaire et réintégration",
            "en": "Voluntary return and reintegration",
        },
        "synonyms": {
            "ar": "عودة, عودة طوعية, الرجوع إلى البلد الأصلي, إعادة الإدماج",
            "fr": "retour, retour volontaire, rentrer au pays, rapatriement, réintégration, réinsertion",
            "en": "return, going home, repatriation, reintegration",
        },
    },
    {
        "slug": "prevention-violent-extremism",
        "name": {
            "ar": "الوقاية من التطرف العنيف",
            "fr": "Prévention de l'extrémisme violent",
            "en": "Prevention of violent extremism",
        },
        "synonyms": {
            "ar": "تطرف, التطرف العنيف, تشدد, إرهاب, نزع التطرف, إعادة الإدماج",
            "fr": "extrémisme, radicalisation, déradicalisation, terrorisme, P/CVE, PVE, réinsertion",
            "en": "extremism, radicalisation, deradicalisation, terrorism, P/CVE, PVE, reintegration",
        },
    },
    {
        "slug": "women-and-mothers",
        "name": {"ar": "النساء والأمهات", "fr": "Femmes et mères", "en": "Women and mothers"},
        "synonyms": {
            "ar": "امرأة, نساء, أم, أمهات, مساواة, العنف ضد النساء, أمومة",
            "fr": "femme, femmes, mère, mères, maman, égalité, violences faites aux femmes, maternité",
            "en": "woman, women, mother, mum, gender equality, violence against women, maternity",
        },
    },
    {
        "slug": "health",
        "name": {"ar": "الصحة", "fr": "Santé", "en": "Health"},
        "synonyms": {
            "ar": "صحة, علاج, طبيب, مستشفى, مستوصف, أدوية, فحص, قابلة, ولادة, تلقيح, ممرض, حمل, حامل, حوامل, تتبع الحمل",
            "fr": "santé, soins, médecin, hôpital, dispensaire, médicaments, consultation, sage-femme, accouchement, vaccination, infirmier, grossesse, enceinte, suivi de grossesse",
            "en": "healthcare, care, doctor, hospital, clinic, medicine, check-up, midwife, childbirth, vaccination, nurse, pregnancy, pregnant, antenatal care",
        },
    },
    {
        "slug": "psychosocial-support",
        "parent": "health",
        "name": {
            "ar": "الدعم النفسي والاجتماعي",
            "fr": "Soutien psychosocial",
            "en": "Psychosocial support",
        },
        "synonyms": {
            "ar": "أخصائي نفسي, دعم نفسي, إنصات, الصحة النفسية, صدمة, قلق",
            "fr": "psychologue, soutien psychologique, écoute, santé mentale, traumatisme, stress",
            "en": "psychologist, counselling, listening, mental health, trauma, stress",
        },
    },
    {
        "slug": "education-literacy",
        "name": {
            "ar": "التعليم ومحو الأمية",
            "fr": "Éducation et alphabétisation",
            "en": "Education and literacy",
        },
        "synonyms": {
            "ar": "مدرسة, دعم مدرسي, محو الأمية, قراءة, كتابة, دروس, الهدر المدرسي",
            "fr": "école, soutien scolaire, alphabétisation, lecture, écriture, cours, décrochage",
            "en": "school, tutoring, literacy, reading, writing, classes, dropout",
        },
    },
    {
        "slug": "humanitarian-aid",
        "name": {"ar": "المساعدة الإنسانية", "fr": "Aide humanitaire", "en": "Humanitarian aid"},
        "synonyms": {
            "ar": "مساعدة, إغاثة, طوارئ, توزيع, تبرعات",
            "fr": "aide, urgence, secours, distribution, dons",
            "en": "aid, relief, emergency, distribution, donations",
        },
    },
    {
        "slug": "shelter",
        "parent": "humanitarian-aid",
        "name": {"ar": "الإيواء", "fr": "Hébergement", "en": "Shelter"},
        "synonyms": {
            "ar": "إيواء, سكن, مأوى, دار الإيواء, مركز استقبال, مبيت, بدون مأوى, مشرد, مشردين",
            "fr": "hébergement, logement, abri, foyer, centre d'accueil, dormir, sans-abri, SDF, à la rue",
            "en": "housing, accommodation, refuge, hostel, somewhere to sleep, homeless, sleeping rough",
        },
    },
    {
        "slug": "food-and-basic-goods",
        "parent": "humanitarian-aid",
        "name": {
            "ar": "الغذاء والمواد الأساسية",
            "fr": "Alimentation et produits de première nécessité",
            "en": "Food and basic goods",
        },
        "synonyms": {
            "ar": "طعام, وجبات, قفة, قفة رمضان, أغطية, ملابس, مواد النظافة",
            "fr": "nourriture, repas, panier alimentaire, couffin, couvertures, vêtements, kit d'hygiène",
            "en": "food, meals, food parcel, blankets, clothes, hygiene kit",
        },
    },
    {
        "slug": "social-economic-development",
        "name": {
            "ar": "التنمية الاجتماعية والاقتصادية",
            "fr": "Développement social et économique",
            "en": "Social and economic development",
        },
        "synonyms": {
            "ar": "تنمية, أنشطة مدرة للدخل, تعاونية, قروض صغرى, الاقتصاد الاجتماعي, المبادرة الوطنية للتنمية البشرية",
            "fr": "développement, AGR, activité génératrice de revenus, coopérative, microcrédit, économie sociale, INDH",
            "en": "development, income-generating activity, cooperative, microcredit, social economy",
        },
    },
    {
        "slug": "mediation-conflict-transformation",
        "name": {
            "ar": "الوساطة وتحويل النزاعات",
            "fr": "Médiation et transformation des conflits",
            "en": "Mediation and conflict transformation",
        },
        "synonyms": {
            "ar": "وساطة, نزاع, خلاف, صلح, مصالحة, حوار, سلام",
            "fr": "médiation, conflit, dispute, litige, réconciliation, dialogue, paix",
            "en": "mediation, conflict, dispute, reconciliation, dialogue, peace",
        },
    },
    {
        "slug": "legal-aid",
        "name": {"ar": "المساعدة القانونية", "fr": "Aide juridique", "en": "Legal aid"},
        "synonyms": {
            "ar": "محامي, استشارة قانونية, محكمة, دعوى, الحالة المدنية, طلاق, نفقة, مدونة الأسرة",
            "fr": "avocat, juriste, conseil juridique, tribunal, procès, état civil, divorce, pension alimentaire, Moudawana",
            "en": "lawyer, legal advice, court, lawsuit, civil registration, divorce, alimony, family code",
        },
    },
    {
        "slug": "youth-employment",
        "name": {
            "ar": "تشغيل الشباب وتكوينهم",
            "fr": "Emploi et formation des jeunes",
            "en": "Employment and training for youth",
        },
        "synonyms": {
            "ar": "شغل, عمل, بطالة, تكوين مهني, تدريب, تدريب مهني, سيرة ذاتية",
            "fr": "emploi, travail, chômage, formation professionnelle, stage, apprentissage, CV",
            "en": "jobs, work, unemployment, vocational training, internship, apprenticeship, CV",
        },
    },
]

# Audiences: who a service or project is for, in the order the site shows them.
AUDIENCES = [
    {
        "slug": "mothers",
        "name": {"ar": "الأمهات", "fr": "Mères", "en": "Mothers"},
        "synonyms": {
            "ar": "أم, أمهات, حامل, حوامل, الحمل, مرضعة",
            "fr": "mère, mères, maman, mamans, enceinte, femmes enceintes, future maman, grossesse",
            "en": "mother, mum, mom, pregnant, pregnant women, expectant mother, pregnancy",
        },
    },
    {
        "slug": "women",
        "name": {"ar": "النساء", "fr": "Femmes", "en": "Women"},
        "synonyms": {
            "ar": "امرأة, نساء, فتاة, فتيات",
            "fr": "femme, femmes, fille, jeunes filles",
            "en": "woman, girls",
        },
    },
    {
        "slug": "migrants",
        "name": {"ar": "المهاجرون", "fr": "Migrants", "en": "Migrants"},
        "synonyms": {
            "ar": "مهاجر, مهاجرين, مهاجرون, لاجئين",
            "fr": "migrant, migrante, migrants, réfugiés",
            "en": "migrant, refugee",
        },
    },
    {
        "slug": "unaccompanied-minors",
        "name": {
            "ar": "القاصرون غير المصحوبين",
            "fr": "Mineurs non accompagnés",
            "en": "Unaccompanied minors",
        },
        "synonyms": {
            "ar": "قاصر, قاصرين, قاصرين مهاجرين, غير المرافقين, أطفال غير مرافقين, أطفال الشوارع",
            "fr": "MNA, mineur isolé, mineurs étrangers, enfants des rues",
            "en": "separated children, minor migrants, street children",
        },
    },
    {
        "slug": "children",
        "name": {"ar": "الأطفال", "fr": "Enfants", "en": "Children"},
        "synonyms": {
            "ar": "طفل, أطفال, تلاميذ, رضع, رضيع, رضيعة, صغار",
            "fr": "enfant, enfants, élèves, bébés, nourrisson, nourrissons, petits",
            "en": "child, kids, pupils, babies, infant, infants, toddlers",
        },
    },
    {
        "slug": "youth",
        "name": {"ar": "الشباب", "fr": "Jeunes", "en": "Youth"},
        "synonyms": {
            "ar": "شاب, شباب, شابات, مراهقين, طلبة",
            "fr": "jeune, jeunes, adolescents, étudiants",
            "en": "young people, teenagers, students",
        },
    },
    {
        "slug": "families-of-returnees",
        "name": {
            "ar": "أسر العائدين",
            "fr": "Familles de rapatriés",
            "en": "Families of returnees",
        },
        "synonyms": {
            "ar": "عائدين, العائدون من بؤر التوتر, أسر, أقارب",
            "fr": "rapatriés, retour des zones de conflit, proches, famille",
            "en": "returnees, returning from conflict zones, relatives, family",
        },
    },
    {
        "slug": "associations",
        "name": {
            "ar": "الجمعيات وفاعلو المجتمع المدني",
            "fr": "Associations et acteurs de la société civile",
            "en": "Associations and civil-society staff",
        },
        "synonyms": {
            "ar": "جمعية, جمعيات, منظمات غير حكومية, متطوعين, المجتمع المدني",
            "fr": "association, ONG, bénévoles, société civile, acteurs associatifs",
            "en": "association, NGO, CSO, volunteers, civil society",
        },
    },
    {
        "slug": "people-with-disabilities",
        "name": {
            "ar": "الأشخاص في وضعية إعاقة",
            "fr": "Personnes en situation de handicap",
            "en": "People with disabilities",
        },
        "synonyms": {
            "ar": "إعاقة, معاق, كرسي متحرك, ضعاف البصر, صم, توحد",
            "fr": "handicap, handicapé, fauteuil roulant, malvoyant, sourd, autisme",
            "en": "disability, disabled, wheelchair, visually impaired, deaf, autism",
        },
    },
    {
        "slug": "elderly",
        "name": {"ar": "المسنون", "fr": "Personnes âgées", "en": "Elderly people"},
        "synonyms": {
            "ar": "مسن, مسنين, كبار السن, متقاعدين",
            "fr": "âgé, personnes âgées, seniors, retraités, anciens",
            "en": "older people, seniors, pensioners, aged",
        },
    },
    {
        "slug": "public-authorities",
        "name": {
            "ar": "السلطات العمومية",
            "fr": "Autorités publiques",
            "en": "Public authorities",
        },
        "synonyms": {
            "ar": "إدارة, الدولة, وزارة, جماعة, جماعات ترابية, مؤسسات عمومية",
            "fr": "administration, État, ministère, commune, collectivités territoriales, institutions",
            "en": "administration, government, ministry, municipality, local authorities, institutions",
        },
    },
]

# Languages staff speak or services are delivered in (ISO 639 codes), in display order.
LANGUAGES = [
    {"code": "ar", "name": {"ar": "العربية", "fr": "Arabe", "en": "Arabic"}},
    {
        "code": "ary",
        "name": {
            "ar": "الدارجة المغربية",
            "fr": "Darija (arabe marocain)",
            "en": "Moroccan Darija",
        },
    },
    {"code": "zgh", "name": {"ar": "الأمازيغية", "fr": "Tamazight", "en": "Tamazight"}},
    {"code": "fr", "name": {"ar": "الفرنسية", "fr": "Français", "en": "French"}},
    {"code": "en", "name": {"ar": "الإنجليزية", "fr": "Anglais", "en": "English"}},
    {"code": "es", "name": {"ar": "الإسبانية", "fr": "Espagnol", "en": "Spanish"}},
]

# Places the demo content refers to, by HCP code (loaded by `manage.py import_places`).
# Codes, not slugs: codes are the official keys and never change.
BNI_MAKADA = "01.511.01.03"  # the four arrondissements of Tangier
MGHOGHA = "01.511.01.05"
SOUANI = "01.511.01.06"
MEDINA = "01.511.01.07"
NADOR = "02.381.01.05"  # the commune of Nador

TANGER_TETOUAN_AL_HOCEIMA = "01"  # regions
ORIENTAL = "02"
RABAT_SALE_KENITRA = "04"
DRAA_TAFILALET = "08"
