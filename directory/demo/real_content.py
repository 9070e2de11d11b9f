"""Real organizations, projects, partnerships and news, from the documents in shared/seeds/.

Every fact here comes from those documents: no phone number, address, website or date
was added. Texts quoted from a document keep its wording in its own language (English for
the Nordic Center and the Ministry of State, French for IOM); the other two languages are
translations. Where a document breaks off mid-sentence, the text ends with "…".
"""

# ruff: noqa: E501  (prose reads better unwrapped)

from .taxonomy import (
    DRAA_TAFILALET,
    NADOR,
    ORIENTAL,
    RABAT_SALE_KENITRA,
    TANGER_TETOUAN_AL_HOCEIMA,
)

# --- Organizations ---------------------------------------------------------------------

ORGANIZATIONS = [
    {
        "slug": "nordic-center",
        "kind": "association",
        "name": {
            "ar": "المركز النوردي لتحويل النزاعات",
            "fr": "Centre nordique pour la transformation des conflits",
            "en": "The Nordic Center for Conflict Transformation",
        },
        "summary": {
            "ar": "يعمل في المغرب على الوقاية من التطرف العنيف وتمكين الأمهات والوساطة، من خلال برامج مثل OUM-Action وReorient وAction Al-Wassit.",
            "fr": "Travaille au Maroc sur la prévention de l'extrémisme violent, l'autonomisation des mères et la médiation, avec des programmes comme OUM-Action, Reorient et Action Al-Wassit.",
            "en": "Works in Morocco on preventing violent extremism, empowering mothers and mediation, with programmes such as OUM-Action, Reorient and Action Al-Wassit.",
        },
        "description": {
            "ar": "يدير المركز النوردي لتحويل النزاعات برنامج OUM-Action، وهو برنامج للتمكين من إعداد الأمهات ولفائدتهن في المغرب؛ ومشروع Reorient الذي يهدف إلى تعزيز الإطار القانوني والسياساتي للمغرب في مجال التصدي للتطرف العنيف؛ ومشروع Action Al-Wassit بشراكة مع مؤسسة الوسيط الوطنية.",
            "fr": "Le Centre nordique pour la transformation des conflits mène OUM-Action, un programme d'autonomisation conçu par et pour les mères au Maroc ; le projet Reorient, qui vise à renforcer le cadre juridique et politique du Maroc face à l'extrémisme violent ; et Action Al-Wassit, en partenariat avec l'institution nationale du médiateur.",
            "en": "The Nordic Center for Conflict Transformation runs OUM-Action, an empowerment program developed by and for mothers in Morocco; the Reorient project, which aims to strengthen Morocco's legal and policy framework to address violent extremism; and Action Al-Wassit, in partnership with the national mediator institution.",
        },
        "mission": {
            "ar": "تتمثل مهمتنا في إحراز تقدم نحو ترسيخ سلام إيجابي ودائم على الصعيد العالمي، من خلال العمل مع الأفراد والمجموعات والمجتمعات المحلية…",
            "fr": "Notre mission est de faire progresser la normalisation d'une paix positive et durable dans le monde, en travaillant avec des individus, des groupes, des communautés…",
            "en": "Our Mission is to generate progress towards the normalization of positive and lasting peace globally, by working with individuals, groups, communities…",
        },
        "themes": [
            "prevention-violent-extremism",
            "mediation-conflict-transformation",
            "women-and-mothers",
        ],
        "audiences": ["mothers", "public-authorities", "associations"],
        "countries": ["MA"],
    },
    {
        "slug": "mediator-institution",
        "kind": "public",
        "name": {
            "ar": "مؤسسة وسيط المملكة",
            "fr": "Institution du Médiateur du Royaume",
            "en": "Institution of the Mediator of the Kingdom",
        },
        "summary": {
            "ar": "مؤسسة الوسيط الوطنية، شريكة المركز النوردي لتحويل النزاعات في مشروع Action Al-Wassit.",
            "fr": "L'institution nationale du médiateur, partenaire du Centre nordique pour la transformation des conflits dans le projet Action Al-Wassit.",
            "en": "The national mediator institution, partner of the Nordic Center for Conflict Transformation in the Action Al-Wassit project.",
        },
        "themes": ["mediation-conflict-transformation"],
        "countries": ["MA"],
    },
    {
        "slug": "ministry-human-rights",
        "kind": "public",
        "name": {
            "ar": "وزارة الدولة المكلفة بحقوق الإنسان",
            "fr": "Ministère d'État chargé des Droits de l'Homme",
            "en": "Ministry of State for Human Rights",
        },
        "summary": {
            "ar": "تقوي قدرات الجمعيات، ولا سيما العاملة منها في مجال التفاعل مع المنظومة الأممية لحقوق الإنسان وفي مجال حقوق الطفل.",
            "fr": "Renforce les capacités des associations, notamment celles qui œuvrent dans l'interaction avec le système onusien des droits de l'Homme et dans le domaine des droits de l'enfant.",
            "en": "Strengthens the capacities of associations, in particular those working on interaction with the UN human rights system and on the rights of the child.",
        },
        "description": {
            "ar": "تقوم وزارة الدولة بدور أساسي في تقوية قدرات المجتمع المدني من خلال برامج مختلفة: التكوين ودعم المشاريع. وقد أطلقت في 26 شتنبر 2017 برنامج تقوية قدرات الجمعيات العاملة في مجال التفاعل مع المنظومة الأممية لحقوق الإنسان.",
            "fr": "Le Ministère d'État joue un rôle essentiel dans le renforcement des capacités de la société civile à travers différents programmes : formation et soutien aux projets. Il a lancé le 26 septembre 2017 le Programme de renforcement des capacités des associations œuvrant dans l'interaction avec le système onusien des droits de l'Homme.",
            "en": "The Ministry of State plays an essential role in enhancing civil society capacities through different programs: capacity training and support of projects. On 26 September 2017 it launched the Capacity Enhancement Program for associations working on interaction with the UN human rights system.",
        },
        "themes": ["human-rights", "rights-of-the-child"],
        "audiences": ["associations"],
        "countries": ["MA"],
    },
    {
        "slug": "iom-morocco",
        "kind": "international",
        "name": {
            "ar": "المنظمة الدولية للهجرة بالمغرب",
            "fr": "OIM Maroc",
            "en": "IOM Morocco",
        },
        "summary": {
            "ar": "بعثة المنظمة الدولية للهجرة، وهي جزء من منظومة الأمم المتحدة، حاضرة في المغرب منذ سنة 2007.",
            "fr": "La mission de l'Organisation internationale pour les migrations, qui fait partie du système des Nations Unies, présente au Maroc depuis 2007.",
            "en": "The mission of the International Organization for Migration, part of the United Nations system, present in Morocco since 2007.",
        },
        "description": {
            "ar": "المنظمة الدولية للهجرة جزء من منظومة الأمم المتحدة، وهي أول منظمة حكومية دولية تعمل منذ سنة 1951 على تعزيز هجرة إنسانية ومنظمة تعود بالنفع على الجميع. تضم 174 دولة عضواً وتوجد في أكثر من 100 بلد، وهي حاضرة في المغرب منذ سنة 2007.\n\nوبصفتها المنظمة الحكومية الدولية الرئيسية التي تعمل منذ 1951 على تعزيز هجرة إنسانية ومنظمة، تضطلع المنظمة الدولية للهجرة بدور أساسي في دعم تحقيق خطة التنمية المستدامة لعام 2030، من خلال مجالات تدخل مختلفة تربط بين المساعدة الإنسانية والتنمية المستدامة.",
            "fr": "L'Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies et est la première organisation intergouvernementale à promouvoir depuis 1951 une migration humaine et ordonnée qui profite à tous, composée de 174 États membres et présente dans plus de 100 pays. L'OIM est présente au Maroc depuis 2007.\n\nEn tant que principale organisation intergouvernementale qui promeut depuis 1951 une migration humaine et ordonnée, l'OIM joue un rôle clé pour soutenir la réalisation du Programme 2030 à travers différents domaines d'intervention qui relient à la fois l'aide humanitaire et le développement durable.",
            "en": "The International Organization for Migration (IOM) is part of the United Nations system and is the leading intergovernmental organization promoting, since 1951, humane and orderly migration that benefits all. It has 174 member states and is present in more than 100 countries. IOM has been present in Morocco since 2007.\n\nAs the leading intergovernmental organization promoting humane and orderly migration since 1951, IOM plays a key role in supporting the achievement of the 2030 Agenda through different areas of intervention that link humanitarian assistance and sustainable development.",
        },
        "mission": {
            "ar": "تركز بعثة المنظمة الدولية للهجرة بالمغرب أنشطتها على ثلاثة محاور موضوعاتية: محور الحماية والقدرة على الصمود؛ ومحور الهجرة والحكامة والتنمية؛ ومحور دعم الشباب.",
            "fr": "La Mission OIM Maroc concentre ses activités autour de trois axes thématiques : l'axe protection et résilience ; l'axe migration, gouvernance et développement ; et, enfin, l'axe d'appui à la jeunesse.",
            "en": "The IOM Morocco mission focuses its activities on three thematic axes: protection and resilience; migration, governance and development; and youth support.",
        },
        "themes": ["migration", "protection", "voluntary-return", "health", "humanitarian-aid"],
        "audiences": ["migrants", "youth"],
        "countries": ["MA"],
    },
    {
        "slug": "caritas-morocco",
        "kind": "association",
        "name": {"ar": "كاريتاس المغرب", "fr": "Caritas au Maroc", "en": "Caritas Morocco"},
        "summary": {
            "ar": "تعمل لفائدة المهاجرين في وضعية هشاشة، وشريكة للمنظمة الدولية للهجرة بموجب مذكرة تفاهم موقعة في يونيو 2017.",
            "fr": "Intervient au profit des migrants vulnérables ; partenaire de l'OIM au Maroc par un mémorandum d'entente signé en juin 2017.",
            "en": "Works for vulnerable migrants; a partner of IOM in Morocco through a memorandum of understanding signed in June 2017.",
        },
        "description": {
            "ar": "وقّعت كاريتاس المغرب والمنظمة الدولية للهجرة بالمغرب يوم 2 يونيو 2017 مذكرة تفاهم لتنسيق أنشطتهما لفائدة المهاجرين في وضعية هشاشة وضائقة، تشمل الصحة والإيواء وحماية القاصرين غير المصحوبين والمواكبة النفسية والاجتماعية والمساعدة على العودة الطوعية وإعادة الإدماج، والترافع من أجل إدماج أفضل للمهاجرين.",
            "fr": "Caritas au Maroc et l'OIM au Maroc ont signé le 2 juin 2017 un mémorandum d'entente pour coordonner leurs activités au profit des migrants vulnérables et en détresse : santé, hébergement, protection des mineurs non accompagnés, accompagnement psycho-social, aide au retour volontaire et à la réintégration, et plaidoyer pour une meilleure intégration des migrants.",
            "en": "On 2 June 2017 Caritas Morocco and IOM Morocco signed a memorandum of understanding to coordinate their activities for vulnerable migrants and migrants in distress: health, shelter, protection of unaccompanied minors, psychosocial support, assisted voluntary return and reintegration, and advocacy for a better integration of migrants.",
        },
        "themes": ["migration", "protection", "shelter", "health", "psychosocial-support"],
        "audiences": ["migrants", "unaccompanied-minors"],
        "countries": ["MA"],
    },
    {
        "slug": "asticude",
        "kind": "association",
        "name": {"ar": "جمعية ASTICUDE", "fr": "ASTICUDE", "en": "ASTICUDE"},
        "summary": {
            "ar": "جمعية بالناظور، شريكة للمنظمة الدولية للهجرة في المساعدة الإنسانية للمهاجرين والمهاجرات الذين يعيشون في الغابات المحيطة بالمدينة.",
            "fr": "Association de Nador, partenaire de l'OIM pour l'assistance humanitaire aux migrant-e-s vivant dans les forêts aux alentours de la ville.",
            "en": "An association in Nador, IOM's partner in humanitarian assistance to migrants living in the forests around the city.",
        },
        "description": {
            "ar": "احتضن مقر الجمعية يوم 5 أبريل 2017 العملية الثانية لتوزيع حصص إنسانية على 40 مهاجراً ومهاجرة من دول إفريقيا جنوب الصحراء، في إطار شراكتها مع المنظمة الدولية للهجرة ضمن مشروع «النهوض بالصحة والرفاه في صفوف المهاجرين في المغرب وتونس وليبيا ومصر واليمن».",
            "fr": "Le 5 avril 2017, ses locaux ont accueilli la deuxième opération de distribution de kits humanitaires à 40 migrant-e-s subsaharien-ne-s, dans le cadre de son partenariat avec l'OIM sous le projet « Promotion de la santé et du bien-être parmi les migrants au Maroc, en Tunisie, en Libye, en Égypte et au Yémen ».",
            "en": "On 5 April 2017 its premises hosted the second distribution of humanitarian kits to 40 sub-Saharan migrants, as part of its partnership with IOM under the project “Promoting health and well-being among migrants in Morocco, Tunisia, Libya, Egypt and Yemen”.",
        },
        "themes": ["migration", "humanitarian-aid", "food-and-basic-goods"],
        "audiences": ["migrants", "women"],
        "countries": ["MA"],
        # The seed names the association's premises in Nador but not their address.
        "locations": [{"place": NADOR}],
    },
    {
        "slug": "finland-ministry-foreign-affairs",
        "kind": "public",
        "name": {
            "ar": "وزارة الخارجية الفنلندية",
            "fr": "Ministère des Affaires étrangères de la Finlande",
            "en": "Ministry for Foreign Affairs of Finland",
        },
        "summary": {
            "ar": "تموّل مشروع المنظمة الدولية للهجرة للنهوض بالصحة والرفاه في صفوف المهاجرين في المغرب وتونس وليبيا ومصر واليمن.",
            "fr": "Finance le projet de l'OIM de promotion de la santé et du bien-être parmi les migrants au Maroc, en Tunisie, en Libye, en Égypte et au Yémen.",
            "en": "Funds IOM's project promoting health and well-being among migrants in Morocco, Tunisia, Libya, Egypt and Yemen.",
        },
        "themes": ["health", "migration"],
        "countries": ["FI"],
    },
]

