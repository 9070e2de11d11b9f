"""The kinds of services the fictional organizations offer, and their opening hours.

Each fictional organization (example_organizations.py) lists the keys of the services it
offers; `load_demo` makes one Service per organization and key, at the organization's
locations. The texts are written once here, so that two associations running literacy
classes describe them the same way.
"""

# ruff: noqa: E501  (prose reads better unwrapped)

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(1, 8)
WEEKDAYS = (MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)

# Opening hours: a name, and the (days, opens, closes) periods it stands for.
SCHEDULES = {
    "office": [(WEEKDAYS, "09:00", "12:30"), (WEEKDAYS, "14:30", "17:30")],
    "mornings": [(WEEKDAYS, "09:00", "13:00")],
    "afternoons": [((MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "15:00", "18:00")],
    "saturday-mornings": [((SATURDAY,), "09:30", "13:00")],
    "two-mornings": [((TUESDAY, THURSDAY), "09:00", "12:00")],
    "wednesday-afternoon": [((WEDNESDAY,), "14:00", "17:00")],
    "ramadan-days": [(WEEKDAYS, "10:00", "15:00")],
    # After the evening prayer, past midnight (a closing time before the opening is the next day).
    "ramadan-evenings": [((MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "21:30", "00:30")],
}

# The services. "hours" and "ramadan_hours" name schedules above; "walk_in" adds a walk-in
# contact channel (no appointment needed); "fees" is only there when the service is not free.
SERVICE_TYPES = {
    "literacy-classes": {
        "name": {
            "ar": "دروس محو الأمية للكبار",
            "fr": "Cours d'alphabétisation pour adultes",
            "en": "Adult literacy classes",
        },
        "summary": {
            "ar": "تعلّم القراءة والكتابة والحساب في مجموعات صغيرة.",
            "fr": "Apprendre à lire, à écrire et à compter en petits groupes.",
            "en": "Learn to read, write and count in small groups.",
        },
        "description": {
            "ar": "دروس بالعربية مع شروح بالدارجة، على مستويين: مبتدئ ومتوسط. تُسلَّم شهادة في نهاية السنة.",
            "fr": "Cours en arabe avec des explications en darija, sur deux niveaux : débutant et intermédiaire. Une attestation est remise en fin d'année.",
            "en": "Classes in Arabic with explanations in Darija, at two levels: beginner and intermediate. A certificate is given at the end of the year.",
        },
        "eligibility": {
            "ar": "كل شخص يبلغ 15 سنة فما فوق لم يتمكن من التمدرس أو انقطع عنه مبكراً.",
            "fr": "Toute personne de 15 ans ou plus qui n'a pas pu aller à l'école ou l'a quittée tôt.",
            "en": "Anyone aged 15 or over who could not go to school or left it early.",
        },
        "how_to_access": {
            "ar": "التسجيل في الاستقبال مع نسخة من البطاقة الوطنية. تنطلق الدروس في أكتوبر.",
            "fr": "Inscription à l'accueil avec une copie de la CIN. Les cours commencent en octobre.",
            "en": "Sign up at the reception desk with a copy of your national ID card. Classes start in October.",
        },
        "themes": ["education-literacy"],
        "audiences": ["women", "mothers", "elderly"],
        "languages": ["ar", "ary"],
        "hours": ["afternoons"],
        "ramadan_hours": ["ramadan-evenings"],
    },
    "homework-club": {
        "name": {"ar": "الدعم المدرسي", "fr": "Soutien scolaire", "en": "After-school tutoring"},
        "summary": {
            "ar": "مساعدة التلاميذ على إنجاز الواجبات والاستعداد للامتحانات.",
            "fr": "Aide aux devoirs et préparation des examens pour les élèves.",
            "en": "Homework help and exam preparation for pupils.",
        },
        "description": {
            "ar": "يؤطر متطوعون وأساتذة تلاميذ الابتدائي والإعدادي في الرياضيات واللغات، مع تتبع خاص للتلاميذ المهددين بالانقطاع عن الدراسة.",
            "fr": "Des bénévoles et des enseignants accompagnent les élèves du primaire et du collège en mathématiques et en langues, avec un suivi particulier pour ceux qui risquent de décrocher.",
            "en": "Volunteers and teachers help primary and middle-school pupils with maths and languages, with closer follow-up for those at risk of dropping out.",
        },
        "eligibility": {
            "ar": "تلاميذ من 7 إلى 15 سنة يسكنون في الحي.",
            "fr": "Élèves de 7 à 15 ans habitant le quartier.",
            "en": "Pupils aged 7 to 15 living in the neighbourhood.",
        },
        "how_to_access": {
            "ar": "يحضر أحد الوالدين مع الطفل ودفتر النقط للتسجيل.",
            "fr": "Un parent vient inscrire l'enfant avec son bulletin de notes.",
            "en": "A parent comes with the child and the school report to sign up.",
        },
        "themes": ["education-literacy", "rights-of-the-child"],
        "audiences": ["children", "youth"],
        "languages": ["ar", "ary", "fr"],
        "hours": ["afternoons", "saturday-mornings"],
    },
    "legal-clinic": {
        "name": {
            "ar": "الاستشارة القانونية المجانية",
            "fr": "Permanence juridique gratuite",
            "en": "Free legal advice desk",
        },
        "summary": {
            "ar": "محامون متطوعون يجيبون عن أسئلتكم القانونية ويوجهونكم.",
            "fr": "Des avocats bénévoles répondent à vos questions juridiques et vous orientent.",
            "en": "Volunteer lawyers answer your legal questions and tell you where to go.",
        },
        "description": {
            "ar": "قضايا الأسرة (الطلاق، النفقة، الحضانة)، الشغل، السكن والحالة المدنية. يمكن للمحامي أن يساعد في تحرير شكاية أو طلب المساعدة القضائية.",
            "fr": "Droit de la famille (divorce, pension alimentaire, garde), travail, logement et état civil. L'avocat peut aider à rédiger une plainte ou une demande d'assistance judiciaire.",
            "en": "Family matters (divorce, alimony, custody), work, housing and civil status. The lawyer can help write a complaint or an application for legal aid.",
        },
        "eligibility": {
            "ar": "مفتوحة للجميع، مع الأولوية للأشخاص الذين لا يستطيعون أداء أتعاب المحامي.",
            "fr": "Ouverte à tous, en priorité aux personnes qui ne peuvent pas payer un avocat.",
            "en": "Open to everyone, with priority for people who cannot pay a lawyer.",
        },
        "how_to_access": {
            "ar": "احضروا خلال أوقات الاستقبال ومعكم وثائق ملفكم. لا حاجة إلى موعد.",
            "fr": "Venez pendant la permanence avec les documents de votre dossier. Sans rendez-vous.",
            "en": "Come during opening hours with the papers of your case. No appointment needed.",
        },
        "themes": ["legal-aid", "human-rights"],
        "audiences": ["women", "migrants"],
        "languages": ["ar", "ary", "fr"],
        "hours": ["two-mornings"],
        "walk_in": True,
    },
    "civil-registration-help": {
        "name": {
            "ar": "المساعدة في إجراءات الحالة المدنية",
            "fr": "Aide aux démarches d'état civil",
            "en": "Help with civil registration",
        },
        "summary": {
            "ar": "تسجيل المواليد والحصول على عقود الازدياد والدفتر العائلي.",
            "fr": "Déclarer une naissance, obtenir un acte de naissance ou un livret de famille.",
            "en": "Registering a birth, getting a birth certificate or a family booklet.",
        },
        "description": {
            "ar": "نرافق الأسر في إعداد الملف وإيداعه لدى مكتب الحالة المدنية، وفي مسطرة التصريح بالولادة خارج الأجل أمام المحكمة.",
            "fr": "Nous accompagnons les familles pour constituer le dossier et le déposer au bureau d'état civil, et pour la déclaration tardive de naissance devant le tribunal.",
            "en": "We help families put the file together and hand it in at the civil registry office, and with late birth registration before the court.",
        },
        "eligibility": {
            "ar": "الأسر التي لديها أطفال غير مسجلين في الحالة المدنية، والأمهات العازبات.",
            "fr": "Familles dont les enfants ne sont pas inscrits à l'état civil, mères célibataires.",
            "en": "Families whose children are not registered, and single mothers.",
        },
        "how_to_access": {
            "ar": "اتصلوا لأخذ موعد، واحضروا كل الوثائق المتوفرة لديكم.",
            "fr": "Appelez pour prendre rendez-vous et apportez tous les documents que vous avez.",
            "en": "Call for an appointment and bring every document you have.",
        },
        "themes": ["legal-aid", "rights-of-the-child"],
        "audiences": ["mothers", "children"],
        "languages": ["ar", "ary"],
        "hours": ["mornings"],
        "ramadan_hours": ["ramadan-days"],
    },
    "women-shelter": {
        "name": {
            "ar": "الإيواء الاستعجالي للنساء ضحايا العنف",
            "fr": "Hébergement d'urgence pour femmes victimes de violence",
            "en": "Emergency shelter for women survivors of violence",
        },
        "summary": {
            "ar": "مكان آمن للنساء وأطفالهن، مع مرافقة اجتماعية وقانونية.",
            "fr": "Un lieu sûr pour les femmes et leurs enfants, avec un accompagnement social et juridique.",
            "en": "A safe place for women and their children, with social and legal support.",
        },
        "description": {
            "ar": "إيواء لمدة قد تصل إلى ثلاثة أشهر، ووجبات، ومواكبة من طرف مساعدة اجتماعية وأخصائية نفسية، ومساعدة في الإجراءات القانونية. العنوان سري حفاظاً على سلامة المقيمات.",
            "fr": "Hébergement jusqu'à trois mois, repas, suivi par une assistante sociale et une psychologue, aide aux démarches juridiques. L'adresse reste confidentielle pour la sécurité des résidentes.",
            "en": "Accommodation for up to three months, meals, follow-up by a social worker and a psychologist, help with legal steps. The address is kept confidential for the residents' safety.",
        },
        "eligibility": {
            "ar": "النساء ضحايا العنف، مع أطفالهن أو بدونهم.",
            "fr": "Femmes victimes de violence, avec ou sans enfants.",
            "en": "Women who have suffered violence, with or without children.",
        },
        "how_to_access": {
            "ar": "اتصلي بالرقم المخصص في أي وقت ليلاً أو نهاراً؛ ستستقبلك امرأة وتشرح لك الخطوات.",
            "fr": "Appelez la ligne d'écoute, de jour comme de nuit : une femme vous répond et vous explique la suite.",
            "en": "Call the helpline, day or night: a woman answers and explains what happens next.",
        },
        "themes": ["shelter", "women-and-mothers", "psychosocial-support"],
        "audiences": ["women", "mothers", "children"],
        "languages": ["ar", "ary", "fr", "zgh"],
    },
    "listening-centre": {
        "name": {
            "ar": "مركز الاستماع للنساء",
            "fr": "Centre d'écoute pour les femmes",
            "en": "Listening centre for women",
        },
        "summary": {
            "ar": "إنصات سري وتوجيه للنساء اللواتي يعشن وضعية صعبة أو عنفاً.",
            "fr": "Une écoute confidentielle et une orientation pour les femmes en difficulté ou victimes de violence.",
            "en": "Confidential listening and guidance for women in difficulty or facing violence.",
        },
        "description": {
            "ar": "تستقبلك مستمعة مكوَّنة في جلسة فردية، وتساعدك على فهم حقوقك وتوجهك عند الحاجة نحو محامٍ أو طبيب أو مركز إيواء.",
            "fr": "Une écoutante formée vous reçoit en entretien individuel, vous aide à comprendre vos droits et vous oriente au besoin vers un avocat, un médecin ou un hébergement.",
            "en": "A trained counsellor sees you one to one, helps you understand your rights and, if needed, refers you to a lawyer, a doctor or a shelter.",
        },
        "eligibility": {
            "ar": "كل امرأة، مهما كان سنها أو وضعها.",
            "fr": "Toute femme, quels que soient son âge et sa situation.",
            "en": "Any woman, whatever her age or situation.",
        },
        "how_to_access": {
            "ar": "احضري مباشرة أو أرسلي رسالة عبر واتساب لتحديد موعد.",
            "fr": "Venez directement ou envoyez un message WhatsApp pour fixer un rendez-vous.",
            "en": "Come in or send a WhatsApp message to set up a meeting.",
        },
        "themes": ["women-and-mothers", "psychosocial-support", "legal-aid"],
        "audiences": ["women"],
        "languages": ["ar", "ary", "zgh"],
        "hours": ["office"],
        "ramadan_hours": ["ramadan-days"],
        "walk_in": True,
    },
    "psychological-support": {
        "name": {
            "ar": "استشارات نفسية",
            "fr": "Consultations psychologiques",
            "en": "Psychological counselling",
        },
        "summary": {
            "ar": "جلسات فردية أو جماعية مع أخصائيين نفسيين.",
            "fr": "Des séances individuelles ou en groupe avec des psychologues.",
            "en": "One-to-one or group sessions with psychologists.",
        },
        "description": {
            "ar": "للتعامل مع القلق والحزن والصدمات بعد تجربة صعبة (عنف، منفى، فقدان). الجلسات سرية.",
            "fr": "Pour faire face à l'anxiété, au deuil ou au traumatisme après une épreuve (violence, exil, perte d'un proche). Les séances sont confidentielles.",
            "en": "To cope with anxiety, grief or trauma after a hard experience (violence, exile, losing someone). Sessions are confidential.",
        },
        "eligibility": {
            "ar": "الشباب والأطفال (بحضور أحد الوالدين) والمهاجرون.",
            "fr": "Jeunes, enfants (avec un parent) et personnes migrantes.",
            "en": "Young people, children (with a parent) and migrants.",
        },
        "how_to_access": {
            "ar": "بموعد عبر الهاتف أو واتساب. يمكن أن يحضر مترجم عند الحاجة.",
            "fr": "Sur rendez-vous par téléphone ou WhatsApp. Un interprète peut être présent si besoin.",
            "en": "By appointment, by phone or WhatsApp. An interpreter can join if needed.",
        },
        "themes": ["psychosocial-support"],
        "audiences": ["youth", "children", "migrants"],
        "languages": ["ar", "ary", "fr", "en"],
        "hours": ["office"],
        "ramadan_hours": ["ramadan-days"],
    },
    "mothers-circle": {
        "name": {
            "ar": "حلقة حوار الأمهات",
            "fr": "Cercle de parole des mamans",
            "en": "Mothers' talking circle",
        },
        "summary": {
            "ar": "لقاء أسبوعي تتبادل فيه الأمهات تجاربهن حول تربية الأبناء.",
            "fr": "Une rencontre par semaine où les mères échangent sur l'éducation de leurs enfants.",
            "en": "A weekly meeting where mothers share experiences of bringing up their children.",
        },
        "description": {
            "ar": "تنشط اللقاءَ مربيةٌ، ويتناول مواضيع مثل الحوار مع المراهقين والاستعمال الآمن للإنترنت ورصد علامات الانغلاق أو التطرف. يتم التكفل بالأطفال الصغار أثناء اللقاء.",
            "fr": "Animée par une éducatrice, la rencontre aborde le dialogue avec les adolescents, l'usage sûr d'internet et les signes de repli ou de radicalisation. Les petits enfants sont gardés pendant la séance.",
            "en": "Led by a youth worker, the circle covers talking with teenagers, safe internet use and the signs of withdrawal or radicalisation. Young children are looked after during the session.",
        },
        "eligibility": {
            "ar": "الأمهات والجدات ومن يتكفلن بتربية الأطفال.",
            "fr": "Mères, grands-mères et toutes celles qui élèvent des enfants.",
            "en": "Mothers, grandmothers and anyone raising children.",
        },
        "how_to_access": {
            "ar": "احضري مباشرة يوم الأربعاء بعد الزوال.",
            "fr": "Venez directement le mercredi après-midi.",
            "en": "Just come on Wednesday afternoon.",
        },
        "themes": ["women-and-mothers", "prevention-violent-extremism", "psychosocial-support"],
        "audiences": ["mothers", "families-of-returnees"],
        "languages": ["ary", "zgh"],
        "hours": ["wednesday-afternoon"],
        "walk_in": True,
    },
    "migrant-reception": {
        "name": {
            "ar": "استقبال المهاجرين وتوجيههم",
            "fr": "Accueil et orientation des personnes migrantes",
            "en": "Reception and guidance for migrants",
        },
        "summary": {
            "ar": "معلومات حول الحقوق والإقامة والعلاج والتعليم، وتوجيه نحو الخدمات المناسبة.",
            "fr": "Informations sur les droits, le séjour, les soins et l'école, et orientation vers les bons services.",
            "en": "Information on rights, residence, healthcare and school, and referral to the right services.",
        },
        "description": {
            "ar": "يستقبل فريق يتحدث عدة لغات المهاجرين واللاجئين، ويستمع إلى احتياجاتهم، ويوجههم نحو الشركاء في مجالات الصحة والإيواء والمساعدة القانونية.",
            "fr": "Une équipe qui parle plusieurs langues reçoit les personnes migrantes et réfugiées, écoute leurs besoins et les oriente vers les partenaires en santé, hébergement et aide juridique.",
            "en": "A multilingual team welcomes migrants and refugees, listens to their needs and refers them to partners for healthcare, shelter and legal aid.",
        },
        "eligibility": {
            "ar": "كل شخص مهاجر أو لاجئ أو طالب لجوء، مهما كانت وضعيته الإدارية.",
            "fr": "Toute personne migrante, réfugiée ou demandeuse d'asile, quelle que soit sa situation administrative.",
            "en": "Any migrant, refugee or asylum seeker, whatever their papers.",
        },
        "how_to_access": {
            "ar": "احضروا خلال أوقات الاستقبال، بدون موعد.",
            "fr": "Présentez-vous aux heures d'ouverture, sans rendez-vous.",
            "en": "Come during opening hours, no appointment needed.",
        },
        "themes": ["migration", "protection"],
        "audiences": ["migrants"],
        "languages": ["ar", "fr", "en", "es"],
        "hours": ["mornings"],
        "ramadan_hours": ["ramadan-days"],
        "walk_in": True,
    },
    "minors-day-centre": {
        "name": {
            "ar": "مركز نهاري للقاصرين غير المصحوبين",
            "fr": "Centre de jour pour mineurs non accompagnés",
            "en": "Day centre for unaccompanied minors",
        },
        "summary": {
            "ar": "وجبة واستحمام وأنشطة ومرافقة للأطفال الذين يعيشون بدون أسرهم.",
            "fr": "Repas, douche, activités et accompagnement pour les enfants qui vivent sans leur famille.",
            "en": "A meal, a shower, activities and support for children living without their families.",
        },
        "description": {
            "ar": "يستقبل مربون القاصرين خلال النهار، ويقترحون عليهم دروساً وأنشطة رياضية، ويعملون معهم على مشروع حياة: العودة إلى المدرسة أو التكوين أو الالتحاق بالأسرة.",
            "fr": "Des éducateurs accueillent les mineurs en journée, leur proposent des cours et du sport, et construisent avec eux un projet : retour à l'école, formation ou retour en famille.",
            "en": "Youth workers welcome minors during the day, offer them lessons and sport, and work with them on a plan: back to school, training or going back to their family.",
        },
        "eligibility": {
            "ar": "الأطفال دون 18 سنة، المغاربة والأجانب، الذين يعيشون بدون أسرهم.",
            "fr": "Enfants de moins de 18 ans, marocains ou étrangers, qui vivent sans leur famille.",
            "en": "Children under 18, Moroccan or foreign, living without their families.",
        },
        "how_to_access": {
            "ar": "يمكن للطفل أن يحضر بمفرده خلال النهار.",
            "fr": "L'enfant peut venir seul pendant la journée.",
            "en": "Children can come on their own during the day.",
        },
        "themes": ["protection", "rights-of-the-child", "food-and-basic-goods"],
        "audiences": ["unaccompanied-minors", "children"],
        "languages": ["ar", "ary", "fr", "zgh"],
        "hours": ["mornings", "afternoons"],
        "ramadan_hours": ["ramadan-days"],
        "walk_in": True,
    },
    "minors-shelter": {
        "name": {
            "ar": "دار إيواء للقاصرين",
            "fr": "Foyer d'accueil pour mineurs",
            "en": "Residential home for minors",
        },
        "summary": {
            "ar": "إيواء ليلي آمن للقاصرين غير المصحوبين، مع متابعة تربوية.",
            "fr": "Un hébergement sûr la nuit pour les mineurs non accompagnés, avec un suivi éducatif.",
            "en": "Safe overnight accommodation for unaccompanied minors, with educational follow-up.",
        },
        "description": {
            "ar": "خمسة عشر سريراً، ومربون حاضرون ليلاً، وتنسيق مع النيابة العامة وقاضي الأحداث. العنوان لا يُنشر حمايةً للأطفال.",
            "fr": "Quinze lits, des éducateurs présents la nuit et une coordination avec le parquet et le juge des mineurs. L'adresse n'est pas publiée pour protéger les enfants.",
            "en": "Fifteen beds, youth workers present at night, and coordination with the public prosecutor and the juvenile judge. The address is not published, to protect the children.",
        },
        "eligibility": {
            "ar": "القاصرون غير المصحوبين، بتوجيه من مركز نهاري أو من السلطات.",
            "fr": "Mineurs non accompagnés, orientés par un centre de jour ou par les autorités.",
            "en": "Unaccompanied minors, referred by a day centre or by the authorities.",
        },
        "how_to_access": {
            "ar": "اتصلوا بالرقم المخصص؛ يحدد الفريق مكان اللقاء.",
            "fr": "Appelez le numéro dédié : l'équipe fixe le lieu de rencontre.",
            "en": "Call the dedicated number: the team arranges where to meet.",
        },
        "themes": ["shelter", "protection", "rights-of-the-child"],
        "audiences": ["unaccompanied-minors"],
        "languages": ["ar", "ary", "fr"],
    },
    "return-counselling": {
        "name": {
            "ar": "الإرشاد حول العودة الطوعية",
            "fr": "Information sur le retour volontaire",
            "en": "Advice on voluntary return",
        },
        "summary": {
            "ar": "معلومات سرية حول برامج العودة الطوعية وإعادة الإدماج في البلد الأصلي.",
            "fr": "Une information confidentielle sur les programmes de retour volontaire et de réintégration dans le pays d'origine.",
            "en": "Confidential information on voluntary return and reintegration programmes in the home country.",
        },
        "description": {
            "ar": "يشرح مستشار الشروط والمراحل، ويساعد على تهيئة الملف مع الهيئات المختصة. القرار يبقى قرار الشخص وحده.",
            "fr": "Un conseiller explique les conditions et les étapes et aide à préparer le dossier avec les organismes compétents. La décision reste celle de la personne.",
            "en": "An adviser explains the conditions and the steps and helps prepare the file with the agencies in charge. The decision is the person's alone.",
        },
        "eligibility": {
            "ar": "المهاجرون الراغبون في العودة إلى بلدانهم.",
            "fr": "Personnes migrantes qui souhaitent rentrer dans leur pays.",
            "en": "Migrants who wish to go back to their country.",
        },
        "how_to_access": {
            "ar": "بموعد، عبر الهاتف أو مباشرة في الاستقبال.",
            "fr": "Sur rendez-vous, par téléphone ou à l'accueil.",
            "en": "By appointment, by phone or at the reception desk.",
        },
        "themes": ["voluntary-return", "migration"],
        "audiences": ["migrants"],
        "languages": ["fr", "en", "ar"],
        "hours": ["two-mornings"],
    },
    "food-baskets": {
        "name": {
            "ar": "توزيع القفف الغذائية",
            "fr": "Distribution de paniers alimentaires",
            "en": "Food parcel distribution",
        },
        "summary": {
            "ar": "قفة شهرية من المواد الأساسية للأسر المعوزة.",
            "fr": "Un panier mensuel de produits de base pour les familles dans le besoin.",
            "en": "A monthly parcel of basic food for families in need.",
        },
        "description": {
            "ar": "دقيق وزيت وسكر وشاي وعدس وحليب، ومواد النظافة. في رمضان تُوزَّع قفة إضافية.",
            "fr": "Farine, huile, sucre, thé, lentilles, lait et produits d'hygiène. Un panier supplémentaire est distribué pendant le Ramadan.",
            "en": "Flour, oil, sugar, tea, lentils, milk and hygiene products. An extra parcel is handed out during Ramadan.",
        },
        "eligibility": {
            "ar": "الأسر في وضعية هشاشة المسجلة لدى الجمعية بعد زيارة اجتماعية.",
            "fr": "Familles en situation de précarité inscrites auprès de l'association après une visite sociale.",
            "en": "Families in hardship registered with the association after a home visit.",
        },
        "how_to_access": {
            "ar": "التسجيل في الاستقبال مع البطاقة الوطنية أو أي وثيقة هوية.",
            "fr": "Inscription à l'accueil avec la CIN ou tout autre document d'identité.",
            "en": "Sign up at the reception desk with a national ID card or any identity document.",
        },
        "themes": ["food-and-basic-goods", "humanitarian-aid"],
        "audiences": ["elderly", "people-with-disabilities", "mothers"],
        "languages": ["ar", "ary"],
        "hours": ["saturday-mornings"],
        "ramadan_hours": ["ramadan-days"],
        "walk_in": True,
    },
    "hot-meals": {
        "name": {"ar": "وجبات ساخنة", "fr": "Repas chauds", "en": "Hot meals"},
        "summary": {
            "ar": "وجبة غداء مجانية كل يوم من أيام الأسبوع.",
            "fr": "Un déjeuner gratuit chaque jour de la semaine.",
            "en": "A free lunch every weekday.",
        },
        "description": {
            "ar": "تُقدَّم الوجبات في القاعة أو تُحمل إلى المنزل للأشخاص الذين لا يستطيعون التنقل. في رمضان تتحول إلى وجبة إفطار.",
            "fr": "Les repas sont servis sur place ou à emporter pour les personnes qui ne peuvent pas se déplacer. Pendant le Ramadan, ils deviennent un repas de ftour.",
            "en": "Meals are served on site, or to take away for people who cannot get around. During Ramadan they become an iftar meal.",
        },
        "eligibility": {
            "ar": "كل شخص في حاجة، بدون شروط.",
            "fr": "Toute personne dans le besoin, sans condition.",
            "en": "Anyone in need, no questions asked.",
        },
        "how_to_access": {
            "ar": "احضروا بين الساعة الثانية عشرة والواحدة والنصف.",
            "fr": "Venez entre 12 h et 13 h 30.",
            "en": "Come between 12:00 and 13:30.",
        },
        "themes": ["food-and-basic-goods"],
        "audiences": ["migrants", "elderly"],
        "languages": ["ar", "ary", "fr"],
        "hours": ["mornings"],
        "walk_in": True,
    },
    "winter-kits": {
        "name": {
            "ar": "توزيع الأغطية والملابس الشتوية",
            "fr": "Distribution de couvertures et de vêtements d'hiver",
            "en": "Blankets and winter clothing",
        },
        "summary": {
            "ar": "أغطية وملابس دافئة وأحذية من نونبر إلى مارس.",
            "fr": "Couvertures, vêtements chauds et chaussures de novembre à mars.",
            "en": "Blankets, warm clothes and shoes from November to March.",
        },
        "description": {
            "ar": "تُجمع التبرعات وتُفرز من طرف متطوعين، ثم تُوزَّع حسب المقاسات والاحتياجات.",
            "fr": "Les dons sont collectés et triés par des bénévoles, puis distribués selon les tailles et les besoins.",
            "en": "Donations are collected and sorted by volunteers, then handed out by size and need.",
        },
        "eligibility": {
            "ar": "الأشخاص بدون مأوى والمهاجرون والأسر المعوزة.",
            "fr": "Personnes sans abri, personnes migrantes et familles démunies.",
            "en": "Homeless people, migrants and families in need.",
        },
        "how_to_access": {
            "ar": "أيام السبت صباحاً في المقر، بدون تسجيل مسبق.",
            "fr": "Le samedi matin au local, sans inscription préalable.",
            "en": "Saturday mornings at the premises, no need to sign up beforehand.",
        },
        "themes": ["humanitarian-aid", "food-and-basic-goods"],
        "audiences": ["migrants", "children", "elderly"],
        "languages": ["ar", "ary", "fr", "en"],
        "hours": ["saturday-mornings"],
        "walk_in": True,
    },
    "medical-consultations": {
        "name": {
            "ar": "فحوصات طبية مجانية",
            "fr": "Consultations médicales gratuites",
            "en": "Free medical consultations",
        },
        "summary": {
            "ar": "طبيب عام وممرضة، مع أدوية أساسية مجانية.",
            "fr": "Un médecin généraliste et une infirmière, avec des médicaments de base gratuits.",
            "en": "A general practitioner and a nurse, with free basic medicines.",
        },
        "description": {
            "ar": "فحوصات عامة، وتتبع الأمراض المزمنة (السكري وضغط الدم)، وتوجيه نحو المستشفى العمومي عند الحاجة.",
            "fr": "Consultations générales, suivi des maladies chroniques (diabète, tension) et orientation vers l'hôpital public si nécessaire.",
            "en": "General check-ups, follow-up of chronic illness (diabetes, blood pressure) and referral to the public hospital when needed.",
        },
        "eligibility": {
            "ar": "الأشخاص بدون تغطية صحية، ومنهم المهاجرون.",
            "fr": "Personnes sans couverture médicale, personnes migrantes comprises.",
            "en": "People without health insurance, migrants included.",
        },
        "how_to_access": {
            "ar": "احضروا صباحاً؛ تُوزَّع أرقام الانتظار ابتداءً من الساعة التاسعة.",
            "fr": "Venez le matin : les tickets sont distribués à partir de 9 h.",
            "en": "Come in the morning: numbered tickets are handed out from 9:00.",
        },
        "themes": ["health"],
        "audiences": ["migrants", "elderly"],
        "languages": ["ar", "ary", "fr", "en"],
        "hours": ["two-mornings"],
        "ramadan_hours": ["ramadan-days"],
        "walk_in": True,
    },
    "mother-child-health": {
        "name": {
            "ar": "تتبع صحة الأم والطفل",
            "fr": "Suivi santé de la mère et de l'enfant",
            "en": "Mother and child health check-ups",
        },
        "summary": {
            "ar": "تتبع الحمل وتلقيح الرضع ونصائح حول الرضاعة والتغذية.",
            "fr": "Suivi de grossesse, vaccination des bébés, conseils sur l'allaitement et l'alimentation.",
            "en": "Pregnancy follow-up, baby vaccinations, advice on breastfeeding and nutrition.",
        },
        "description": {
            "ar": "تستقبل قابلة الأمهات الحوامل وأمهات الرضع، بتنسيق مع المركز الصحي للحي.",
            "fr": "Une sage-femme reçoit les femmes enceintes et les mères de nourrissons, en lien avec le centre de santé du quartier.",
            "en": "A midwife sees pregnant women and mothers of babies, working with the neighbourhood health centre.",
        },
        "eligibility": {
            "ar": "النساء الحوامل والأمهات والأطفال دون خمس سنوات.",
            "fr": "Femmes enceintes, mères et enfants de moins de cinq ans.",
            "en": "Pregnant women, mothers and children under five.",
        },
        "how_to_access": {
            "ar": "احضري مع دفتر صحة الطفل إن وُجد.",
            "fr": "Venez avec le carnet de santé de l'enfant si vous l'avez.",
            "en": "Bring the child's health booklet if you have it.",
        },
        "themes": ["health", "women-and-mothers"],
        "audiences": ["mothers", "children"],
        "languages": ["ar", "ary", "zgh"],
        "hours": ["mornings"],
        "ramadan_hours": ["ramadan-days"],
    },
    "physiotherapy": {
        "name": {
            "ar": "الترويض الطبي وإعادة التأهيل",
            "fr": "Kinésithérapie et rééducation",
            "en": "Physiotherapy and rehabilitation",
        },
        "summary": {
            "ar": "حصص ترويض للأطفال والكبار في وضعية إعاقة حركية.",
            "fr": "Des séances de rééducation pour les enfants et les adultes en situation de handicap moteur.",
            "en": "Rehabilitation sessions for children and adults with physical disabilities.",
        },
        "description": {
            "ar": "يعمل مروضون طبيون بوصفة من الطبيب. تُعار أيضاً كراسٍ متحركة وعكاكيز.",
            "fr": "Des kinésithérapeutes travaillent sur prescription médicale. Des fauteuils roulants et des béquilles sont aussi prêtés.",
            "en": "Physiotherapists work on a doctor's prescription. Wheelchairs and crutches are also lent.",
        },
        "eligibility": {
            "ar": "الأشخاص في وضعية إعاقة حركية، بوصفة طبية.",
            "fr": "Personnes en situation de handicap moteur, sur prescription médicale.",
            "en": "People with physical disabilities, with a doctor's prescription.",
        },
        "how_to_access": {
            "ar": "اتصلوا لأخذ موعد أول، واحضروا الوصفة الطبية.",
            "fr": "Appelez pour un premier rendez-vous et apportez l'ordonnance.",
            "en": "Call for a first appointment and bring the prescription.",
        },
        "is_free": False,
        "fees": {
            "ar": "مساهمة رمزية قدرها 20 درهماً للحصة؛ مجانية للأسر المعوزة.",
            "fr": "Participation symbolique de 20 dirhams par séance ; gratuit pour les familles démunies.",
            "en": "A token 20 dirhams a session; free for families in need.",
        },
        "themes": ["health"],
        "audiences": ["people-with-disabilities", "children", "elderly"],
        "languages": ["ar", "ary", "fr"],
        "hours": ["office"],
        "ramadan_hours": ["ramadan-days"],
    },
    "inclusive-class": {
        "name": {
            "ar": "قسم دامج للأطفال في وضعية إعاقة",
            "fr": "Classe inclusive pour enfants en situation de handicap",
            "en": "Inclusive class for children with disabilities",
        },
        "summary": {
            "ar": "تمدرس مكيَّف ومواكبة نحو المدرسة العمومية.",
            "fr": "Une scolarité adaptée et un accompagnement vers l'école publique.",
            "en": "Adapted schooling and support towards mainstream public school.",
        },
        "description": {
            "ar": "مربيات متخصصات يشتغلن مع الأطفال ذوي التوحد أو الإعاقة الذهنية أو السمعية، ويرافقن الأسر في إجراءات التسجيل بالمدرسة.",
            "fr": "Des éducatrices spécialisées travaillent avec les enfants autistes ou ayant un handicap intellectuel ou auditif, et accompagnent les familles pour l'inscription à l'école.",
            "en": "Specialist teachers work with autistic children and children with intellectual or hearing disabilities, and help families enrol them at school.",
        },
        "eligibility": {
            "ar": "الأطفال من 4 إلى 14 سنة في وضعية إعاقة.",
            "fr": "Enfants de 4 à 14 ans en situation de handicap.",
            "en": "Children with disabilities aged 4 to 14.",
        },
        "how_to_access": {
            "ar": "لقاء أول مع الأسرة لتقييم حاجيات الطفل؛ اتصلوا لأخذ موعد.",
            "fr": "Un premier entretien avec la famille évalue les besoins de l'enfant : appelez pour un rendez-vous.",
            "en": "A first meeting with the family assesses the child's needs: call for an appointment.",
        },
        "is_free": False,
        "fees": {
            "ar": "حسب دخل الأسرة، من 0 إلى 300 درهم في الشهر.",
            "fr": "Selon les revenus de la famille, de 0 à 300 dirhams par mois.",
            "en": "Depending on family income, from 0 to 300 dirhams a month.",
        },
        "themes": ["education-literacy", "rights-of-the-child"],
        "audiences": ["people-with-disabilities", "children"],
        "languages": ["ar", "ary", "fr"],
        "hours": ["mornings"],
    },
    "home-visits-elderly": {
        "name": {
            "ar": "الزيارات المنزلية للمسنين",
            "fr": "Visites à domicile pour les personnes âgées",
            "en": "Home visits for older people",
        },
        "summary": {
            "ar": "متطوعون وممرضة يزورون المسنين الذين يعيشون بمفردهم.",
            "fr": "Des bénévoles et une infirmière rendent visite aux personnes âgées qui vivent seules.",
            "en": "Volunteers and a nurse visit older people who live alone.",
        },
        "description": {
            "ar": "مرافقة وقياس الضغط والسكري ومساعدة في شراء الأدوية والمشتريات وفي الإجراءات الإدارية.",
            "fr": "Compagnie, prise de tension et de glycémie, aide pour les médicaments, les courses et les papiers.",
            "en": "Company, blood pressure and sugar checks, help with medicines, shopping and paperwork.",
        },
        "eligibility": {
            "ar": "الأشخاص البالغون 65 سنة فما فوق الذين يعيشون بمفردهم أو لا يستطيعون التنقل.",
            "fr": "Personnes de 65 ans ou plus qui vivent seules ou ne peuvent plus se déplacer.",
            "en": "People aged 65 or over who live alone or can no longer get around.",
        },
        "how_to_access": {
            "ar": "يمكن لأحد الأقارب أو الجيران الاتصال بنا لطلب زيارة.",
            "fr": "Un proche ou un voisin peut nous appeler pour demander une visite.",
            "en": "A relative or a neighbour can call us to ask for a visit.",
        },
        "themes": ["health", "social-economic-development"],
        "audiences": ["elderly"],
        "languages": ["ar", "ary", "zgh"],
        "hours": ["office"],
    },
    "vocational-training": {
        "name": {
            "ar": "تكوين مهني قصير المدة",
            "fr": "Formation professionnelle courte",
            "en": "Short vocational courses",
        },
        "summary": {
            "ar": "تكوينات من ثلاثة إلى ستة أشهر في الخياطة والطبخ والكهرباء والحلاقة.",
            "fr": "Des formations de trois à six mois en couture, cuisine, électricité et coiffure.",
            "en": "Three- to six-month courses in sewing, cooking, electrical work and hairdressing.",
        },
        "description": {
            "ar": "تكوين تطبيقي في ورشات مجهزة، مع تدريب لدى مقاولات الحي وشهادة في نهاية التكوين.",
            "fr": "Une formation pratique en atelier équipé, avec un stage chez des artisans et entreprises du quartier et une attestation à la fin.",
            "en": "Hands-on training in equipped workshops, with a placement with local businesses and a certificate at the end.",
        },
        "eligibility": {
            "ar": "الشباب من 16 إلى 30 سنة غير المتمدرسين، والنساء الباحثات عن دخل.",
            "fr": "Jeunes de 16 à 30 ans sortis de l'école, et femmes qui cherchent un revenu.",
            "en": "Young people aged 16 to 30 who have left school, and women looking for an income.",
        },
        "how_to_access": {
            "ar": "التسجيل في شتنبر وفبراير، مع البطاقة الوطنية وصورتين.",
            "fr": "Inscriptions en septembre et en février, avec la CIN et deux photos.",
            "en": "Enrolment in September and February, with a national ID card and two photos.",
        },
        "is_free": False,
        "fees": {
            "ar": "100 درهم رسوم التسجيل؛ يمكن الإعفاء منها.",
            "fr": "100 dirhams de frais d'inscription, dont on peut être dispensé.",
            "en": "100 dirhams enrolment fee, which can be waived.",
        },
        "themes": ["youth-employment", "social-economic-development"],
        "audiences": ["youth", "women"],
        "languages": ["ar", "ary", "fr"],
        "hours": ["office"],
        "ramadan_hours": ["ramadan-days"],
    },
    "job-coaching": {
        "name": {
            "ar": "المواكبة في البحث عن الشغل",
            "fr": "Accompagnement vers l'emploi",
            "en": "Job-search coaching",
        },
        "summary": {
            "ar": "المساعدة في كتابة السيرة الذاتية والاستعداد للمقابلات والبحث عن عروض الشغل.",
            "fr": "Aide pour le CV, la préparation des entretiens et la recherche d'offres.",
            "en": "Help with your CV, interview practice and finding job offers.",
        },
        "description": {
            "ar": "ورشات جماعية ومواعيد فردية مع مستشار، وروابط مع مقاولات المنطقة الصناعية.",
            "fr": "Des ateliers collectifs et des rendez-vous individuels avec un conseiller, en lien avec les entreprises de la zone industrielle.",
            "en": "Group workshops and one-to-one meetings with an adviser, with links to companies in the industrial zone.",
        },
        "eligibility": {
            "ar": "الشباب من 18 إلى 35 سنة الباحثون عن شغل.",
            "fr": "Jeunes de 18 à 35 ans en recherche d'emploi.",
            "en": "Job seekers aged 18 to 35.",
        },
        "how_to_access": {
            "ar": "سجلوا عبر واتساب أو في الاستقبال.",
            "fr": "Inscrivez-vous par WhatsApp ou à l'accueil.",
            "en": "Sign up by WhatsApp or at the reception desk.",
        },
        "themes": ["youth-employment"],
        "audiences": ["youth"],
        "languages": ["ar", "ary", "fr", "es"],
        "hours": ["afternoons"],
    },
    "computer-workshop": {
        "name": {
            "ar": "ورشة المعلوميات",
            "fr": "Atelier d'informatique",
            "en": "Computer skills workshop",
        },
        "summary": {
            "ar": "تعلم استعمال الحاسوب والإنترنت والخدمات الإدارية الإلكترونية.",
            "fr": "Apprendre à utiliser l'ordinateur, internet et les démarches administratives en ligne.",
            "en": "Learn to use a computer, the internet and online public services.",
        },
        "description": {
            "ar": "دورات من ثمانية أسابيع: الطباعة، والبريد الإلكتروني، والمكتبيات، والبحث عن الشغل عبر الإنترنت.",
            "fr": "Des cycles de huit semaines : traitement de texte, courriel, bureautique et recherche d'emploi en ligne.",
            "en": "Eight-week courses: word processing, email, office software and looking for work online.",
        },
        "eligibility": {
            "ar": "الشباب والنساء، بدون شرط في المستوى الدراسي.",
            "fr": "Jeunes et femmes, sans condition de niveau scolaire.",
            "en": "Young people and women, whatever their schooling.",
        },
        "how_to_access": {
            "ar": "التسجيل في الاستقبال؛ الأماكن محدودة في اثني عشر مشاركاً.",
            "fr": "Inscription à l'accueil ; douze places par cycle.",
            "en": "Sign up at the reception desk; twelve places per course.",
        },
        "is_free": False,
        "fees": {
            "ar": "50 درهماً للدورة.",
            "fr": "50 dirhams le cycle.",
            "en": "50 dirhams per course.",
        },
        "themes": ["youth-employment", "education-literacy"],
        "audiences": ["youth", "women"],
        "languages": ["ar", "fr"],
        "hours": ["afternoons", "saturday-mornings"],
    },
    "cooperative-support": {
        "name": {
            "ar": "مواكبة إنشاء التعاونيات",
            "fr": "Accompagnement à la création de coopératives",
            "en": "Help setting up a cooperative",
        },
        "summary": {
            "ar": "من الفكرة إلى التأسيس: النظام الأساسي والتسيير والتسويق.",
            "fr": "De l'idée à la création : statuts, gestion et vente.",
            "en": "From idea to registration: statutes, management and selling.",
        },
        "description": {
            "ar": "نرافق المجموعات في إعداد ملف التأسيس لدى مكتب تنمية التعاون، وفي المحاسبة البسيطة، وفي المشاركة في المعارض.",
            "fr": "Nous accompagnons les groupes pour le dossier de création auprès de l'Office du développement de la coopération, la comptabilité simple et la participation aux foires.",
            "en": "We help groups with the registration file at the cooperative development office, simple bookkeeping and taking part in fairs.",
        },
        "eligibility": {
            "ar": "مجموعات من خمسة أشخاص على الأقل لديها مشروع مشترك.",
            "fr": "Groupes d'au moins cinq personnes porteurs d'un projet commun.",
            "en": "Groups of at least five people with a shared project.",
        },
        "how_to_access": {
            "ar": "اتصلوا لحضور جلسة الإعلام الشهرية.",
            "fr": "Appelez pour participer à la réunion d'information mensuelle.",
            "en": "Call to join the monthly information meeting.",
        },
        "themes": ["social-economic-development"],
        "audiences": ["women", "youth"],
        "languages": ["ar", "ary", "zgh"],
        "hours": ["two-mornings"],
    },
    "income-activities": {
        "name": {
            "ar": "ورشات الأنشطة المدرة للدخل",
            "fr": "Ateliers d'activités génératrices de revenus",
            "en": "Income-generating workshops",
        },
        "summary": {
            "ar": "إنتاج الحلويات والمنسوجات والمنتجات المحلية وبيعها.",
            "fr": "Produire et vendre pâtisseries, tissages et produits du terroir.",
            "en": "Making and selling pastries, weaving and local products.",
        },
        "description": {
            "ar": "تتقاسم النساء ورشة مجهزة ويبعن منتجاتهن في محل التعاونية وفي الأسواق، ويحصلن على حصة من المداخيل.",
            "fr": "Les femmes partagent un atelier équipé et vendent leurs produits à la boutique de la coopérative et sur les marchés ; chacune touche sa part des recettes.",
            "en": "Women share an equipped workshop and sell their products in the cooperative's shop and at markets; each receives her share of the takings.",
        },
        "eligibility": {
            "ar": "النساء من الحي، مع الأولوية للأمهات المعيلات لأسرهن.",
            "fr": "Femmes du quartier, en priorité les mères cheffes de famille.",
            "en": "Women from the neighbourhood, with priority for mothers who head their households.",
        },
        "how_to_access": {
            "ar": "احضري لزيارة الورشة والتعرف على العضوات.",
            "fr": "Venez visiter l'atelier et rencontrer les membres.",
            "en": "Come and visit the workshop and meet the members.",
        },
        "is_free": False,
        "fees": {
            "ar": "انخراط سنوي قدره 120 درهماً.",
            "fr": "Adhésion annuelle de 120 dirhams.",
            "en": "Annual membership of 120 dirhams.",
        },
        "themes": ["social-economic-development", "women-and-mothers"],
        "audiences": ["women", "mothers"],
        "languages": ["ary", "zgh"],
        "hours": ["mornings"],
        "ramadan_hours": ["ramadan-days"],
    },
    "family-mediation": {
        "name": {"ar": "الوساطة الأسرية", "fr": "Médiation familiale", "en": "Family mediation"},
        "summary": {
            "ar": "وسيط محايد يساعد أفراد الأسرة على الحوار وإيجاد حلول متفق عليها.",
            "fr": "Un médiateur neutre aide les membres d'une famille à se parler et à trouver des accords.",
            "en": "A neutral mediator helps family members talk and reach agreements.",
        },
        "description": {
            "ar": "للخلافات بين الزوجين، أو بين الآباء والأبناء، أو حول الإرث. الجلسات سرية وتبقى المحكمة ممكنة في أي وقت.",
            "fr": "Pour les conflits de couple, entre parents et enfants ou autour d'un héritage. Les séances sont confidentielles et le recours au tribunal reste possible à tout moment.",
            "en": "For disputes between spouses, between parents and children, or over an inheritance. Sessions are confidential and going to court remains possible at any time.",
        },
        "eligibility": {
            "ar": "الأسر الراغبة في الحوار، مع موافقة الطرفين.",
            "fr": "Familles prêtes à dialoguer, avec l'accord des deux parties.",
            "en": "Families willing to talk, with both sides agreeing.",
        },
        "how_to_access": {
            "ar": "يتصل أحد الطرفين لأخذ موعد أول.",
            "fr": "L'une des parties appelle pour un premier rendez-vous.",
            "en": "Either side calls for a first appointment.",
        },
        "themes": ["mediation-conflict-transformation"],
        "audiences": ["mothers", "youth", "families-of-returnees"],
        "languages": ["ar", "ary", "fr"],
        "hours": ["office"],
    },
    "neighbourhood-mediation": {
        "name": {
            "ar": "وساطة الأحياء",
            "fr": "Médiation de quartier",
            "en": "Neighbourhood mediation",
        },
        "summary": {
            "ar": "وسطاء شباب يساعدون على حل النزاعات بين الجيران وفي الحي.",
            "fr": "De jeunes médiateurs aident à régler les conflits entre voisins et dans le quartier.",
            "en": "Young mediators help settle disputes between neighbours and in the neighbourhood.",
        },
        "description": {
            "ar": "ضجيج، أو مشاكل في العمارة، أو توتر بين المجموعات: يستمع الوسطاء إلى كل الأطراف وينظمون لقاءات للحوار.",
            "fr": "Bruit, problèmes d'immeuble, tensions entre groupes : les médiateurs écoutent chaque partie et organisent des rencontres de dialogue.",
            "en": "Noise, trouble in a building, tension between groups: the mediators listen to every side and set up meetings to talk things through.",
        },
        "eligibility": {
            "ar": "سكان الحي والجمعيات المحلية.",
            "fr": "Habitants du quartier et associations locales.",
            "en": "Residents of the neighbourhood and local associations.",
        },
        "how_to_access": {
            "ar": "راسلونا عبر واتساب أو احضروا إلى المقر.",
            "fr": "Écrivez-nous sur WhatsApp ou passez au local.",
            "en": "Message us on WhatsApp or drop in at the premises.",
        },
        "themes": ["mediation-conflict-transformation"],
        "audiences": ["youth", "associations"],
        "languages": ["ary", "ar", "es"],
        "hours": ["afternoons"],
        "walk_in": True,
    },
    "youth-citizenship": {
        "name": {
            "ar": "ورشات المواطنة والوقاية لفائدة الشباب",
            "fr": "Ateliers de citoyenneté et de prévention pour les jeunes",
            "en": "Citizenship and prevention workshops for young people",
        },
        "summary": {
            "ar": "نقاشات ومسرح وأنشطة رياضية لتقوية الفكر النقدي والانتماء.",
            "fr": "Débats, théâtre et sport pour renforcer l'esprit critique et le sentiment d'appartenance.",
            "en": "Debates, theatre and sport to build critical thinking and a sense of belonging.",
        },
        "description": {
            "ar": "يتعلم الشباب التمييز بين الخبر والإشاعة على الإنترنت، ويتحاورون حول الهوية والدين والعنف، وينجزون مشاريع تطوعية في الحي.",
            "fr": "Les jeunes apprennent à distinguer l'information de la rumeur en ligne, débattent d'identité, de religion et de violence, et mènent des projets bénévoles dans le quartier.",
            "en": "Young people learn to tell news from rumour online, discuss identity, religion and violence, and run volunteer projects in the neighbourhood.",
        },
        "eligibility": {
            "ar": "الشباب من 14 إلى 25 سنة.",
            "fr": "Jeunes de 14 à 25 ans.",
            "en": "Young people aged 14 to 25.",
        },
        "how_to_access": {
            "ar": "احضروا إلى النادي أيام السبت أو سجلوا عبر واتساب.",
            "fr": "Venez au club le samedi ou inscrivez-vous par WhatsApp.",
            "en": "Come to the club on Saturdays or sign up by WhatsApp.",
        },
        "themes": ["prevention-violent-extremism", "education-literacy"],
        "audiences": ["youth"],
        "languages": ["ary", "ar", "fr"],
        "hours": ["saturday-mornings"],
    },
    "returnee-families-support": {
        "name": {
            "ar": "مواكبة أسر العائدين",
            "fr": "Accompagnement des familles de rapatriés",
            "en": "Support for families of returnees",
        },
        "summary": {
            "ar": "دعم نفسي واجتماعي وقانوني لأسر الأشخاص العائدين من مناطق النزاع.",
            "fr": "Un soutien psychologique, social et juridique pour les familles de personnes revenues de zones de conflit.",
            "en": "Psychological, social and legal support for the families of people who came back from conflict zones.",
        },
        "description": {
            "ar": "تستقبل أخصائية نفسية ومساعدة اجتماعية الأمهات والأطفال، وتساعدانهم على تسجيل الأطفال في المدرسة والحالة المدنية، في سرية تامة.",
            "fr": "Une psychologue et une assistante sociale reçoivent les mères et les enfants et les aident pour l'école et l'état civil des enfants, en toute confidentialité.",
            "en": "A psychologist and a social worker see mothers and children and help with the children's schooling and civil registration, in full confidence.",
        },
        "eligibility": {
            "ar": "أسر العائدين من مناطق النزاع، وخاصة الأمهات والأطفال.",
            "fr": "Familles de rapatriés des zones de conflit, en particulier les mères et les enfants.",
            "en": "Families of returnees from conflict zones, especially mothers and children.",
        },
        "how_to_access": {
            "ar": "اتصلوا لأخذ موعد؛ اللقاء الأول يمكن أن يتم خارج المقر.",
            "fr": "Appelez pour un rendez-vous ; la première rencontre peut avoir lieu hors du local.",
            "en": "Call for an appointment; the first meeting can take place away from our premises.",
        },
        "themes": ["prevention-violent-extremism", "psychosocial-support"],
        "audiences": ["families-of-returnees", "mothers", "children"],
        "languages": ["ar", "ary", "fr"],
        "hours": ["two-mornings"],
    },
    "child-rights-workshops": {
        "name": {
            "ar": "ورشات حول حقوق الطفل",
            "fr": "Ateliers sur les droits de l'enfant",
            "en": "Children's rights workshops",
        },
        "summary": {
            "ar": "أنشطة مرحة في المدارس والأحياء ليتعرف الأطفال على حقوقهم.",
            "fr": "Des activités ludiques dans les écoles et les quartiers pour que les enfants connaissent leurs droits.",
            "en": "Fun activities in schools and neighbourhoods so children know their rights.",
        },
        "description": {
            "ar": "ألعاب وقصص ورسوم حول الحق في التعليم والحماية من العنف والمشاركة، وجلسات خاصة بالآباء والأساتذة.",
            "fr": "Jeux, contes et dessins sur le droit à l'éducation, la protection contre la violence et la participation, et des séances pour les parents et les enseignants.",
            "en": "Games, stories and drawing about the right to education, protection from violence and having a say, plus sessions for parents and teachers.",
        },
        "eligibility": {
            "ar": "الأطفال من 6 إلى 12 سنة، والمدارس والجمعيات التي تطلب ورشة.",
            "fr": "Enfants de 6 à 12 ans, écoles et associations qui demandent un atelier.",
            "en": "Children aged 6 to 12, and schools and associations that ask for a workshop.",
        },
        "how_to_access": {
            "ar": "يمكن للمدارس والجمعيات طلب ورشة عبر البريد الإلكتروني أو الهاتف.",
            "fr": "Écoles et associations peuvent demander un atelier par courriel ou par téléphone.",
            "en": "Schools and associations can ask for a workshop by email or phone.",
        },
        "themes": ["rights-of-the-child", "education-literacy"],
        "audiences": ["children"],
        "languages": ["ar", "ary", "fr", "zgh"],
        "hours": ["wednesday-afternoon"],
    },
    "ngo-training": {
        "name": {
            "ar": "تكوين الجمعيات",
            "fr": "Formation des associations",
            "en": "Training for associations",
        },
        "summary": {
            "ar": "تكوينات في التسيير والتمويل والترافع لفائدة أعضاء الجمعيات.",
            "fr": "Des formations en gestion, financement et plaidoyer pour les membres d'associations.",
            "en": "Courses in management, fundraising and advocacy for members of associations.",
        },
        "description": {
            "ar": "وحدات قصيرة: إعداد مشروع، البحث عن التمويل، المحاسبة، التواصل، والترافع لدى الجماعات الترابية.",
            "fr": "Des modules courts : monter un projet, trouver des financements, tenir les comptes, communiquer et plaider auprès des collectivités territoriales.",
            "en": "Short modules: designing a project, finding funding, bookkeeping, communication and advocacy with local authorities.",
        },
        "eligibility": {
            "ar": "أعضاء الجمعيات ومتطوعوها في جهة طنجة-تطوان-الحسيمة.",
            "fr": "Membres et bénévoles d'associations de la région Tanger-Tétouan-Al Hoceïma.",
            "en": "Members and volunteers of associations in the Tanger-Tétouan-Al Hoceïma region.",
        },
        "how_to_access": {
            "ar": "يُعلن عن برنامج التكوينات كل ثلاثة أشهر؛ التسجيل عبر البريد الإلكتروني.",
            "fr": "Le programme paraît chaque trimestre ; inscription par courriel.",
            "en": "The programme comes out every quarter; sign up by email.",
        },
        "themes": ["social-economic-development", "human-rights"],
        "audiences": ["associations"],
        "languages": ["ar", "fr"],
        "hours": ["saturday-mornings"],
    },
    "officials-training": {
        "name": {
            "ar": "تكوين الموظفين العموميين في استقبال المهاجرين",
            "fr": "Formation des agents publics à l'accueil des personnes migrantes",
            "en": "Training public officials to receive migrants",
        },
        "summary": {
            "ar": "دورات حول حقوق المهاجرين والتواصل بين الثقافات لفائدة الإدارات.",
            "fr": "Des sessions sur les droits des personnes migrantes et la communication interculturelle pour les administrations.",
            "en": "Sessions on migrants' rights and intercultural communication for public offices.",
        },
        "description": {
            "ar": "موجهة إلى موظفي الجماعات والمستشفيات والمدارس ومكاتب الحالة المدنية، انطلاقاً من حالات واقعية.",
            "fr": "Pour le personnel des communes, des hôpitaux, des écoles et des bureaux d'état civil, à partir de cas concrets.",
            "en": "For staff of municipalities, hospitals, schools and civil registry offices, based on real cases.",
        },
        "eligibility": {
            "ar": "الإدارات والمؤسسات العمومية بطنجة.",
            "fr": "Administrations et établissements publics de Tanger.",
            "en": "Public offices and institutions in Tangier.",
        },
        "how_to_access": {
            "ar": "تتصل الإدارة بنا عبر البريد الإلكتروني لبرمجة دورة.",
            "fr": "L'administration nous écrit par courriel pour programmer une session.",
            "en": "The office emails us to schedule a session.",
        },
        "themes": ["migration", "human-rights"],
        "audiences": ["public-authorities"],
        "languages": ["ar", "fr"],
    },
    "human-rights-desk": {
        "name": {
            "ar": "مكتب الإرشاد في مجال حقوق الإنسان",
            "fr": "Permanence droits de l'Homme",
            "en": "Human rights advice desk",
        },
        "summary": {
            "ar": "الاستماع إلى ضحايا التمييز أو الانتهاكات وتوجيههم نحو الهيئات المختصة.",
            "fr": "Écoute des victimes de discrimination ou d'abus, et orientation vers les instances compétentes.",
            "en": "Listening to people facing discrimination or abuse, and referring them to the bodies in charge.",
        },
        "description": {
            "ar": "يساعد الفريق على توثيق الحالات وتحرير الشكايات الموجهة إلى الإدارة أو إلى المؤسسات الوطنية المختصة.",
            "fr": "L'équipe aide à documenter les cas et à rédiger des plaintes adressées à l'administration ou aux institutions nationales compétentes.",
            "en": "The team helps document cases and write complaints to the administration or to the national institutions in charge.",
        },
        "eligibility": {
            "ar": "كل شخص يعتبر أن حقوقه انتُهكت.",
            "fr": "Toute personne qui estime que ses droits n'ont pas été respectés.",
            "en": "Anyone who feels their rights were not respected.",
        },
        "how_to_access": {
            "ar": "احضروا إلى المقر أو اتصلوا بالهاتف.",
            "fr": "Passez au local ou appelez-nous.",
            "en": "Drop in or give us a call.",
        },
        "themes": ["human-rights", "legal-aid"],
        "audiences": ["migrants", "women", "people-with-disabilities"],
        "languages": ["ar", "ary", "fr", "zgh"],
        "hours": ["mornings"],
        "walk_in": True,
    },
}
