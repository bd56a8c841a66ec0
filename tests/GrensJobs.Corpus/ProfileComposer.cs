using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GrensJobs.Corpus;

/// <summary>Composes one synthetic canonical jobseeker profile at a time from a shared <see cref="Random"/>.</summary>
internal sealed class ProfileComposer
{
    private static readonly string[] Levels = ["A1", "A2", "B1", "B2", "C1", "C2"];
    private static readonly int[] Radii = [15, 20, 25, 30, 30, 40, 40, 50, 60, 80];
    private static readonly (int Min, int Max)[] FullTimeHours = [(32, 40), (36, 40), (38, 40), (40, 40)];
    private static readonly (int Min, int Max)[] PartTimeHours = [(16, 24), (20, 32), (24, 32), (12, 20)];
    private static readonly int[] EducationLevels = [2, 3, 3, 3, 4, 4, 4, 5, 6, 6, 7];
    private static readonly DateOnly FirstAvailable = new(2026, 11, 15);

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What people on each side of the border say they speak, besides their own language: (language, share, lowest, highest level).</summary>
    private static readonly Dictionary<string, (string Language, double Share, int Lowest, int Highest)[]> OtherLanguages = new(StringComparer.Ordinal)
    {
        ["NL-nl"] = [("de", 0.5, 1, 4), ("en", 0.7, 2, 4), ("fr", 0.1, 1, 3)],
        ["DE-de"] = [("nl", 0.25, 1, 4), ("en", 0.6, 1, 4), ("fr", 0.1, 1, 3)],
        ["BE-nl"] = [("fr", 0.6, 2, 4), ("en", 0.6, 2, 4), ("de", 0.15, 1, 3)],
        ["BE-fr"] = [("nl", 0.35, 1, 4), ("en", 0.5, 1, 4), ("de", 0.15, 1, 3)],
        ["BE-de"] = [("fr", 0.8, 3, 5), ("nl", 0.2, 1, 3), ("en", 0.4, 1, 4)],
    };

    private static readonly Dictionary<string, string[]> Skills = new(StringComparer.Ordinal)
    {
        ["nl"] = ["heftruckcertificaat", "VCA", "MIG/MAG lassen", "rijbewijs CE", "klantgericht", "Excel", "SAP", "ploegendienst", "BIG-registratie", "orderpicken"],
        ["de"] = ["Staplerschein", "Schweißen MIG/MAG", "Führerschein CE", "SAP", "Schichtarbeit", "Kundenorientierung", "Excel", "Pflegeerfahrung", "CNC-Fräsen", "Kommissionierung"],
        ["fr"] = ["permis cariste", "soudure MIG/MAG", "permis CE", "SAP", "travail posté", "sens du client", "Excel", "préparation de commandes", "VCA", "soins infirmiers"],
    };

    private readonly Random random;
    private readonly OccupationPicker occupations;
    private readonly PlacePicker places;
    private readonly int seed;

    public ProfileComposer(Random random, IReadOnlyList<EscoOccupation> occupations, IReadOnlyList<BorderPlace> places, int seed)
    {
        this.random = random;
        this.occupations = new OccupationPicker(occupations);
        this.places = new PlacePicker(places);
        this.seed = seed;
    }