# --- Projects --------------------------------------------------------------------------
# "lead", "partners", "implementers" and "funders" are organization slugs; "parent" is the
# slug of the programme a phase belongs to, so programmes come before their phases.

PROJECTS = [
    {
        "slug": "oum-action",
        "kind": "programme",
        "title": {"ar": "برنامج OUM-Action", "fr": "OUM-Action", "en": "OUM-Action"},
        "summary": {
            "ar": "برنامج للتمكين من إعداد الأمهات ولفائدتهن",
            "fr": "Programme d'autonomisation conçu par et pour les mères",
            "en": "Empowerment program developed by and for mothers",
        },
        "description": {
            "ar": "OUM-Action برنامج تربوي مبتكر لبناء القدرات موجَّه إلى الأمهات، يهدف إلى تعزيز دور الأمهات في المغرب حتى يُسهمن بشكل بنّاء في الوقاية من النزاعات وتعزيز القدرة على الصمود وإرساء أسس تنمية اقتصادية واجتماعية وسياسية دامجة.",
            "fr": "OUM-Action est un programme innovant d'éducation et de renforcement des capacités conçu pour les mères. Son objectif est de renforcer le rôle des mères au Maroc pour qu'elles agissent de manière constructive dans la prévention des conflits, le renforcement de la résilience et la construction des bases d'un développement économique, social et politique inclusif.",
            "en": "OUM-Action is an innovative educational and capacity building program designed for mothers, the goal of the program is to strengthen the role of mothers in Morocco to act constructively in preventing conflicts, building resilience and laying the foundation for inclusive economic, social and political development.",
        },
        "achievement": 96,
        "achievement_source": "reported",
        "lead": "nordic-center",
        "themes": ["prevention-violent-extremism", "women-and-mothers"],
        "audiences": ["mothers"],
        "countries": ["MA"],
        # The "Key Objectives" of the programme's page, in its order and wording.
        "objectives": [
            {
                "ar": "تعزيز قدرة السلطات المغربية على وضع وتنفيذ استراتيجيات فعّالة للمتابعة القضائية في حق المتطرفين العنيفين والأشخاص المرتبطين بتنظيمات إرهابية (مثل الأشخاص المشتبه في انتمائهم إلى تنظيمات إرهابية العائدين من مناطق النزاع، وأسرهم). وستكون هذه الاستراتيجيات منسجمة مع المعايير الدولية لحقوق الإنسان ومبادئ سيادة القانون.",
                "fr": "Renforcer la capacité des autorités marocaines à concevoir et à mettre en œuvre des stratégies de poursuite efficaces à l'encontre des extrémistes violents et des personnes associées à des organisations terroristes (telles que les personnes soupçonnées d'affiliation terroriste revenant de zones de conflit, et leurs familles). Ces stratégies seront conformes aux normes internationales des droits de l'Homme et à l'État de droit.",
                "en": "Enhance Moroccan authorities’ ability to design and implement effective prosecution strategies for violent extremists and individuals associated with terrorist organizations (such as individuals suspected of terrorist affiliation returning from conflict zones and their families). These strategies will be in line with international human rights norms and rule of law.",
            },
            {
                "ar": "مساعدة المؤسسات الرئيسية على التصدي بفعالية لصعوبات إعادة تأهيل وإدماج المتطرفين العنيفين السابقين والأشخاص المدانين بتهم الإرهاب والتهم المرتبطة به، والأشخاص المشتبه في انتمائهم إلى تنظيمات إرهابية العائدين من مناطق النزاع وأسرهم. وسيتم التنفيذ بتنسيق وثيق مع المؤسسات الحكومية الرئيسية ومنظمات المجتمع المدني.",
                "fr": "Aider les institutions clés à faire face efficacement aux difficultés de la réhabilitation et de la réintégration des anciens extrémistes violents, des personnes condamnées pour terrorisme et pour des chefs d'accusation connexes, ainsi que des personnes soupçonnées d'affiliation terroriste revenant de zones de conflit et de leurs familles. La mise en œuvre se fera en étroite coordination avec les principales institutions gouvernementales et les organisations de la société civile.",
                "en": "Assist key institutions in effectively addressing the difficulties of rehabilitating and reintegrating former violent extremists and individuals convicted of terrorism and related charges and those suspected of terrorist affiliation returning from conflict zones and their families). The implementation will be accomplished through close coordination with key government institutions and civil society organizations.",
            },
            {
                "ar": "تحسين قدرة مؤسسات الدولة والمؤسسات الحكومية الرئيسية على تتبع وتقييم فعالية تدخلات الوقاية من التطرف العنيف ومكافحته.",
                "fr": "Améliorer la capacité des principales institutions étatiques et gouvernementales à suivre et à évaluer l'efficacité des interventions de prévention et de lutte contre l'extrémisme violent (P/CVE).",
                "en": "Improve the ability of key state and governmental institutions to monitor and evaluate the effectiveness of P/CVE interventions.",
            },
            {
                "ar": "تعزيز التعاون بين منظمات المجتمع المدني التي تنفذ مبادرات الوقاية من التطرف العنيف ومكافحته على المستوى المحلي والمؤسسات الحكومية ومؤسسات الدولة الرئيسية. وسيدعم هذا التعاون إعادة تأهيل وإدماج المشتبه في تورطهم في الإرهاب والمتطرفين العنيفين والأشخاص الذين كانت لهم صلة بجماعات إرهابية.",
                "fr": "Favoriser une collaboration plus étroite entre les organisations de la société civile (OSC) qui mettent en œuvre des initiatives P/CVE au niveau local et les principales institutions gouvernementales et étatiques. Cette collaboration soutiendra la réhabilitation et la réintégration des personnes soupçonnées de terrorisme, des extrémistes violents et des personnes ayant été associées à des groupes terroristes.",
                "en": "Foster stronger collaboration between civil society organizations (CSOs) implementing P/CVE initiatives at the local level and the key governmental and state institutions. This collaboration will support the rehabilitation and reintegration of terrorism suspects, violent extremists, and individuals who were associated with terrorist groups.",
            },
        ],
    },
    {
        "slug": "reorient",
        "kind": "project",
        "title": {"ar": "مشروع Reorient", "fr": "Reorient", "en": "Reorient"},
        "summary": {
            "ar": "يهدف هذا المشروع إلى تعزيز الإطار القانوني والسياساتي للمغرب في مجال التصدي للتطرف العنيف.",
            "fr": "Ce projet vise à renforcer le cadre juridique et politique du Maroc pour faire face à l'extrémisme violent.",
            "en": "This project aims to strengthen Morocco’s legal and policy framework to address violent extremism.",
        },
        "lead": "nordic-center",
        "themes": ["prevention-violent-extremism"],
        "audiences": ["public-authorities"],
        "countries": ["MA"],
    },
    {
        "slug": "action-al-wassit",
        "kind": "project",
        "title": {
            "ar": "مشروع Action Al-Wassit",
            "fr": "Action Al-Wassit",
            "en": "Action Al-Wassit",
        },
        "summary": {
            "ar": "مشروع للمركز النوردي لتحويل النزاعات بشراكة مع مؤسسة الوسيط الوطنية.",
            "fr": "Un projet du Centre nordique pour la transformation des conflits en partenariat avec l'institution nationale du médiateur.",
            "en": "A project of the Nordic Center for Conflict Transformation in partnership with the national mediator institution.",
        },
        "lead": "nordic-center",
        "partners": ["mediator-institution"],
        "themes": ["mediation-conflict-transformation"],
        "countries": ["MA"],
    },
    # The seed ("Our Work") names neither the project nor who runs it: it has no lead here.
    {
        "slug": "tangier-support-mapping",
        "kind": "project",
        "title": {
            "ar": "خريطة فرص الدعم في طنجة",
            "fr": "Cartographie des offres de soutien à Tanger",
            "en": "Mapping the support on offer in Tangier",
        },
        "summary": {
            "ar": "تقديم نظرة شاملة وشفافة عن مختلف فرص الدعم المتوفرة في طنجة، وتعزيز التعاون بين الجمعيات التطوعية.",
            "fr": "Donner une vue d'ensemble complète et transparente des offres de soutien qui existent à Tanger, et renforcer la collaboration entre associations bénévoles.",
            "en": "A comprehensive, transparent overview of the options for support that exist in Tangier, and stronger collaboration between voluntary associations.",
        },
        "description": {
            "ar": "تضطلع الحياة الجمعوية التطوعية، الوطنية والدولية، بدور مهم في المغرب. ويواجه المغرب عدداً من القضايا المجتمعية، لذلك من المهم، اليوم أكثر من أي وقت مضى، بناء مجتمع حقيقي من الفاعلين المحليين الراغبين في المساهمة في حل هذه القضايا. ويتمثل هدفنا من هذا المشروع في تقديم نظرة شاملة وشفافة عن مختلف فرص الدعم المتوفرة حالياً في طنجة بالمغرب.\n\nويتمثل هدفنا الثاني في تحديد الجهود التي تفتقر إلى التركيز، ثم المساهمة في استمرار مشاريع محلية جديدة وتطويرها وإطلاقها. كما نرغب في تعزيز التعاون والروابط بين الجمعيات التطوعية في المغرب، وكذلك في بلدان أخرى غير الدنمارك، مثل هولندا وبلجيكا وفرنسا وإسبانيا. وتقوم فكرة المشروع على أن يكون صلة وصل بين العديد من الجمعيات الوطنية والدولية العاملة في القطاع التطوعي.\n\nومن خلال هذه الجهود، سيعزز المشروع الحياة الجمعوية المغربية ويساهم في تطويرها على المستويين المحلي والوطني. فبالمساهمة في إنشاء جمعيات تطوعية ومقاولات اجتماعية واقتصادية، يتقوى المجتمع المدني، إلى جانب المسؤولية الفردية وتماسك البلاد. ويمكن لفاعلي المجتمع المدني أن يقدموا إسهاماً لا يقدَّر بثمن في الإدماج والمواطنة والوقاية من العزلة والجريمة. لذلك نؤمن بأن مشروعاً كهذا يمكن أن يساعد على حل قضايا مجتمعية مهمة، كما يمكن أن يشكل بديلاً مهماً عن الجماعات والأوساط الإشكالية. فالمجتمع المدني القوي يتيح للمواطنين فرصة النقاش حول الطريقة التي ينبغي أن يُنظَّم بها مجتمعهم وأن تعالَج بها مشاكلهم، ومن هنا يستمد المشروع أهميته بالنسبة للمجتمع.",
            "fr": "Au Maroc, la vie associative bénévole, nationale et internationale, joue un rôle important. Le Maroc fait face à un certain nombre de problèmes de société. C'est pourquoi il est important, aujourd'hui plus que jamais, de bâtir une véritable communauté d'acteurs locaux qui souhaitent contribuer à les résoudre. Le but du projet est de donner une vue d'ensemble complète et transparente des différentes offres de soutien qui existent aujourd'hui à Tanger, au Maroc.\n\nNotre second objectif est d'identifier les efforts qui manquent de focalisation, puis de contribuer au maintien, au développement et au lancement de nouveaux projets locaux. Nous souhaitons en outre renforcer la collaboration et les liens entre les associations bénévoles au Maroc, ainsi que dans d'autres pays que le Danemark, comme les Pays-Bas, la Belgique, la France et l'Espagne. L'idée du projet est qu'il serve de lien de communication entre les nombreuses associations nationales et internationales du secteur bénévole.\n\nPar ces efforts, le projet renforcera la vie associative marocaine et contribuera à son développement, au niveau local comme au niveau national. En contribuant à la création d'associations bénévoles et d'entreprises socio-économiques, il renforcera la communauté civile, aux côtés de la responsabilité personnelle de chacun et de la cohésion du pays. Les acteurs de la société civile peuvent apporter une contribution inestimable à l'inclusion, à la citoyenneté et à la prévention de l'isolement et de la délinquance. C'est pourquoi nous pensons qu'un projet comme celui-ci peut aider à résoudre d'importants problèmes de société. Il peut aussi devenir une alternative importante aux groupes et milieux problématiques. Une société civile forte donne aux citoyens la possibilité de débattre de l'organisation de leur communauté et de la manière de traiter leurs problèmes : c'est là que le projet trouve sa pertinence pour la société.",
            "en": "In Morocco the national and international voluntary organizational life plays an important role. Morocco faces a number of societal issues. Because of that it is important, now more than ever, to build a proper community of local actors, who wish to contribute to solve these issues. Our purpose with the project is to create comprehensive overview and transparency of the different options for support that, for now, exist in Tangier, Morocco.\n\nOur secondary purpose is to identify which efforts lack focus and then contribute to the maintenance, development and start-up of new local projects. Further we wish to strengthen the collaboration and community among the voluntary associations in Morocco, as well as in other countries aside from Denmark, such as the Netherlands, Belgium, France and Spain. The Idea of the project is that it will function as a communicative link between the many different national and international associations in the voluntary sector.\n\nThe project will, through the already mentioned efforts, strengthen the Moroccan associational life and contribute to the development of it – both on a local and a national level. By contributing to the start-up of voluntary associations and socioeconomic companies the civil community will, alongside their personal responsibility and the cohesion of the country, be strengthened. Civil society actors can become an invaluable contribution to inclusion, citizenship and prevention of loneliness and criminal activities. Because of this we believe that a project like this can help solve important societal issues. At the same time it can become an important alternative to problematic groups and environments. A strong civil society gives the citizens the opportunity to discuss how their community should be organized and how their problems should be handled – and through this, the project finds its relevance to society.",
        },
        "themes": ["social-economic-development"],
        "audiences": ["associations"],
        "regions": [TANGER_TETOUAN_AL_HOCEIMA],
        "countries": ["MA", "DK", "NL", "BE", "FR", "ES"],
    },
    {
        "slug": "capacity-enhancement-programme",
        "kind": "programme",
        "title": {
            "ar": "برنامج تقوية قدرات الجمعيات",
            "fr": "Programme de renforcement des capacités des associations",
            "en": "Capacity Enhancement Program for Associations",
        },
        "summary": {
            "ar": "تمكين الجمعيات من المعارف والكفاءات اللازمة للتفاعل مع المنظومة الأممية لحقوق الإنسان، في جميع الجهات في أفق 2020، بمعدل ثلاث جهات في السنة.",
            "fr": "Donner aux associations les connaissances et les compétences nécessaires pour interagir avec le système onusien des droits de l'Homme, dans toutes les régions d'ici 2020, à raison de trois régions par an.",
            "en": "Providing associations with the knowledge and competencies to interact with the UN human rights system, in all regions by 2020, three regions per year.",
        },
        "description": {
            "ar": "يستهدف البرنامج الجمعيات العاملة في مجال التفاعل مع المنظومة الأممية لحقوق الإنسان، ويغطي جميع الجهات في أفق سنة 2020 بمعدل ثلاث جهات في السنة. ويمكّن الجمعيات من المعارف والكفاءات اللازمة للتفاعل مع هذه المنظومة، ويعزز قدراتها على التعاون مع هيئات المعاهدات. ويهدف إلى المساهمة في إعداد وتقديم التقارير الموازية للمنظمات غير الحكومية، وتتبع تنفيذ التوصيات، والتعرف على الصفة الاستشارية لدى المجلس الاقتصادي والاجتماعي (ECOSOC) وشروطها، وإحداث شبكة لتتبع إعداد التقارير وتقديمها.\n\nولا تقتصر أنشطته على التكوين، بل تشمل أيضاً نقاشات موضوعاتية في كل جهة مع الفاعلين المحليين والجهويين حول قضايا حقوق الإنسان الراهنة والمنظومة الأممية، وفضاءات للعمل ولتبادل التجارب والممارسات الجيدة مع باقي الفاعلين المحليين والدوليين. ويرافق خبراءُ الجمعياتِ خلال سنتين في إعداد التقارير الموازية الوطنية وتقديمها إلى الآلية المختصة.",
            "fr": "Le programme s'adresse aux associations œuvrant dans l'interaction avec le système onusien des droits de l'Homme et couvrira toutes les régions d'ici 2020, à raison de trois régions par an. Il apporte aux associations les connaissances et les compétences nécessaires pour interagir avec ce système et renforce leurs capacités de coopération avec les organes conventionnels. Il vise à contribuer à l'élaboration et à la présentation de rapports parallèles des ONG, au suivi de la mise en œuvre des recommandations, à la connaissance du statut consultatif auprès de l'ECOSOC et de ses conditions, et à la création d'un réseau de suivi de l'élaboration et de la présentation des rapports.\n\nSes activités ne se limitent pas à la formation : elles comprennent aussi des débats thématiques dans chaque région avec les acteurs locaux et régionaux sur les questions d'actualité relatives aux droits de l'Homme et au système onusien, ainsi que des espaces d'action et d'échange d'expériences et de bonnes pratiques avec les autres acteurs locaux et internationaux. Des experts accompagnent les associations pendant deux ans pour élaborer et présenter des rapports parallèles nationaux au mécanisme compétent.",
            "en": "The program is dedicated to associations working on interaction with the UN human rights system and is to cover all the regions by 2020, three regions per year. It provides associations with the knowledge and competencies they need to interact with the UN human rights system and enhances their capacities for cooperation with treaty bodies. It aims to contribute to the elaboration and submission of NGO shadow reports, to follow up the implementation of recommendations, to learn about ECOSOC consultative status and its conditions, and to create a network to follow up the elaboration and submission of reports.\n\nIts activities are not limited to training: they also include thematic debates in each region with local and regional stakeholders on current human rights issues and the UN human rights system, and spaces for action and for exchanging experiences and good practices with other local and international stakeholders. Experts accompany the associations for two years in elaborating and submitting national shadow reports to the competent mechanism.",
        },
        "start_date": "2017-09-26",
        "lead": "ministry-human-rights",
        "themes": ["human-rights"],
        "audiences": ["associations"],
        "countries": ["MA"],
    },
    {
        "slug": "capacity-enhancement-programme-oriental",
        "kind": "phase",
        "parent": "capacity-enhancement-programme",
        "title": {
            "ar": "تقوية قدرات الجمعيات، المرحلة الأولى: جهة الشرق",
            "fr": "Renforcement des capacités des associations, première phase : Oriental",
            "en": "Capacity Enhancement Program, first phase: Oriental",
        },
        "summary": {
            "ar": "انطلقت يوم 26 شتنبر 2017 لفائدة 29 جمعية من جهة الشرق تم انتقاؤها بناءً على طلب إبداء الاهتمام.",
            "fr": "Lancée le 26 septembre 2017 pour 29 associations de l'Oriental sélectionnées à la suite de l'appel à manifestation d'intérêt.",
            "en": "Launched on 26 September 2017 for 29 associations of the Oriental region selected through the call of interest.",
        },
        "start_date": "2017-09-26",
        "lead": "ministry-human-rights",
        "themes": ["human-rights"],
        "audiences": ["associations"],
        "regions": [ORIENTAL],
        "countries": ["MA"],
        "beneficiaries": [{"count": 29, "audience": "associations"}],
    },
    {
        "slug": "capacity-enhancement-programme-draa-tafilalet",
        "kind": "phase",
        "parent": "capacity-enhancement-programme",
        "title": {
            "ar": "تقوية قدرات الجمعيات، المرحلة الأولى: جهة درعة-تافيلالت",
            "fr": "Renforcement des capacités des associations, première phase : Drâa-Tafilalet",
            "en": "Capacity Enhancement Program, first phase: Drâa-Tafilalet",
        },
        "summary": {
            "ar": "انطلقت يوم 26 شتنبر 2017 لفائدة 30 جمعية من جهة درعة-تافيلالت تم انتقاؤها بناءً على طلب إبداء الاهتمام.",
            "fr": "Lancée le 26 septembre 2017 pour 30 associations de Drâa-Tafilalet sélectionnées à la suite de l'appel à manifestation d'intérêt.",
            "en": "Launched on 26 September 2017 for 30 associations of the Drâa-Tafilalet region selected through the call of interest.",
        },
        "start_date": "2017-09-26",
        "lead": "ministry-human-rights",
        "themes": ["human-rights"],
        "audiences": ["associations"],
        "regions": [DRAA_TAFILALET],
        "countries": ["MA"],
        "beneficiaries": [{"count": 30, "audience": "associations"}],
    },
    {
        "slug": "capacity-enhancement-programme-rabat-sale-kenitra",
        "kind": "phase",
        "parent": "capacity-enhancement-programme",
        "title": {
            "ar": "تقوية قدرات الجمعيات، المرحلة الأولى: جهة الرباط-سلا-القنيطرة",
            "fr": "Renforcement des capacités des associations, première phase : Rabat-Salé-Kénitra",
            "en": "Capacity Enhancement Program, first phase: Rabat-Salé-Kénitra",
        },
        "summary": {
            "ar": "انطلقت يوم 26 شتنبر 2017 لفائدة 34 جمعية من جهة الرباط-سلا-القنيطرة تم انتقاؤها بناءً على طلب إبداء الاهتمام.",
            "fr": "Lancée le 26 septembre 2017 pour 34 associations de Rabat-Salé-Kénitra sélectionnées à la suite de l'appel à manifestation d'intérêt.",
            "en": "Launched on 26 September 2017 for 34 associations of the Rabat-Salé-Kénitra region selected through the call of interest.",
        },
        "start_date": "2017-09-26",
        "lead": "ministry-human-rights",
        "themes": ["human-rights"],
        "audiences": ["associations"],
        "regions": [RABAT_SALE_KENITRA],
        "countries": ["MA"],
        "beneficiaries": [{"count": 34, "audience": "associations"}],
    },
    {
        "slug": "migrant-health-promotion",
        "kind": "project",
        "title": {
            "ar": "النهوض بالصحة والرفاه في صفوف المهاجرين في المغرب وتونس وليبيا ومصر واليمن",
            "fr": "Promotion de la santé et du bien-être parmi les migrants au Maroc, en Tunisie, en Libye, en Égypte et au Yémen",
            "en": "Promoting health and well-being among migrants in Morocco, Tunisia, Libya, Egypt and Yemen",
        },
        "summary": {
            "ar": "مشروع للمنظمة الدولية للهجرة تموله وزارة الخارجية الفنلندية، وتنفذه في الناظور جمعية ASTICUDE.",
            "fr": "Projet de l'OIM financé par le Ministère des Affaires étrangères de la Finlande, mis en œuvre à Nador avec l'association ASTICUDE.",
            "en": "An IOM project funded by the Ministry for Foreign Affairs of Finland, carried out in Nador with the association ASTICUDE.",
        },
        "description": {
            "ar": "في إطار هذا المشروع، نظمت المنظمة الدولية للهجرة وجمعية ASTICUDE بالناظور عمليات لتوزيع حصص إنسانية (مواد غذائية وغير غذائية) على المهاجرين والمهاجرات من دول إفريقيا جنوب الصحراء الذين يعيشون في الغابات المحيطة بالمدينة في ظروف فقر مدقع.",
            "fr": "Dans le cadre de ce projet, l'OIM et l'ASTICUDE ont organisé à Nador des distributions de kits humanitaires (produits alimentaires et non alimentaires) au profit de migrant-e-s subsaharien-ne-s vivant dans des conditions d'extrême pauvreté dans les forêts aux alentours de la ville.",
            "en": "Under this project, IOM and ASTICUDE organised distributions of humanitarian kits (food and non-food items) in Nador for sub-Saharan migrants living in extreme poverty in the forests around the city.",
        },
        "lead": "iom-morocco",
        "implementers": ["asticude"],
        "funders": ["finland-ministry-foreign-affairs"],
        "themes": ["health", "humanitarian-aid", "food-and-basic-goods", "migration"],
        "audiences": ["migrants", "women"],
        "regions": [ORIENTAL],
        "countries": ["MA", "TN", "LY", "EG", "YE"],
        "beneficiaries": [
            {
                "count": 40,
                "women": 37,
                "audience": "migrants",
                "note": {
                    "ar": "العملية الثانية للتوزيع، الناظور، 5 أبريل 2017",
                    "fr": "2e opération de distribution, Nador, 5 avril 2017",
                    "en": "second distribution, Nador, 5 April 2017",
                },
            }
        ],
    },
]

