namespace GrensJobs.Corpus;

internal sealed partial record PhraseBank
{
    public static PhraseBank German { get; } = new()
    {
        Language = "de",
        GenderMarker = "(m/w/d)",
        Sources = ["ba-demo", "mueller-gmbh", "stellen-aachen-demo", "jobs-niederrhein-demo", "jobs-emsland-demo"],
        UrlHost = "jobboerse.arbeitsagentur.example.de",
        UrlPath = "jobsuche/jobdetail",
        Seniority = ["Junior", "Senior", "Erfahrener", "Leitender", "Stellvertretender"],
        TitlePlaceTemplates = ["{0} – {1}", "{0} in {1}", "{0} am Standort {1}", "{0} | {1}"],
        EmployerNames = ["Müller", "Schmitz", "Janssen", "Hoffmann", "Terhorst", "Kempkes", "Weber", "Becker", "Niederrhein", "Emsland", "Grafschafter", "Selfkant", "Eifel", "Münsterland", "Rheydter", "Dreiländereck"],
        EmployerKinds = ["Stahlbau", "Logistik", "Pflegedienst", "Elektrotechnik", "Spedition", "Bauunternehmung", "Gebäudeservice", "Backwaren", "IT-Systemhaus", "Kunststofftechnik", "Maschinenbau", "Kliniken"],
        EmployerSuffixes = ["GmbH", "GmbH", "GmbH & Co. KG", "AG", "KG", "e. K.", "gGmbH"],
        Intros =
        [
            "Die {0} mit Sitz in {2} sucht zum nächstmöglichen Zeitpunkt einen <strong>{1}</strong>. Wir sind ein wachsendes Unternehmen mit Kunden in Deutschland, den Niederlanden und Belgien.",
            "Sie suchen eine neue Herausforderung als {1}? Dann werden Sie Teil unseres Teams in {2}! Bei der {0} erwarten Sie spannende Aufgaben, ein kollegiales Umfeld und ein sicherer Arbeitsplatz.",
            "Für unseren Standort {2} suchen wir Verstärkung: {1}. Die {0} steht seit Jahrzehnten für Qualität, Zuverlässigkeit und faire Arbeitsbedingungen in der Grenzregion.",
            "Werde {1} bei der {0}! In {2} arbeiten rund 200 Kolleginnen und Kollegen aus über zehn Nationen Hand in Hand – jetzt fehlst nur noch du.",
        ],
        TaskHeadings = ["Ihre Aufgaben", "Deine Aufgaben", "Das erwartet Sie", "Aufgabengebiet", "Was Sie bei uns tun"],
        Tasks =
        [
            "Eigenständige Ausführung aller anfallenden Tätigkeiten als {0}",
            "Einhaltung der Arbeitssicherheits- und Qualitätsvorschriften",
            "Dokumentation der durchgeführten Arbeiten im ERP-System",
            "Enge Zusammenarbeit mit den Kolleginnen und Kollegen aus Planung und Produktion",
            "Kontrolle und Pflege der Arbeitsmittel und Maschinen",
            "Einarbeitung neuer Mitarbeitender und Auszubildender",
            "Kommunikation mit Kunden und Lieferanten, auch im benachbarten Ausland",
            "Mitwirkung an kontinuierlichen Verbesserungsprozessen (KVP)",
            "Vorbereitung der Aufträge anhand von Zeichnungen und Arbeitsanweisungen",
            "Fehlersuche und Behebung kleinerer Störungen",
            "Sicherstellung eines reibungslosen Schichtwechsels",
            "Sauberkeit und Ordnung am Arbeitsplatz",
        ],
        ProfileHeadings = ["Ihr Profil", "Dein Profil", "Das bringen Sie mit", "Was wir erwarten", "Anforderungen"],
        ProfileItems =
        [
            "Mehrjährige Berufserfahrung als {0} oder in einer vergleichbaren Position",
            "Zuverlässigkeit, Teamfähigkeit und eine selbstständige Arbeitsweise",
            "Bereitschaft zur Schichtarbeit",
            "Führerschein Klasse B wünschenswert",
            "Sicherer Umgang mit MS Office",
            "Körperliche Belastbarkeit",
            "Freundliches und verbindliches Auftreten",
            "Flexibilität und Lernbereitschaft",
        ],
        Educations = ["Abgeschlossene Berufsausbildung im genannten Bereich", "Abgeschlossenes Studium (Bachelor oder Master)", "Hauptschulabschluss oder Fachoberschulreife", "Techniker oder Meister (m/w/d) in der Fachrichtung", "Keine Ausbildung erforderlich – wir lernen Sie an"],
        OfferHeadings = ["Wir bieten", "Was wir bieten", "Unser Angebot", "Ihre Vorteile"],
        Benefits =
        [
            "30 Tage Urlaub",
            "Urlaubs- und Weihnachtsgeld",
            "Betriebliche Altersvorsorge",
            "JobRad-Leasing und Jobticket",
            "Fort- und Weiterbildungsmöglichkeiten",
            "Moderne Arbeitsplätze und hochwertige Arbeitskleidung",
            "Betriebliches Gesundheitsmanagement",
            "Kostenlose Getränke und Obst",
            "Mitarbeiterevents und Sommerfest",
        ],
        AboutHeadings = ["Über uns", "Wer wir sind", "Warum wir?", "Das Unternehmen"],
        AboutParagraphs =
        [
            "Die {0} ist ein mittelständisches Familienunternehmen aus {2} mit rund 250 Beschäftigten. Flache Hierarchien, kurze Entscheidungswege und ein kollegiales Miteinander zeichnen uns aus.",
            "Bei der {0} arbeiten Menschen aus Deutschland, den Niederlanden und Belgien zusammen. Grenzgängerinnen und Grenzgänger sind herzlich willkommen – wir unterstützen bei Fragen zu Steuern und Sozialversicherung.",
            "Arbeitssicherheit hat bei uns oberste Priorität. Jede neue Kollegin und jeder neue Kollege erhält eine strukturierte Einarbeitung und eine feste Ansprechperson.",
            "Nachhaltigkeit ist uns wichtig: Unsere Dachflächen tragen Photovoltaikanlagen, unsere Flotte fährt zunehmend elektrisch und wir fördern das Radfahren zur Arbeit.",
            "Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt. Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Nationalität, Religion oder Alter.",
        ],
        ApplyHeadings = ["Bewerbung", "Interesse geweckt?", "Kontakt", "So bewerben Sie sich"],
        ApplyParagraphs =
        [
            "Dann freuen wir uns auf Ihre vollständigen Bewerbungsunterlagen unter Angabe Ihrer Gehaltsvorstellung und Ihres frühestmöglichen Eintrittstermins – gerne per E-Mail oder über unser Online-Formular.",
            "Fragen beantwortet Ihnen gern unsere Personalabteilung unter 02831&nbsp;000&nbsp;00. Nach einem ersten Kennenlernen laden wir Sie zu einem Probearbeitstag ein.",
            "Bewirb dich jetzt mit wenigen Klicks – ein Anschreiben ist nicht nötig. Wir melden uns innerhalb einer Woche bei dir.",
        ],
        LanguageNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["de"] = "Deutsch", ["nl"] = "Niederländisch", ["fr"] = "Französisch", ["en"] = "Englisch" },
        RequiredLanguageTemplates = ["Gute {0}kenntnisse", "Sehr gute {0}kenntnisse in Wort und Schrift", "{0} fließend", "Grundkenntnisse in {0}", "{0} verhandlungssicher", "{0} als Muttersprache", "Ausreichende {0}kenntnisse"],
        LevelLanguageTemplates = ["Gute {0}kenntnisse ({1})", "{0}kenntnisse mindestens {1}", "{0} auf Niveau {1}"],
        OptionalLanguageTemplates = ["{0}kenntnisse von Vorteil", "{0}kenntnisse wünschenswert", "{0} ist ein Plus", "Gute {0}kenntnisse sind von Vorteil"],
        NegatedLanguageTemplates = ["{0}kenntnisse sind keine Voraussetzung", "Keine {0}kenntnisse erforderlich"],
        FullTimeHours = ["Vollzeit {1} Std./Woche", "Vollzeit ({0}–{1} Stunden pro Woche)", "{1}-Stunden-Woche"],
        PartTimeHours = ["Teilzeit {0}–{1} Std./Woche", "Teilzeit ({1} Stunden pro Woche)", "{0} bis {1} Wochenstunden"],
        PermanentContracts = ["Unbefristeter Arbeitsvertrag", "Unbefristete Festanstellung", "Unbefristet"],
        TemporaryContracts = ["Befristet auf 12 Monate mit Option auf Übernahme", "Befristeter Vertrag (Elternzeitvertretung)", "Befristet auf 2 Jahre"],
        InterimContracts = ["Arbeitnehmerüberlassung mit Übernahmeoption", "Zeitarbeit mit Perspektive", "Einsatz über unseren Personaldienstleister"],
        MonthSalaries = ["{0},00 € – {1},00 € brutto/Monat", "Vergütung: {0} € bis {1} € brutto monatlich", "Gehalt ab {0} € brutto/Monat", "{0} – {1} € brutto im Monat"],
        HourSalaries = ["{0} € pro Stunde", "Stundenlohn {0} – {1} €", "{0} € brutto/Stunde"],
        YearSalaries = ["EUR {2}k - {3}k", "{0} € – {1} € brutto im Jahr", "Jahresgehalt ca. {0} €"],
        FullTimeWords = ["FULL_TIME", "Vollzeit"],
        PartTimeWords = ["PART_TIME", "Teilzeit"],
    };

    private static readonly Lazy<PhraseBank> EastBelgianBank = new(() => German with
    {
        Sources = ["adg-demo"],
        UrlHost = "www.adg.example.be",
        UrlPath = "stellenangebote",
        EmployerNames = ["Kessler", "Heck", "Langer", "Eifel", "Ostbelgien", "Weser", "Hohes Venn", "Göhltal"],
        EmployerSuffixes = ["AG", "PGmbH", "VoG", "GmbH"],
        Benefits = ["Mahlzeitschecks", "Jahresendprämie (13. Monatsgehalt)", "Hospitalisierungsversicherung", "Weiterbildung während der Arbeitszeit", "Firmenfahrzeug", "Fahrtkostenerstattung"],
        PermanentContracts = ["Unbefristeter Vertrag", "Vertrag auf unbestimmte Dauer"],
        TemporaryContracts = ["Befristeter Vertrag (6 Monate)", "Ersatzvertrag"],
        InterimContracts = ["Interim mit Aussicht auf Festanstellung"],
        MonthSalaries = ["Entlohnung nach Barem: {0} € – {1} € brutto/Monat", "{0} € bis {1} € brutto monatlich"],
        HourSalaries = ["{0} € Stundenlohn (PK 124)", "{0} – {1} € brutto/Stunde"],
    });

    public static PhraseBank EastBelgian => EastBelgianBank.Value;
}
