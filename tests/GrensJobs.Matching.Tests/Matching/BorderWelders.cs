namespace GrensJobs.Matching.Tests.Matching;

/// <summary>Welding vacancies around Venlo on both sides of the border, with the traps a mediator knows.</summary>
internal static class BorderWelders
{
    public static readonly string[] Vacancies =
    [
        """{"source": "uwv-test", "id": "venlo-lasser", "title": "Lasser MIG/MAG (m/v/x)", "employer": "Van Dijk Staalbouw B.V.", "language": "nl", "description": "<p>Als lasser MIG/MAG bij Van Dijk Staalbouw las je constructies. Je spreekt goed Nederlands. 38 uur per week, vast contract.</p>", "location": {"place": "Venlo", "postalCode": "5928", "country": "NL"}, "posted": "2026-11-20", "validThrough": "2027-03-31"}""",
        """{"source": "ba-test", "id": "kevelaer-c1", "title": "Schweißer (m/w/d) MIG/MAG", "employer": "Müller GmbH", "language": "de", "description": "<p>Wir suchen einen Schweißer (m/w/d) für MIG/MAG-Schweißen. Sehr gute Deutschkenntnisse (C1) sind erforderlich. Vollzeit, 40 Stunden pro Woche.</p>", "location": {"place": "Kevelaer", "postalCode": "47623", "country": "DE"}, "posted": "2026-11-25", "validThrough": "2027-03-31"}""",
        """{"source": "ba-test", "id": "kleve-b1", "title": "Schweißer (m/w/d)", "employer": "Kleve Metallbau GmbH", "language": "de", "description": "<p>Schweißer (m/w/d) für unsere Fertigung in Kleve. Deutschkenntnisse mindestens B1. Vollzeit 39 Stunden/Woche.</p>", "location": {"place": "Kleve", "postalCode": "47533", "country": "DE"}, "posted": "2026-11-26", "validThrough": "2027-03-31"}""",
        """{"source": "uwv-test", "id": "eindhoven-lasser", "title": "Lasser (m/v/x)", "employer": "Brainport Metaal B.V.", "language": "nl", "description": "<p>Lasser gezocht in Eindhoven. Goede beheersing van het Nederlands. 40 uur per week.</p>", "location": {"place": "Eindhoven", "postalCode": "5611", "country": "NL"}, "posted": "2026-11-21", "validThrough": "2027-03-31"}""",
        """{"source": "uwv-test", "id": "groningen-lasser", "title": "Lasser (m/v/x)", "employer": "Noord Staal B.V.", "language": "nl", "description": "<p>Lasser in Groningen. Goede beheersing van het Nederlands. 40 uur per week.</p>", "location": {"place": "Groningen", "postalCode": "9711", "country": "NL"}, "posted": "2026-11-21", "validThrough": "2027-03-31"}""",
        """{"source": "uwv-test", "id": "venlo-parttime", "title": "Lasser (m/v/x) parttime", "employer": "Maas Constructie B.V.", "language": "nl", "description": "<p>Parttime lasser, 16 uur per week. Je spreekt vloeiend Nederlands.</p>", "location": {"place": "Venlo", "postalCode": "5912", "country": "NL"}, "posted": "2026-11-22", "validThrough": "2027-03-31"}""",
        """{"source": "uwv-test", "id": "venlo-kok", "title": "Kok (m/v/x)", "employer": "Hotel De Bovenste Molen", "language": "nl", "description": "<p>Kok voor ons restaurant in Venlo. Je spreekt goed Nederlands. 38 uur per week.</p>", "location": {"place": "Venlo", "postalCode": "5913", "country": "NL"}, "posted": "2026-11-22", "validThrough": "2027-03-31"}""",
    ];

    public const string VenloWelder = """
        {"id": "p-venlo", "desiredOccupations": [{"title": "Lasser"}], "skills": ["MIG/MAG lassen"],
         "languages": [{"language": "nl", "level": "C2"}, {"language": "de", "level": "B1"}],
         "home": {"postalCode": "5911", "place": "Venlo", "country": "NL"}, "maxCommuteKm": 40,
         "hoursPerWeek": {"min": 32, "max": 40}, "education": {"eqf": 3}, "availableFrom": "2026-12-01"}
        """;

    public const string KleveWelder = """
        {"id": "p-kleve", "desiredOccupations": [{"title": "Schweißer/in", "nationalCode": {"system": "kldb2010", "code": "24412"}}],
         "languages": [{"language": "de", "level": "C2"}], "home": {"postalCode": "47533", "place": "Kleve", "country": "DE"},
         "maxCommuteKm": 50, "hoursPerWeek": {"min": 35, "max": 40}}
        """;

    public const string VenloCook = """
        {"id": "p-cook", "desiredOccupations": [{"isco": "5120"}], "languages": [{"language": "nl", "level": "C2"}],
         "home": {"place": "Venlo", "country": "NL"}, "maxCommuteKm": 25}
        """;
}