# --- Partnerships ----------------------------------------------------------------------

PARTNERSHIPS = [
    {
        "organization": "iom-morocco",
        "partner": "caritas-morocco",
        "kind": "mou",
        "signed_on": "2017-06-02",
        "themes": ["health", "shelter", "protection", "psychosocial-support", "voluntary-return"],
        "description": {
            "ar": "اتفقت كاريتاس المغرب والمنظمة الدولية للهجرة على تنسيق أنشطتهما، قدر الإمكان، من أجل تحقيق تعاون أمثل يرفع من أثر تدخلاتهما لفائدة المهاجرين في وضعية هشاشة وضائقة. وتتمحور الاتفاقية أساساً حول الصحة والإيواء وحماية القاصرين غير المصحوبين والمواكبة النفسية والاجتماعية للمهاجرين والمساعدة على العودة الطوعية وإعادة الإدماج، والترافع من أجل إدماج أفضل للمهاجرين.",
            "fr": "Caritas au Maroc et l'OIM ont convenu que leurs activités seront, dans la mesure du possible, coordonnées en vue de parvenir à une coopération optimale afin de maximiser l'impact des interventions des deux organismes au profit des migrants vulnérables et en détresse. La convention porte principalement sur les thématiques de santé, d'hébergement, de protection des mineurs non accompagnés, de l'accompagnement psycho-social des migrants, de l'aide au retour volontaire et à la réintégration et du plaidoyer pour une meilleure intégration des migrants.",
            "en": "Caritas Morocco and IOM agreed that their activities will, as far as possible, be coordinated to achieve optimal cooperation and maximise the impact of both organizations' work for vulnerable migrants and migrants in distress. The agreement mainly covers health, shelter, the protection of unaccompanied minors, psychosocial support for migrants, assisted voluntary return and reintegration, and advocacy for a better integration of migrants.",
        },
    },
    {
        # "le cadre global du partenariat entre l'OIM et l'ASTICUDE" (seed, 5 April 2017).
        "organization": "iom-morocco",
        "partner": "asticude",
        "kind": "partnership",
        "themes": ["humanitarian-aid", "health"],
        "description": {
            "ar": "شراكة في إطار مشروع «النهوض بالصحة والرفاه في صفوف المهاجرين في المغرب وتونس وليبيا ومصر واليمن»، الممول من طرف وزارة الخارجية الفنلندية.",
            "fr": "Partenariat dans le cadre du projet « Promotion de la santé et du bien-être parmi les migrants au Maroc, en Tunisie, en Libye, en Égypte et au Yémen », financé par le Ministère des Affaires étrangères de la Finlande.",
            "en": "A partnership under the project “Promoting health and well-being among migrants in Morocco, Tunisia, Libya, Egypt and Yemen”, funded by the Ministry for Foreign Affairs of Finland.",
        },
    },
]

