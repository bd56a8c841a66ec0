namespace GrensJobs.Corpus;

internal sealed partial record PhraseBank
{
    public static PhraseBank Dutch { get; } = new()
    {
        Language = "nl",
        GenderMarker = "(m/v/x)",
        Sources = ["uwv-demo", "werkenintwente", "werkzoeken-limburg", "nationale-vacaturebank-demo"],
        UrlHost = "werk.example.nl",
        UrlPath = "vacatures",
        Seniority = ["Junior", "Medior", "Senior", "Ervaren", "Allround", "Zelfstandig"],
        TitlePlaceTemplates = ["{0} – {1}", "{0} in {1}", "{0} regio {1}", "{0} | {1}"],
        EmployerNames = ["Van Dijk", "Jansen", "Hendriks", "Bemelmans", "Peeters", "Smeets", "Ten Cate", "Wessels", "Kuipers", "Van der Linden", "Geurts", "Vossen", "Brouwers", "Meulenberg", "Maasland", "Grensland", "Dinkeldal", "Peelland"],
        EmployerKinds = ["Staalbouw", "Logistiek", "Zorggroep", "Techniek", "Installatietechniek", "Transport", "Bouw", "Facilitair", "Foods", "ICT", "Retail", "Horeca Groep", "Kunststoffen", "Onderwijsgroep"],
        EmployerSuffixes = ["B.V.", "B.V.", "& Zn.", "Holding B.V.", "Nederland B.V.", "", "Groep"],
        Intros =
        [
            "Ben jij de {1} die wij zoeken? {0} in {2} groeit en zoekt versterking voor het team. Je komt terecht in een organisatie waar vakmanschap, veiligheid en collegialiteit vooropstaan.",
            "Voor onze vestiging in {2} zijn wij op zoek naar een gemotiveerde <strong>{1}</strong>. {0} is al meer dan veertig jaar een begrip in de grensregio en werkt voor klanten in Nederland, Duitsland en België.",
            "Wil jij aan de slag als {1} bij een stabiele werkgever met korte lijnen? Dan is deze vacature bij {0} in {2} iets voor jou. We werken in kleine teams met veel eigen verantwoordelijkheid.",
            "{0} zoekt per direct een {1} voor de locatie {2}. Je werkt in een informele, no-nonsense omgeving waar je ideeën serieus worden genomen en waar ruimte is om te leren.",
        ],
        TaskHeadings = ["Wat ga je doen?", "Jouw taken", "Functieomschrijving", "Werkzaamheden", "Wat ga je doen"],
        Tasks =
        [
            "Je voert de dagelijkse werkzaamheden als {0} zelfstandig en nauwkeurig uit",
            "Je werkt volgens de geldende veiligheids- en kwaliteitsvoorschriften (VCA, HACCP of ISO 9001)",
            "Je signaleert knelpunten en denkt actief mee over verbeteringen",
            "Je rapporteert aan de teamleider en draagt je werk netjes over aan de volgende dienst",
            "Je houdt je werkplek schoon en opgeruimd",
            "Je begeleidt nieuwe collega's en stagiairs",
            "Je registreert je werkzaamheden in ons digitale systeem",
            "Je hebt contact met klanten en leveranciers, ook over de grens",
            "Je bereidt opdrachten voor aan de hand van tekeningen, planningen of werkinstructies",
            "Je voert controles uit en lost kleine storingen zelf op",
            "Je werkt nauw samen met collega's van andere afdelingen",
            "Je zorgt voor een correcte administratieve afhandeling van je werk",
        ],
        ProfileHeadings = ["Wat vragen wij?", "Wie ben jij?", "Jouw profiel", "Wat breng je mee?", "Functie-eisen"],
        ProfileItems =
        [
            "Minimaal 2 jaar ervaring als {0} of in een vergelijkbare functie",
            "Je bent flexibel, betrouwbaar en een echte teamspeler",
            "Je bent bereid om in wisselende diensten te werken",
            "Rijbewijs B is een pré",
            "Je bent leergierig en staat open voor feedback",
            "Je woont in de regio of bent bereid te reizen",
            "Je werkt gestructureerd en nauwkeurig",
            "Een VCA-certificaat of de bereidheid om dit te halen",
        ],
        Educations = ["MBO 2 in een relevante richting", "MBO 3/4 werk- en denkniveau", "Een afgeronde HBO-opleiding", "WO-diploma in een relevante studierichting", "VMBO of vergelijkbaar; geen diploma nodig bij aantoonbare ervaring"],
        OfferHeadings = ["Wat bieden wij?", "Ons aanbod", "Wat krijg je ervoor terug?", "Arbeidsvoorwaarden"],
        Benefits =
        [
            "8% vakantiegeld en 25 vakantiedagen",
            "Reiskostenvergoeding, ook vanuit Duitsland en België",
            "Goede pensioenregeling",
            "Opleidingsmogelijkheden via onze eigen academie",
            "Werkkleding en persoonlijke beschermingsmiddelen",
            "Collectieve zorgverzekering met korting",
            "Een fiets- of leaseregeling",
            "Eindejaarsuitkering volgens cao",
            "Een gezellige personeelsvereniging",
        ],
        AboutHeadings = ["Over ons", "Over de organisatie", "Wie zijn wij?", "Waarom bij ons werken?"],
        AboutParagraphs =
        [
            "{0} is een familiebedrijf met ongeveer 180 medewerkers, gevestigd in {2}. Wij werken voor klanten in de hele Euregio en staan bekend om onze betrouwbaarheid en onze betrokkenheid bij de regio.",
            "Bij {0} werken collega's uit Nederland, Duitsland en België samen aan één doel: onze klanten elke dag goed helpen. We investeren in mensen en vinden een goede werk-privébalans belangrijk.",
            "Woon je over de grens? Geen probleem. Wij helpen je met vragen over grensarbeid, belastingen en sociale zekerheid, samen met het GrensInfoPunt. Veel van onze medewerkers pendelen dagelijks vanuit Duitsland of België.",
            "Veiligheid staat bij ons op de eerste plaats. Daarom krijgt iedere nieuwe collega een uitgebreid inwerkprogramma en een vaste buddy die je de eerste weken wegwijs maakt op de werkvloer.",
            "Duurzaamheid vinden wij belangrijk: ons pand draait op zonne-energie, we stimuleren fietsen naar het werk en we investeren in energiezuinige machines en elektrische voertuigen.",
        ],
        ApplyHeadings = ["Solliciteren", "Interesse?", "Meer informatie", "Sollicitatieprocedure"],
        ApplyParagraphs =
        [
            "Ben je enthousiast? Solliciteer dan direct met je cv en een korte motivatie via de knop hieronder. Binnen vijf werkdagen hoor je van ons. Een VOG kan onderdeel zijn van de procedure.",
            "Heb je vragen over deze functie? Bel gerust met onze afdeling P&amp;O via 088&nbsp;000&nbsp;00&nbsp;00 of stuur een mail. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.",
            "Reageer vóór de sluitingsdatum via ons sollicitatieformulier. Na een eerste kennismaking nodigen we je uit voor een meeloopdag, zodat je zelf kunt zien of de functie bij je past.",
        ],
        LanguageNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["nl"] = "Nederlands", ["de"] = "Duits", ["fr"] = "Frans", ["en"] = "Engels" },
        RequiredLanguageTemplates = ["Goede beheersing van het {0}", "Vloeiend {0}", "Je spreekt en schrijft vlot {0}", "Basiskennis {0}", "Redelijke kennis van het {0}", "{0} op moedertaalniveau", "Uitstekend {0} in woord en geschrift"],
        LevelLanguageTemplates = ["{0} op {1}-niveau", "{0}: minimaal niveau {1}", "Kennis van het {0} (niveau {1})"],
        OptionalLanguageTemplates = ["{0} is een pré", "Kennis van het {0} is een pré", "Goede kennis van het {0} is een pluspunt", "{0} spreken is mooi meegenomen"],
        NegatedLanguageTemplates = ["Geen {0} nodig", "{0} is niet vereist"],
        FullTimeHours = ["{0}-{1} uur per week", "{1} uur per week", "Fulltime ({1} uur)", "{0} tot {1} uur"],
        PartTimeHours = ["{0}-{1} uur per week", "Parttime, {0} tot {1} uur", "{1} uur per week"],
        PermanentContracts = ["Vast contract", "Contract voor onbepaalde tijd", "Vast contract na een proeftijd van 2 maanden"],
        TemporaryContracts = ["Tijdelijk contract van 12 maanden met uitzicht op vast", "Jaarcontract", "Contract voor 7 maanden"],
        InterimContracts = ["Via uitzendbasis, fase A", "Uitzendcontract met kans op vast", "Detachering"],
        MonthSalaries = ["Salaris &euro; {0} - &euro; {1} bruto per maand", "€ {0} - € {1} bruto per maand", "Een salaris tussen € {0} en € {1} bruto per maand", "Maximaal &euro; {1} bruto per maand"],
        HourSalaries = ["&euro; {0} per uur", "€ {0} - € {1} bruto per uur", "Uurloon vanaf € {0}"],
        YearSalaries = ["EUR {2}k - {3}k per jaar", "€ {0} - € {1} bruto per jaar", "EUR {2}k"],
        FullTimeWords = ["FULL_TIME", "fulltime", "Voltijd"],
        PartTimeWords = ["PART_TIME", "parttime", "Deeltijd"],
    };
}
