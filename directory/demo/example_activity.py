"""Projects and news of the fictional organizations (example_organizations.py).

Like the organizations, they are fictional and say so in their titles.
"""

# ruff: noqa: E501  (prose reads better unwrapped)

EXAMPLE_PROJECTS = [
    {
        "slug": "relay-mothers-bni-makada",
        "kind": "project",
        "title": {
            "ar": "الأمهات المرافِقات ببني مكادة (مثال)",
            "fr": "Mamans relais de Bni Makada (exemple)",
            "en": "Relay Mothers of Bni Makada (example)",
        },
        "summary": {
            "ar": "تكوين أمهات ليصبحن مرافِقات لأمهات أخريات يقلقن على أبنائهن.",
            "fr": "Former des mères pour qu'elles deviennent le relais d'autres mères inquiètes pour leurs enfants.",
            "en": "Training mothers to become a first port of call for other mothers worried about their children.",
        },
        "description": {
            "ar": "تتلقى ستون أماً من بني مكادة ومرشان تكويناً حول الإنصات والحوار مع المراهقين وعلامات الانغلاق، ثم تنظم كل واحدة منهن لقاءات في حيها.",
            "fr": "Soixante mères de Bni Makada et de Marshan suivent une formation à l'écoute, au dialogue avec les adolescents et aux signes de repli, puis animent à leur tour des rencontres dans leur quartier.",
            "en": "Sixty mothers from Bni Makada and Marshan are trained in listening, talking with teenagers and spotting signs of withdrawal, then each runs meetings in her own neighbourhood.",
        },
        "start_date": "2025-10-01",
        "end_date": "2027-06-30",
        "progress": "ongoing",
        "achievement": 40,
        "achievement_on": "2026-09-30",
        "achievement_source": "reported",
        "lead": "nour-mothers-bni-makada",
        "partners": ["oumahat-marshan", "wifaq-families"],
        "themes": ["women-and-mothers", "prevention-violent-extremism"],
        "audiences": ["mothers"],
        "countries": ["MA"],
        "objectives": [
            {
                "ar": "تكوين 60 أماً في الإنصات والحوار داخل الأسرة.",
                "fr": "Former 60 mères à l'écoute et au dialogue en famille.",
                "en": "Train 60 mothers in listening and family dialogue.",
            },
            {
                "ar": "تنظيم 120 لقاءً في الأحياء تنشطها الأمهات المكوَّنات.",
                "fr": "Organiser 120 rencontres de quartier animées par les mères formées.",
                "en": "Hold 120 neighbourhood meetings led by the trained mothers.",
            },
            {
                "ar": "إحداث شبكة توجيه نحو الأخصائيين النفسيين والوسطاء في طنجة.",
                "fr": "Créer un réseau d'orientation vers les psychologues et les médiateurs de Tanger.",
                "en": "Set up a referral network to psychologists and mediators in Tangier.",
            },
        ],
        "beneficiaries": [
            {
                "count": 60,
                "women": 60,
                "audience": "mothers",
                "note": {"ar": "أمهات مكوَّنات", "fr": "mères formées", "en": "mothers trained"},
            }
        ],
    },
    {
        "slug": "winter-solidarity-2025",
        "kind": "project",
        "title": {
            "ar": "شتاء التضامن 2025-2026 (مثال)",
            "fr": "Hiver solidaire 2025-2026 (exemple)",
            "en": "Winter Solidarity 2025-2026 (example)",
        },
        "summary": {
            "ar": "قفف غذائية وأغطية ووجبات ساخنة للأسر والمهاجرين خلال فصل البرد.",
            "fr": "Paniers alimentaires, couvertures et repas chauds pour les familles et les personnes migrantes pendant la saison froide.",
            "en": "Food parcels, blankets and hot meals for families and migrants through the cold season.",
        },
        "description": {
            "ar": "نسقت ثلاث جمعيات توزيعاتها حتى لا تُنسى أي أسرة ولا يستفيد أحد مرتين، بفضل لائحة مشتركة للمستفيدين.",
            "fr": "Trois associations ont coordonné leurs distributions, grâce à une liste commune de bénéficiaires, pour qu'aucune famille ne soit oubliée et que personne ne reçoive deux fois.",
            "en": "Three associations coordinated their distributions through a shared list of beneficiaries, so that no family was forgotten and no one received twice.",
        },
        "start_date": "2025-11-15",
        "end_date": "2026-03-15",
        "progress": "completed",
        "achievement": 100,
        "achievement_on": "2026-03-31",
        "achievement_source": "verified",
        "lead": "casabarata-food-bank",
        "partners": ["dradeb-solidarity", "salam-migrants-house"],
        "themes": ["humanitarian-aid", "food-and-basic-goods"],
        "audiences": ["elderly", "migrants", "children"],
        "countries": ["MA"],
        "beneficiaries": [
            {
                "count": 1200,
                "women": 640,
                "note": {"ar": "في 300 أسرة", "fr": "dans 300 familles", "en": "in 300 families"},
            },
            {"count": 85, "women": 30, "audience": "migrants"},
        ],
    },
    {
        "slug": "young-mediators-tangier",
        "kind": "project",
        "title": {
            "ar": "وسطاء الأحياء الشباب (مثال)",
            "fr": "Jeunes médiateurs de quartier (exemple)",
            "en": "Young Neighbourhood Mediators (example)",
        },
        "summary": {
            "ar": "تكوين شباب من بني مكادة ليصبحوا وسطاء في أحيائهم.",
            "fr": "Former des jeunes de Bni Makada pour qu'ils deviennent médiateurs dans leur quartier.",
            "en": "Training young people from Bni Makada to become mediators in their neighbourhood.",
        },
        "description": {
            "ar": "يتعلم المشاركون تقنيات الوساطة والإنصات، ثم يتدخلون في نزاعات الجوار بتأطير من وسطاء ذوي خبرة.",
            "fr": "Les participants apprennent les techniques de la médiation et de l'écoute, puis interviennent dans les conflits de voisinage, encadrés par des médiateurs expérimentés.",
            "en": "Participants learn mediation and listening techniques, then step into neighbourhood disputes, supervised by experienced mediators.",
        },
        "start_date": "2026-01-10",
        "progress": "ongoing",
        "achievement": 55,
        "achievement_on": "2026-10-31",
        "achievement_source": "reported",
        "lead": "tasamouh-mediation-centre",
        "partners": ["bni-makada-youth-club"],
        "funders": ["bayt-al-hikma-foundation"],
        "themes": ["mediation-conflict-transformation", "prevention-violent-extremism"],
        "audiences": ["youth"],
        "countries": ["MA"],
        "objectives": [
            {
                "ar": "تكوين 24 وسيطاً شاباً، نصفهم من الشابات.",
                "fr": "Former 24 jeunes médiateurs, dont la moitié de jeunes femmes.",
                "en": "Train 24 young mediators, half of them young women.",
            },
            {
                "ar": "التدخل في 100 نزاع جوار خلال السنة الأولى.",
                "fr": "Intervenir dans 100 conflits de voisinage la première année.",
                "en": "Step into 100 neighbourhood disputes in the first year.",
            },
        ],
        "beneficiaries": [{"count": 24, "women": 11, "audience": "youth"}],
    },
    {
        "slug": "school-for-all",
        "kind": "programme",
        "title": {
            "ar": "مدرسة للجميع: التمدرس الدامج (مثال)",
            "fr": "L'école pour tous : scolarisation inclusive (exemple)",
            "en": "School for All: Inclusive Schooling (example)",
        },
        "summary": {
            "ar": "برنامج مشترك بين ثلاث جمعيات لتسجيل الأطفال في وضعية إعاقة في المدارس العمومية.",
            "fr": "Un programme commun à trois associations pour inscrire les enfants en situation de handicap à l'école publique.",
            "en": "A joint programme of three associations to enrol children with disabilities in public schools.",
        },
        "description": {
            "ar": "تكوين الأساتذة، وتجهيز الأقسام، ومرافقة الأسر: تعمل الجمعيات الثلاث مع عشر مدارس عمومية في مقاطعات طنجة الأربع.",
            "fr": "Formation des enseignants, aménagement des classes, accompagnement des familles : les trois associations travaillent avec dix écoles publiques des quatre arrondissements de Tanger.",
            "en": "Training teachers, adapting classrooms, supporting families: the three associations work with ten public schools across Tangier's four arrondissements.",
        },
        "start_date": "2024-09-01",
        "end_date": "2027-07-31",
        "progress": "ongoing",
        "achievement": 62,
        "achievement_on": "2026-06-30",
        "achievement_source": "verified",
        "lead": "tawassol-inclusion",
        "partners": ["basma-children-disabilities", "bassira-visual-impairment"],
        "themes": ["education-literacy", "rights-of-the-child"],
        "audiences": ["people-with-disabilities", "children"],
        "countries": ["MA"],
        "objectives": [
            {
                "ar": "تسجيل 120 طفلاً في وضعية إعاقة في المدرسة العمومية.",
                "fr": "Inscrire 120 enfants en situation de handicap à l'école publique.",
                "en": "Enrol 120 children with disabilities in public school.",
            },
            {
                "ar": "تكوين 80 أستاذاً في التربية الدامجة.",
                "fr": "Former 80 enseignants à l'éducation inclusive.",
                "en": "Train 80 teachers in inclusive education.",
            },
        ],
        "beneficiaries": [{"count": 75, "women": 33, "audience": "children"}],
    },
    {
        "slug": "welcoming-public-offices",
        "kind": "project",
        "title": {
            "ar": "إدارات تحسن الاستقبال (مثال)",
            "fr": "Des guichets publics plus accueillants (exemple)",
            "en": "Welcoming Public Offices (example)",
        },
        "summary": {
            "ar": "تكوين موظفي الإدارات بطنجة في استقبال المهاجرين والأشخاص في وضعية هشاشة.",
            "fr": "Former les agents des administrations de Tanger à l'accueil des personnes migrantes et vulnérables.",
            "en": "Training staff of Tangier's public offices to receive migrants and vulnerable people.",
        },
        "description": {
            "ar": "تنظم الجمعيات دورات قصيرة انطلاقاً من حالات حقيقية يعيشها المرتفقون، وتعد مع الإدارات دلائل بسيطة بعدة لغات.",
            "fr": "Les associations animent des sessions courtes à partir de situations vécues par les usagers, et préparent avec les administrations des guides simples en plusieurs langues.",
            "en": "The associations run short sessions built on situations users have lived through, and write simple guides in several languages with the public offices.",
        },
        "start_date": "2026-03-01",
        "end_date": "2027-02-28",
        "progress": "ongoing",
        "achievement": 20,
        "achievement_on": "2026-09-01",
        "achievement_source": "reported",
        "lead": "tangier-associations-network",
        "partners": ["adala-access-to-justice", "tadamon-migrants", "mghogha-social-centre"],
        "themes": ["migration", "human-rights"],
        "audiences": ["public-authorities", "migrants"],
        "countries": ["MA"],
        "beneficiaries": [
            {
                "count": 45,
                "women": 26,
                "audience": "public-authorities",
                "note": {"ar": "موظفون مكوَّنون", "fr": "agents formés", "en": "staff trained"},
            }
        ],
    },
]