# --- News ------------------------------------------------------------------------------
# "project" is a project slug, or absent. Paragraphs are separated by a blank line.

NEWS = [
    {
        "slug": "capacity-enhancement-programme-kickoff",
        "organization": "ministry-human-rights",
        "project": "capacity-enhancement-programme",
        "published_on": "2017-09-26",
        "title": {
            "ar": "انطلاق برنامج تقوية قدرات الجمعيات",
            "fr": "Lancement du Programme de renforcement des capacités des associations",
            "en": "Kickoff Meeting of the Capacity Enhancement Program in Favor of Associations",
        },
        "summary": {
            "ar": "انطلقت المرحلة الأولى يوم 26 شتنبر 2017 لفائدة 93 جمعية من جهات الشرق ودرعة-تافيلالت والرباط-سلا-القنيطرة.",
            "fr": "La première phase a démarré le 26 septembre 2017 avec 93 associations de l'Oriental, de Drâa-Tafilalet et de Rabat-Salé-Kénitra.",
            "en": "The first phase started on 26 September 2017 with 93 associations from the Oriental, Drâa-Tafilalet and Rabat-Salé-Kénitra regions.",
        },
        "body": {
            "ar": "أطلقت وزارة الدولة المكلفة بحقوق الإنسان يوم الثلاثاء 26 شتنبر 2017 المرحلة الأولى من برنامج تقوية قدرات الجمعيات العاملة في مجال التفاعل مع المنظومة الأممية لحقوق الإنسان. وتهم هذه المرحلة الجمعيات التي تم انتقاؤها بناءً على طلب إبداء الاهتمام في ثلاث جهات: جهة الشرق (29 جمعية)، وجهة درعة-تافيلالت (30)، وجهة الرباط-سلا-القنيطرة (34).\n\nوحسب السيد حميد بنشريفة، مدير الحوار والشراكة مع الهيئات الوطنية، فإن هذا البرنامج، الذي سيغطي جميع الجهات في أفق سنة 2020 بمعدل ثلاث جهات في السنة، سيمكّن الجمعيات من المعارف والكفاءات اللازمة للتفاعل مع المنظومة الأممية لحقوق الإنسان، وسيعزز قدراتها على التعاون مع هيئات المعاهدات. ويهدف البرنامج إلى المساهمة في إعداد وتقديم التقارير الموازية للمنظمات غير الحكومية، وتتبع تنفيذ التوصيات، والتعرف على الصفة الاستشارية لدى المجلس الاقتصادي والاجتماعي (ECOSOC). كما يسعى إلى تقديم المساطر المتبعة، وتتبع شروط الصفة الاستشارية لدى المجلس، وإحداث شبكة لتتبع إعداد التقارير وتقديمها.\n\nولا تقتصر أنشطة البرنامج على التكوين فحسب، بل تشمل أيضاً تنظيم نقاشات موضوعاتية في كل جهة مع جميع الفاعلين المحليين والجهويين حول قضايا حقوق الإنسان الراهنة وقضايا أخرى مرتبطة بالمنظومة الأممية لحقوق الإنسان. كما يمهّد البرنامج الطريق لإحداث فضاءات للعمل ولتبادل التجارب والممارسات الجيدة مع باقي الفاعلين المحليين والدوليين، وللمشاركة الدولية. وفضلاً عن ذلك، سيرافق خبراءُ الجمعياتِ خلال السنتين المقبلتين في إعداد التقارير الموازية الوطنية وتقديمها إلى الآلية المختصة.\n\nوخلال الجلسة الافتتاحية، ذكّر السيد مصطفى الرميد، وزير الدولة المكلف بحقوق الإنسان، بالمكانة التي خصّ بها الدستور المجتمع المدني باعتباره شريكاً في التنمية والديمقراطية، مشيداً بالأدوار التي تضطلع بها الجمعيات في النهوض بالممارسة الاتفاقية للمغرب مع الآليات الأممية لحقوق الإنسان. كما استعرض الأدوار الأساسية التي تقوم بها وزارة الدولة في تقوية قدرات المجتمع المدني من خلال برامج مختلفة: التكوين ودعم المشاريع.\n\nوشارك أيضاً في هذا اللقاء السيد مصطفى الخلفي، الوزير المكلف بالعلاقات مع البرلمان والمجتمع المدني، الناطق الرسمي باسم الحكومة، الذي أشار إلى تزايد عدد الجمعيات النشيطة في مجالات عديدة كمحاربة الأمية والتنمية الاجتماعية وحقوق الإنسان، ومنها 4000 جمعية تنشط في مجال حقوق الإنسان.",
            "fr": "Le Ministère d'État chargé des Droits de l'Homme a lancé le mardi 26 septembre 2017 la première phase du Programme de renforcement des capacités dédié aux associations œuvrant dans l'interaction avec le système onusien des droits de l'Homme. Cette phase concerne les associations sélectionnées à la suite de l'appel à manifestation d'intérêt dans trois régions : l'Oriental (29 associations), Drâa-Tafilalet (30) et Rabat-Salé-Kénitra (34).\n\nSelon M. Hamid Benchrifa, directeur du Dialogue et du Partenariat avec les organisations nationales, ce programme, qui couvrira toutes les régions d'ici 2020 à raison de trois régions par an, apportera aux associations les connaissances et les compétences nécessaires pour interagir avec le système onusien des droits de l'Homme et renforcera leurs capacités de coopération avec les organes conventionnels. Il vise à contribuer à l'élaboration et à la présentation de rapports parallèles des ONG, au suivi de la mise en œuvre des recommandations et à la connaissance du statut ECOSOC. Il cherche également à présenter les procédures, à suivre les conditions du statut consultatif auprès de l'ECOSOC et à créer un réseau de suivi de l'élaboration et de la présentation des rapports.\n\nLes activités du programme ne se limitent pas à la formation : elles comprennent aussi l'organisation, dans chaque région, de débats thématiques avec l'ensemble des acteurs locaux et régionaux sur les questions d'actualité relatives aux droits de l'Homme et d'autres liées au système onusien des droits de l'Homme. Le programme ouvre également la voie à la création d'espaces d'action et d'échange d'expériences et de bonnes pratiques avec les autres acteurs locaux et internationaux, ainsi qu'à une participation internationale. En outre, les associations seront accompagnées par des experts pendant les deux prochaines années pour élaborer et présenter des rapports parallèles nationaux au mécanisme compétent.\n\nLors de la séance d'ouverture, M. Mustapha Ramid, ministre d'État chargé des Droits de l'Homme, a rappelé la place que la Constitution accorde à la société civile en tant que partenaire du développement et de la démocratie, saluant le rôle joué par les associations dans la promotion de la pratique conventionnelle du Maroc auprès des mécanismes onusiens des droits de l'Homme. Il a également présenté les rôles essentiels joués par le Ministère d'État dans le renforcement des capacités de la société civile à travers différents programmes : formation et soutien aux projets.\n\nM. Mustapha El Khalfi, ministre chargé des Relations avec le Parlement et la Société civile, porte-parole du gouvernement, a également participé à cette rencontre. Il a indiqué que le nombre d'associations actives dans de nombreux domaines, comme l'alphabétisation, le développement social et les droits de l'Homme, est en augmentation, dont 4 000 associations actives dans le domaine des droits de l'Homme.",
            "en": "The Ministry of State for Human Rights launched on Tuesday, September 26th, 2017, the first phase of the Capacity Enhancement Program dedicated to the associations working on the interaction with the UN human rights system. This phase concerns associations selected based on the call of interest in favor of three regions: the East (29 associations), Daraa-Tafilet (30) and Rabat-Sale-Kenitra (34).\n\nAccording to Mr. Hamid Benchrifa, the Director of Dialogue and Partnership with National Organizations, this program, covering all the regions by 2020 with an extent of three regions per year, will provide associations with necessary knowledge and competencies to interact with UN human rights system and enhance capacities for cooperation with treaty bodies. It aims to contribute to the elaboration and submission of NGO shadow reports, follow up the implementation of the recommendations and learn about Ecosoc status. It also seeks to present the procedures, follow up the condition of Ecosoc consultative status and create a network to follow up the elaboration and submission of the reports.\n\nThe program’s activities are not limited to only training, but involve also the organization of thematic debates with all local regional stakeholders in each region, about current HR issues and others related to the UN human rights system. This program paves also the way for the creation of spaces for action and the exchanges of experiences and good practices with the rest of local and international stakeholders as well as international participation. What is more, the associations will be accompanied by experts in elaborating and submitting national shadow reports to the competent mechanism for the next two years.\n\nDuring the opening session, Mr. Mustapha Ramid, the Minister of State for Human Rights, recalled the consideration vested in the Constitution in favor of civil society as a partner in development and democracy lauding the roles played by the associations in promoting conventional practice of Morocco with UN mechanisms of human rights. He also presented the essential roles played by the Ministry of State in enhancing civil society capacities in different programs: capacity training and support of projects.\n\nParticipating also in this meeting is Mr. Mustapha El Khalfi, the Minister of State in Charge of Relations with the Parliament and Civil Society and Government’s Spokesperson indicating that there is an increase of the number of the associations active in many fields such as illiteracy, social development and human rights, including 4000 associations that are active in the area of human rights.",
        },
    },
    # The next two are the seed's "Read more news" teasers: it gives their titles and first
    # lines only, so the teaser is the summary and there is no body. The seed does not give
    # their dates either: both carry the date of the kickoff news they were listed under.
    {
        "slug": "building-capacities-voluntary-sector-actors",
        "organization": "ministry-human-rights",
        "published_on": "2017-09-26",
        "title": {
            "ar": "تقوية قدرات الفاعلين الجمعويين حجر الزاوية في تعزيز دور المجتمع المدني والنهوض به",
            "fr": "Le renforcement des capacités des acteurs associatifs, pierre angulaire du renforcement et de la promotion du rôle de la société civile",
            "en": "Building the Capacities of Voluntary-Sector Actors is a Cornerstone for Strengthening and Promoting the Role of Civil Society",
        },
        "summary": {
            "ar": "في كلمته نيابة عن المندوب الوزاري المكلف بحقوق الإنسان، أكد السيد عبد الكريم بوجرادي، الكاتب العام للمندوبية الوزارية المكلفة بحقوق الإنسان، على…",
            "fr": "Dans son allocution au nom du Délégué interministériel aux droits de l'Homme, M. Abdelkarim Boujradi, secrétaire général du Département interministériel des droits de l'Homme, a souligné le…",
            "en": "In his statement on behalf of the Interministerial Delegate for Human Rights, Mr. Abdelkarim Boujradi, Secretary-General of the Interministerial Department for Human Rights, emphasized the…",
        },
    },
    {
        "slug": "enhancing-ngo-capacities-rights-of-the-child",
        "organization": "ministry-human-rights",
        "published_on": "2017-09-26",
        "title": {
            "ar": "تقوية قدرات المنظمات غير الحكومية في مجال حماية حقوق الطفل",
            "fr": "Renforcer les capacités des ONG pour protéger les droits de l'enfant",
            "en": "Enhancing NGO’s Capacities to Protect the Rights of the Child",
        },
        "summary": {
            "ar": "نظمت وزارة الدولة المكلفة بحقوق الإنسان، في الفترة الممتدة من 21 إلى 23 شتنبر، دورة تكوينية لفائدة الجمعيات العاملة في مجال حقوق الطفل حول…",
            "fr": "Le Ministère d'État chargé des Droits de l'Homme a organisé, du 21 au 23 septembre, une session de formation au profit des associations œuvrant dans le domaine des droits de l'enfant sur le…",
            "en": "The Ministry of State for Human Rights organized in the period between September 21st and 23rd, a training session in favor of associations working in the area of the rights of the child about the…",
        },
    },
    {
        "slug": "iom-caritas-mou",
        "organization": "iom-morocco",
        "published_on": "2017-06-02",
        "title": {
            "ar": "توقيع اتفاقية بين مكتب المنظمة الدولية للهجرة بالمغرب وكاريتاس المغرب",
            "fr": "Signature d’une convention entre le Bureau de l’OIM au Maroc et Caritas au Maroc",
            "en": "Signing of an agreement between the IOM Office in Morocco and Caritas Morocco",
        },
        "summary": {
            "ar": "مذكرة تفاهم لتنسيق تدخلات الهيئتين لفائدة المهاجرين في وضعية هشاشة.",
            "fr": "Un mémorandum d'entente pour coordonner les interventions des deux organismes au profit des migrants vulnérables.",
            "en": "A memorandum of understanding to coordinate both organizations' work for vulnerable migrants.",
        },
        "body": {
            "ar": "تم يوم الجمعة 2 يونيو 2017 بالرباط، بمقر المنظمة الدولية للهجرة، توقيع مذكرة تفاهم بين كاريتاس والمنظمة الدولية للهجرة بالمغرب.\n\nواتفقت كاريتاس المغرب والمنظمة الدولية للهجرة على تنسيق أنشطتهما، قدر الإمكان، من أجل تحقيق تعاون أمثل يرفع من أثر تدخلات الهيئتين لفائدة المهاجرين في وضعية هشاشة وضائقة. وستمكّن مذكرة التفاهم هذه من توضيح وتحديد كيفيات التعاون بين الهيئتين في أفق تطوير شراكة دينامية ومستدامة.\n\nوتتمحور الاتفاقية أساساً حول مواضيع الصحة والإيواء وحماية القاصرين غير المصحوبين والمواكبة النفسية والاجتماعية للمهاجرين والمساعدة على العودة الطوعية وإعادة الإدماج، والترافع من أجل إدماج أفضل للمهاجرين.\n\nويتقاسم الطرفان قناعة مفادها أن التنسيق الأمثل وحده كفيل بتحسين المساعدة المقدمة للمهاجرين في وضعية هشاشة.",
            "fr": "Vendredi 2 Juin 2017 un mémorandum d’entente entre Caritas et l’Organisation Internationale pour les Migrations (OIM) au Maroc a été signé à Rabat, dans les lieux de l’OIM.\n\nCaritas au Maroc et l’OIM ont convenu que leurs activités seront, dans la mesure du possible coordonnées en vue de parvenir à une coopération optimale afin de maximiser l’impact des interventions des deux organismes au profit des migrants vulnérables et en détresse. Ce mémorandum d’entente permettra donc de clarifier et de fixer les modalités de coopération entre ces deux organismes dans la perspective de développer un partenariat dynamique et durable.\n\nLa convention porte principalement sur les thématiques de santé, d’hébergement, de protection des mineurs non accompagnés, de l’accompagnement psycho-social des migrants, de l’aide au retour volontaire et à la réintégration et du plaidoyer pour une meilleure intégration des migrants.\n\nLes deux parties affichent déjà une conviction partagée que seule une coordination optimale pourra améliorer l’assistance aux migrants vulnérables.",
            "en": "On Friday 2 June 2017, a memorandum of understanding between Caritas and the International Organization for Migration (IOM) in Morocco was signed in Rabat, at IOM's premises.\n\nCaritas Morocco and IOM agreed that their activities will, as far as possible, be coordinated to achieve optimal cooperation and maximise the impact of both organizations' work for vulnerable migrants and migrants in distress. The memorandum of understanding will therefore clarify and set out the terms of cooperation between the two organizations, with a view to developing a dynamic and lasting partnership.\n\nThe agreement mainly covers health, shelter, the protection of unaccompanied minors, psychosocial support for migrants, assisted voluntary return and reintegration, and advocacy for a better integration of migrants.\n\nBoth parties already share the conviction that only optimal coordination can improve assistance to vulnerable migrants.",
        },
    },
    {
        "slug": "nador-second-distribution-2017",
        "organization": "iom-morocco",
        "project": "migrant-health-promotion",
        "published_on": "2017-04-05",
        "title": {
            "ar": "المساعدة الإنسانية: العملية الثانية لتوزيع مواد غذائية وغير غذائية على المهاجرين والمهاجرات المقيمين في الغابات المحيطة بمدينة الناظور",
            "fr": "Assistance humanitaire : 2ème opération de distributions de NFI & FI aux migrant-e-s vivant dans les forêts aux alentours de la ville de Nador",
            "en": "Humanitarian assistance: second distribution of food and non-food items to migrants living in the forests around the city of Nador",
        },
        "summary": {
            "ar": "حصص غذائية وغير غذائية لفائدة 40 مهاجراً ومهاجرة من دول إفريقيا جنوب الصحراء، من بينهم 37 امرأة، بمقر جمعية ASTICUDE.",
            "fr": "Des kits alimentaires et non alimentaires pour 40 migrant-e-s subsaharien-ne-s, dont 37 femmes, dans les locaux de l'association ASTICUDE.",
            "en": "Food and non-food kits for 40 sub-Saharan migrants, 37 of them women, at the premises of the association ASTICUDE.",
        },
        "body": {
            "ar": "احتضن مقر جمعية ASTICUDE يوم 5 أبريل 2017 العملية الثانية لتوزيع الحصص الإنسانية. وتتكون هذه الحصص من مواد غذائية (أرز ودقيق وزيت وحليب مجفف وطماطم وغيرها) ومواد غير غذائية (شامبو وصابون ومعجون أسنان وفرشاة أسنان وماء جافيل ومسحوق غسيل وأغطية). ونُظمت هذه العملية لفائدة أربعين (40) مهاجراً ومهاجرة من دول إفريقيا جنوب الصحراء من جنسيات مختلفة (الكاميرون ونيجيريا ومالي وغينيا كوناكري وكوت ديفوار وغيرها)، من بينهم سبع وثلاثون (37) امرأة مهاجرة، عازبات ومتزوجات، وثلاثة رجال فقط.\n\nويتمثل هدف هذه العملية في توفير الحد الأدنى الضروري لتحسين الظروف المعيشية للمهاجرين والمهاجرات من دول إفريقيا جنوب الصحراء الذين يعيشون في وضعية هشاشة قصوى. ويندرج هذا الهدف في الإطار العام للشراكة بين المنظمة الدولية للهجرة وجمعية ASTICUDE ضمن مشروع «النهوض بالصحة والرفاه في صفوف المهاجرين في المغرب وتونس وليبيا ومصر واليمن» الممول من طرف وزارة الخارجية الفنلندية.\n\nوللتذكير، يقيم هؤلاء المهاجرون والمهاجرات في الغابات المجاورة لمدينة الناظور ويعيشون في ظروف فقر مدقع. ومن بينهم أشخاص من فئات مختلفة لهم احتياجات خاصة، ولا سيما ضحايا الاتجار بالبشر وضحايا الاستغلال الجنسي وضحايا العنف، والنساء والأطفال. كما شكلت العملية مناسبة لتعزيز الروابط بين فريق جمعية ASTICUDE والمهاجرين في المنطقة، ولتوعية المستفيدين بالخطوات الواجب اتباعها للتمتع بحقوقهم الأساسية، وهي الولوج إلى العلاج وولوج أطفالهم إلى التعليم.",
            "fr": "Le 05 Avril 2017 dans les locaux de l’association ASTICUDE a eu lieu la deuxième opération de distribution de kits humanitaires. Les kits sont constitués de produits alimentaires (du riz, de la farine, de l’huile, de lait poudre, de tomate et autres) ainsi que des produits non alimentaires (shampoing, Savon, Dentifrice, Brosse à dent, javel, Lessive en poudre, et couvertures). Cette opération est organisée au profit de quarante (40) migrant-e-s subsaharien-ne-s de nationalités différentes (Cameroun, Nigéria, Mali, Guinée Conakry, Cote d’Ivoire etc.…). Parmi eux, trente-sept (37) sont des femmes migrantes subsahariennes célibataires et mariées et seulement trois sont des hommes.\n\nL’objectif de cette opération est de fournir le minimum essentiel afin d’améliorer les conditions de vie des migrants-e-s subsaharien-ne-s en situation d’extrême vulnérabilités. Cet objectif s’inscrit dans le cadre global du partenariat entre l’OIM et l’ASTICUDE sous le projet « Promotion de la santé et du bien être parmi les migrants au Maroc, en Tunisie, en Lybie, en Egypte et au Yémen » financé par le Ministère des Affaires Etrangères de la Finlande.\n\nPour rappel, ces migrant-e-s sont installé-e-s dans les forêts avoisinantes de la ville de Nador et vivent dans des conditions d’extrême pauvreté. Parmi eux on trouve des personnes de différents profils avec des besoins spécifiques, notamment les victimes de la traite des êtres humains, des victimes d’exploitation sexuelle, des victimes de violence, des femmes et des enfants. De plus l’opération a été l’occasion de renforcer le lien entre l’équipe d’ASTICUDE et les migrant-e-s de la région. Elle a également permis de sensibiliser les bénéficiaires sur les pistes à suivre pour bénéficier de leurs droits fondamentaux, à savoir l’accès aux soins et l’accès à l’éducation pour leurs enfants.",
            "en": "On 5 April 2017, the second distribution of humanitarian kits took place at the premises of the association ASTICUDE. The kits contained food (rice, flour, oil, powdered milk, tomatoes and more) and non-food items (shampoo, soap, toothpaste, toothbrushes, bleach, washing powder and blankets). The operation was organised for forty (40) sub-Saharan migrants of various nationalities (Cameroon, Nigeria, Mali, Guinea Conakry, Côte d’Ivoire, etc.). Thirty-seven (37) of them are sub-Saharan migrant women, single and married, and only three are men.\n\nThe aim of the operation is to provide the bare essentials to improve the living conditions of sub-Saharan migrants in situations of extreme vulnerability. It is part of the overall partnership between IOM and ASTICUDE under the project “Promoting health and well-being among migrants in Morocco, Tunisia, Libya, Egypt and Yemen”, funded by the Ministry for Foreign Affairs of Finland.\n\nThese migrants live in the forests around the city of Nador in conditions of extreme poverty. They include people with different profiles and specific needs, notably victims of human trafficking, victims of sexual exploitation, victims of violence, women and children. The operation was also an opportunity to strengthen the bond between the ASTICUDE team and the migrants of the region, and to inform the beneficiaries about the steps to take to exercise their fundamental rights, namely access to healthcare and access to education for their children.",
        },
    },
]
