namespace GrensJobs.Corpus;

internal sealed partial record PhraseBank
{
    public static PhraseBank French { get; } = new()
    {
        Language = "fr",
        GenderMarker = "(h/f/x)",
        Sources = ["forem-demo", "jobs-liege-demo", "emploi-euregio-demo"],
        UrlHost = "www.leforem.example.be",
        UrlPath = "recherche-offres/offre-detail",
        Seniority = ["Senior", "Junior", "Chef", "Responsable"],
        TitlePlaceTemplates = ["{0} – {1}", "{0} à {1}", "{0} – région de {1}", "{0} | {1}"],
        EmployerNames = ["Lejeune", "Dubois", "Lambert", "Mosane", "Meuse & Geer", "Hesbaye", "Ardennes", "Fagnes", "Pays de Herve", "Vesdre", "Liégeoise", "Wallonne"],
        EmployerKinds = ["Transports", "Construction", "Propreté", "Maintenance", "Distribution", "Soins à domicile", "Informatique", "Métallurgie", "Boulangerie industrielle", "Hôtellerie"],
        EmployerSuffixes = ["SA", "SRL", "SPRL", "SC", "ASBL", ""],
        Intros =
        [
            "Dans le cadre de son développement, {0}, situé à {2}, recherche un(e) <strong>{1}</strong> pour renforcer son équipe. Nous travaillons pour des clients en Belgique, aux Pays-Bas et en Allemagne.",
            "Vous souhaitez relever un nouveau défi comme {1} ? Rejoignez {0} à {2} ! Nous vous offrons un environnement de travail stimulant, une équipe soudée et de réelles perspectives d&rsquo;évolution.",
            "{0} est une entreprise familiale active depuis plus de cinquante ans dans l&rsquo;Euregio Meuse-Rhin. Pour notre site de {2}, nous recherchons un(e) {1} motivé(e).",
            "Pour l&rsquo;un de nos clients de la région de {2}, nous recherchons un(e) {1}. {0} accompagne les candidats de la sélection jusqu&rsquo;à l&rsquo;intégration.",
        ],
        TaskHeadings = ["Votre mission", "Vos tâches", "Description de la fonction", "Vos responsabilités"],
        Tasks =
        [
            "Vous assurez de manière autonome les tâches de {0}",
            "Vous respectez les règles de sécurité, d&rsquo;hygiène et de qualité",
            "Vous encodez vos prestations dans notre logiciel de gestion",
            "Vous collaborez étroitement avec les autres services",
            "Vous veillez à l&rsquo;entretien du matériel et des machines",
            "Vous accueillez et formez les nouveaux collègues",
            "Vous êtes en contact avec des clients et fournisseurs belges, néerlandais et allemands",
            "Vous participez à l&rsquo;amélioration continue des processus",
            "Vous préparez les commandes sur la base de plans et d&rsquo;instructions",
            "Vous diagnostiquez et résolvez les petites pannes",
            "Vous assurez la passation d&rsquo;informations entre les équipes",
            "Vous maintenez votre poste de travail propre et rangé",
        ],
        ProfileHeadings = ["Votre profil", "Profil recherché", "Vos atouts", "Exigences"],
        ProfileItems =
        [
            "Une expérience d&rsquo;au moins deux ans comme {0} ou dans une fonction similaire",
            "Vous êtes fiable, rigoureux(se) et avez l&rsquo;esprit d&rsquo;équipe",
            "Vous êtes disponible pour travailler en pauses",
            "Le permis B est un atout",
            "Vous maîtrisez les outils informatiques de base",
            "Vous êtes résistant(e) physiquement",
            "Vous avez le sens du service client",
            "Vous êtes flexible et avez envie d&rsquo;apprendre",
        ],
        Educations = ["CESS ou équivalent", "Bachelier dans le domaine", "Master en lien avec la fonction", "CEB ; pas de diplôme requis si expérience probante", "Formation qualifiante (IFAPME, Forem) dans le métier"],
        OfferHeadings = ["Nous offrons", "Notre offre", "Vos avantages", "Conditions"],
        Benefits =
        [
            "Chèques-repas de 8 &euro; par jour presté",
            "Éco-chèques et prime de fin d&rsquo;année",
            "Assurance hospitalisation et assurance groupe",
            "Indemnité vélo ou budget mobilité",
            "Formations continues pendant les heures de travail",
            "Vêtements de travail fournis",
            "Une ambiance de travail conviviale",
        ],
        AboutHeadings = ["Qui sommes-nous ?", "À propos de nous", "Pourquoi nous rejoindre ?", "L&rsquo;entreprise"],
        AboutParagraphs =
        [
            "{0} est une entreprise belge à taille humaine, ancrée à {2} depuis plusieurs décennies. Nos équipes travaillent en français, en néerlandais et parfois en allemand.",
            "Chez {0}, la sécurité, la formation continue et l&rsquo;équilibre entre vie privée et vie professionnelle sont des priorités. Chaque nouveau collaborateur bénéficie d&rsquo;un parrain ou d&rsquo;une marraine.",
            "Les travailleurs frontaliers venant des Pays-Bas, d&rsquo;Allemagne ou du Luxembourg sont les bienvenus ; notre service RH vous aide pour les démarches administratives.",
            "Nous recrutons sur la base des compétences, sans distinction d&rsquo;âge, de genre, d&rsquo;origine, de conviction ou de handicap.",
        ],
        ApplyHeadings = ["Intéressé(e) ?", "Postuler", "Contact", "Procédure de sélection"],
        ApplyParagraphs =
        [
            "Envoyez votre CV et votre lettre de motivation via le bouton « Postuler ». Nous vous recontactons dans les dix jours ouvrables.",
            "Pour toute question, contactez notre service RH au 04&nbsp;000&nbsp;00&nbsp;00. Un entretien et, le cas échéant, un test pratique complètent la procédure.",
            "Les candidatures sont traitées en toute confidentialité. Seules les candidatures correspondant au profil recevront une réponse.",
        ],
        LanguageNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["fr"] = "Français", ["nl"] = "Néerlandais", ["de"] = "Allemand", ["en"] = "Anglais" },
        RequiredLanguageTemplates = ["{0} : bonne maîtrise", "{0} : très bonne maîtrise orale et écrite", "{0} courant", "{0} : connaissances de base", "{0} : connaissances correctes", "{0} : langue maternelle", "{0} : parfaite maîtrise"],
        LevelLanguageTemplates = ["{0} : niveau {1} minimum", "{0} (niveau {1})", "{0} : niveau {1} exigé"],
        OptionalLanguageTemplates = ["{0} : un atout", "{0} : un plus", "{0} souhaité", "La connaissance de la langue {0} est un atout"],
        NegatedLanguageTemplates = ["{0} : non exigé", "{0} non requis"],
        FullTimeHours = ["Temps plein, {1}h/semaine", "{1}h/semaine", "Temps plein ({0} à {1} heures par semaine)"],
        PartTimeHours = ["Temps partiel, {0}h à {1}h/semaine", "Mi-temps ({1}h/semaine)", "4/5e temps ({1}h/semaine)"],
        PermanentContracts = ["CDI", "Contrat à durée indéterminée", "CDI après période d&rsquo;essai"],
        TemporaryContracts = ["CDD de 6 mois, renouvelable", "Contrat à durée déterminée (remplacement)", "CDD de 12 mois"],
        InterimContracts = ["Intérim en vue d&rsquo;un CDI", "Contrat intérimaire de 3 mois", "Mission d&rsquo;intérim"],
        MonthSalaries = ["Salaire : {0} &euro; à {1} &euro; brut par mois", "Entre {0} € et {1} € brut/mois", "Barème de {0} € à {1} € brut mensuel"],
        HourSalaries = ["{0} &euro; brut de l&rsquo;heure", "{0} € à {1} € brut/heure", "Salaire horaire à partir de {0} €"],
        YearSalaries = ["Rémunération annuelle brute entre {0} € et {1} €", "EUR {2}k - {3}k brut/an"],
        FullTimeWords = ["FULL_TIME", "Temps plein", "CDI"],
        PartTimeWords = ["PART_TIME", "Temps partiel"],
    };
}