EXAMPLE_NEWS = [
    {
        "slug": "relay-mothers-first-training",
        "organization": "nour-mothers-bni-makada",
        "project": "relay-mothers-bni-makada",
        "published_on": "2026-06-20",
        "title": {
            "ar": "الأمهات المرافِقات ينهين تكوينهن الأول (مثال)",
            "fr": "Les mamans relais terminent leur première formation (exemple)",
            "en": "Relay mothers complete their first training (example)",
        },
        "summary": {
            "ar": "أنهت ثلاثون أماً من بني مكادة ثلاثة أشهر من التكوين.",
            "fr": "Trente mères de Bni Makada ont terminé trois mois de formation.",
            "en": "Thirty mothers from Bni Makada have finished three months of training.",
        },
        "body": {
            "ar": "احتفلت الجمعية يوم السبت بتسليم الشواهد لثلاثين أماً أنهين تكويناً في الإنصات والحوار مع المراهقين.\n\nستنظم كل واحدة منهن ابتداءً من شتنبر لقاءات شهرية في حيها، بدعم من فريق الجمعية.",
            "fr": "L'association a fêté samedi la remise des attestations à trente mères qui ont suivi une formation à l'écoute et au dialogue avec les adolescents.\n\nDès septembre, chacune animera une rencontre mensuelle dans son quartier, avec le soutien de l'équipe.",
            "en": "On Saturday the association celebrated thirty mothers receiving their certificates after training in listening and talking with teenagers.\n\nFrom September, each will run a monthly meeting in her neighbourhood, with the team's support.",
        },
    },
    {
        "slug": "winter-solidarity-results",
        "organization": "casabarata-food-bank",
        "project": "winter-solidarity-2025",
        "published_on": "2026-03-31",
        "title": {
            "ar": "شتاء التضامن: 300 أسرة استفادت (مثال)",
            "fr": "Hiver solidaire : 300 familles aidées (exemple)",
            "en": "Winter Solidarity: 300 families helped (example)",
        },
        "summary": {
            "ar": "حصيلة أربعة أشهر من التوزيعات المنسقة بين ثلاث جمعيات.",
            "fr": "Le bilan de quatre mois de distributions coordonnées entre trois associations.",
            "en": "Four months of distributions coordinated between three associations.",
        },
        "body": {
            "ar": "وُزعت أكثر من 1500 قفة غذائية و900 غطاء بين نونبر ومارس، بفضل أكثر من مئة متطوع.\n\nشكراً لتجار كاسابراطا والدرادب على كرمهم.",
            "fr": "Plus de 1 500 paniers alimentaires et 900 couvertures ont été distribués entre novembre et mars, grâce à plus de cent bénévoles.\n\nMerci aux commerçants de Casabarata et de Dradeb pour leur générosité.",
            "en": "More than 1,500 food parcels and 900 blankets were handed out between November and March, thanks to over a hundred volunteers.\n\nThank you to the traders of Casabarata and Dradeb for their generosity.",
        },
    },
    {
        "slug": "salam-ramadan-hours-2026",
        "organization": "salam-migrants-house",
        "published_on": "2026-02-10",
        "title": {
            "ar": "أوقات العمل خلال شهر رمضان (مثال)",
            "fr": "Nos horaires pendant le Ramadan (exemple)",
            "en": "Our opening hours during Ramadan (example)",
        },
        "summary": {
            "ar": "تفتح الدار من العاشرة صباحاً إلى الثالثة بعد الزوال، وتقدم وجبة الإفطار كل مساء.",
            "fr": "La maison ouvre de 10 h à 15 h et sert le ftour chaque soir.",
            "en": "The house opens from 10:00 to 15:00 and serves iftar every evening.",
        },
        "body": {
            "ar": "خلال شهر رمضان، يفتح الاستقبال من الاثنين إلى الجمعة من العاشرة صباحاً إلى الثالثة بعد الزوال.\n\nتُعوَّض وجبة الغداء بوجبة إفطار تُقدَّم كل مساء عند أذان المغرب. المتطوعون مرحب بهم للمساعدة في المطبخ.",
            "fr": "Pendant le Ramadan, l'accueil est ouvert du lundi au vendredi de 10 h à 15 h.\n\nLe déjeuner est remplacé par un ftour servi chaque soir à l'appel du maghrib. Les bénévoles sont les bienvenus en cuisine.",
            "en": "During Ramadan, reception is open Monday to Friday from 10:00 to 15:00.\n\nLunch is replaced by an iftar served every evening at the maghrib call to prayer. Volunteers are welcome in the kitchen.",
        },
    },
    {
        "slug": "ngo-training-autumn-2026",
        "organization": "tangier-associations-network",
        "published_on": "2026-09-15",
        "title": {
            "ar": "التسجيل مفتوح: تكوينات الجمعيات لخريف 2026 (مثال)",
            "fr": "Inscriptions ouvertes : formations des associations, automne 2026 (exemple)",
            "en": "Sign-up open: training for associations, autumn 2026 (example)",
        },
        "summary": {
            "ar": "ست وحدات من أكتوبر إلى دجنبر، أيام السبت صباحاً.",
            "fr": "Six modules d'octobre à décembre, le samedi matin.",
            "en": "Six modules from October to December, on Saturday mornings.",
        },
        "body": {
            "ar": "يشمل البرنامج إعداد المشاريع، والبحث عن التمويل، والمحاسبة البسيطة، والتواصل، والترافع، وحماية المعطيات الشخصية.\n\nالتسجيل مجاني لأعضاء الشبكة، عبر البريد الإلكتروني.",
            "fr": "Au programme : montage de projet, recherche de financements, comptabilité simple, communication, plaidoyer et protection des données personnelles.\n\nInscription gratuite pour les membres du réseau, par courriel.",
            "en": "On the programme: project design, fundraising, simple bookkeeping, communication, advocacy and personal data protection.\n\nFree for network members; sign up by email.",
        },
    },
    {
        "slug": "school-for-all-new-pupils",
        "organization": "tawassol-inclusion",
        "project": "school-for-all",
        "published_on": "2026-09-28",
        "title": {
            "ar": "الدخول المدرسي: 25 طفلاً جديداً في المدرسة (مثال)",
            "fr": "Rentrée scolaire : 25 nouveaux enfants inscrits (exemple)",
            "en": "Back to school: 25 more children enrolled (example)",
        },
        "summary": {
            "ar": "ارتفع عدد الأطفال المسجلين في إطار البرنامج إلى 75 طفلاً.",
            "fr": "Le programme compte désormais 75 enfants scolarisés.",
            "en": "The programme now has 75 children in school.",
        },
        "body": {
            "ar": "التحق هذا الموسم 25 طفلاً في وضعية إعاقة بأقسام المدارس العمومية الشريكة، ترافقهم مربيات متخصصات.\n\nتلقى أساتذتهم تكويناً في الصيف حول التربية الدامجة.",
            "fr": "Cette année, 25 enfants en situation de handicap ont rejoint les classes des écoles publiques partenaires, accompagnés par des éducatrices spécialisées.\n\nLeurs enseignants ont été formés cet été à l'éducation inclusive.",
            "en": "This year 25 children with disabilities joined classes at partner public schools, supported by specialist teachers.\n\nTheir class teachers were trained in inclusive education over the summer.",
        },
    },
    {
        "slug": "young-mediators-bendibane",
        "organization": "tasamouh-mediation-centre",
        "project": "young-mediators-tangier",
        "published_on": "2026-05-12",
        "title": {
            "ar": "الوسطاء الشباب ينصتون لسكان بنديبان (مثال)",
            "fr": "Les jeunes médiateurs à l'écoute des habitants de Bendibane (exemple)",
            "en": "Young mediators listen to Bendibane's residents (example)",
        },
        "summary": {
            "ar": "أول جولة ميدانية للوسطاء الشباب بعد تكوينهم.",
            "fr": "Première tournée de terrain pour les jeunes médiateurs après leur formation.",
            "en": "The young mediators' first round of the neighbourhood after their training.",
        },
        "body": {
            "ar": "زار الوسطاء الشباب خلال أسبوعين أكثر من مئتي أسرة في بنديبان للتعريف بخدمة الوساطة والاستماع إلى انشغالات السكان.\n\nالضجيج والنظافة وركن السيارات تتصدر قائمة أسباب النزاعات.",
            "fr": "En deux semaines, les jeunes médiateurs ont rendu visite à plus de deux cents familles de Bendibane pour présenter la médiation et écouter les préoccupations des habitants.\n\nLe bruit, la propreté et le stationnement arrivent en tête des sujets de conflit.",
            "en": "Over two weeks the young mediators visited more than two hundred families in Bendibane to introduce mediation and hear residents' concerns.\n\nNoise, litter and parking top the list of causes of disputes.",
        },
    },
    {
        "slug": "mghogha-literacy-classes-resume",
        "organization": "mghogha-social-centre",
        "published_on": "2026-10-05",
        "title": {
            "ar": "استئناف دروس محو الأمية (مثال)",
            "fr": "Reprise des cours d'alphabétisation (exemple)",
            "en": "Literacy classes start again (example)",
        },
        "summary": {
            "ar": "الدروس تنطلق من جديد في المركز وفي ملحق مغوغة الصغيرة.",
            "fr": "Les cours reprennent au centre et à l'annexe de Mghogha Sghira.",
            "en": "Classes resume at the centre and at the Mghogha Sghira annex.",
        },
        "body": {
            "ar": "يمكن التسجيل في الاستقبال من الاثنين إلى الخميس بعد الزوال، مع نسخة من البطاقة الوطنية.\n\nيُفتح هذه السنة قسم جديد للمستوى المتوسط.",
            "fr": "Les inscriptions se font à l'accueil du lundi au jeudi après-midi, avec une copie de la CIN.\n\nUne nouvelle classe de niveau intermédiaire ouvre cette année.",
            "en": "Sign up at the reception desk Monday to Thursday afternoons, with a copy of your national ID card.\n\nA new intermediate class opens this year.",
        },
    },
]