    public string Compose(int index)
    {
        var home = places.Pick(random);
        var prefix = home.Country switch { "NL" => "uwv", "DE" => "ba", _ => "vdab" };
        using var buffer = new MemoryStream(512);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"{prefix}-{seed}-{index:D7}"));
            WriteOccupations(json, home);
            WriteSkills(json, home);
            WriteLanguages(json, home);
            WriteHome(json, home);
            json.WriteNumber("maxCommuteKm", Pick(Radii));
            WriteHours(json);
            if (random.NextDouble() < 0.85)
            {
                json.WriteStartObject("education");
                json.WriteNumber("eqf", Pick(EducationLevels));
                json.WriteEndObject();
            }

            if (random.NextDouble() < 0.8)
            {
                json.WriteString("availableFrom", FirstAvailable.AddDays(random.Next(0, 91)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// One to three occupations; a second one is often a neighbour of the first (same ISCO-08 unit group). Each is
    /// written as the services write it: an official title in the home's language (45%), an ESCO URI (30%) or an
    /// ISCO-08 code (25%, a minor group now and then).
    /// </summary>
    private void WriteOccupations(Utf8JsonWriter json, BorderPlace home)
    {
        var roll = random.NextDouble();
        var count = roll < 0.6 ? 1 : roll < 0.9 ? 2 : 3;
        var first = occupations.Pick(random);
        json.WriteStartArray("desiredOccupations");
        for (var i = 0; i < count; i++)
        {
            var occupation = first;
            if (i > 0)
            {
                var neighbours = occupations.InUnitGroup(first.Isco);
                occupation = random.NextDouble() < 0.5 && neighbours.Count > 1 ? Pick(neighbours) : occupations.Pick(random);
            }

            json.WriteStartObject();
            var form = random.NextDouble();
            if (form < 0.45)
            {
                var labels = occupation.LabelsIn(home.Language);
                json.WriteString("title", random.NextDouble() < 0.7 ? labels[0] : Pick(labels));
            }
            else if (form < 0.75)
            {
                json.WriteString("esco", occupation.ConceptUri);
            }
            else
            {
                var minorGroup = random.NextDouble() >= 0.9 && occupation.Isco.Length == 4;
                json.WriteString("isco", minorGroup ? occupation.Isco[..3] : occupation.Isco);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteSkills(Utf8JsonWriter json, BorderPlace home)
    {
        var count = random.Next(0, 4);
        if (count == 0)
        {
            return;
        }

        var pool = Skills[home.Language];
        json.WriteStartArray("skills");
        foreach (var skill in Enumerable.Range(0, count).Select(_ => Pick(pool)).Distinct(StringComparer.Ordinal))
        {
            json.WriteStringValue(skill);
        }

        json.WriteEndArray();
    }

    /// <summary>The home's language at C2 (now and then C1), and others as people there speak them.</summary>
    private void WriteLanguages(Utf8JsonWriter json, BorderPlace home)
    {
        json.WriteStartArray("languages");
        WriteLanguage(json, home.Language, random.NextDouble() < 0.9 ? "C2" : "C1");
        foreach (var (language, share, lowest, highest) in OtherLanguages[home.Country + "-" + home.Language])
        {
            if (random.NextDouble() < share)
            {
                WriteLanguage(json, language, Levels[random.Next(lowest, highest + 1)]);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteLanguage(Utf8JsonWriter json, string language, string level)
    {
        json.WriteStartObject();
        json.WriteString("language", language);
        json.WriteString("level", level);
        json.WriteEndObject();
    }

    /// <summary>A postal code with the place (60%), the postal code alone (20%) or the place alone (20%), always the country.</summary>
    private void WriteHome(Utf8JsonWriter json, BorderPlace home)
    {
        var roll = random.NextDouble();
        json.WriteStartObject("home");
        if (home.PostalCode is { } postalCode && roll < 0.8)
        {
            json.WriteString("postalCode", postalCode);
        }

        if (home.PostalCode is null || roll < 0.6 || roll >= 0.8)
        {
            json.WriteString("place", home.Name);
        }

        json.WriteString("country", home.Country);
        json.WriteEndObject();
    }

    private void WriteHours(Utf8JsonWriter json)
    {
        var roll = random.NextDouble();
        if (roll >= 0.9)
        {
            return;
        }

        var (min, max) = roll < 0.7 ? Pick(FullTimeHours) : Pick(PartTimeHours);
        json.WriteStartObject("hoursPerWeek");
        json.WriteNumber("min", min);
        json.WriteNumber("max", max);
        json.WriteEndObject();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
