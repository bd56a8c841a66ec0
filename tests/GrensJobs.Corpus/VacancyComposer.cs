using System.Globalization;

namespace GrensJobs.Corpus;

/// <summary>Composes one synthetic raw vacancy at a time from a shared <see cref="Random"/> (so the corpus is deterministic).</summary>
internal sealed class VacancyComposer
{
    private const string TruckDriverIsco = "8332";
    private static readonly string[] GermanLicences = ["CE", "C/CE", "Klasse CE"];
    private static readonly string[] DutchLicences = ["CE", "C/CE", "rijbewijs CE"];
    private static readonly string[] FrenchLicences = ["CE", "C/CE", "permis CE"];

    private static readonly (int Min, int Max)[] FullTimeHours = [(38, 40), (36, 40), (40, 40), (32, 40), (38, 38), (36, 38)];
    private static readonly (int Min, int Max)[] PartTimeHours = [(16, 24), (20, 30), (24, 32), (12, 20), (20, 24)];
    private static readonly string[] TrackingSuffixes =
        ["?utm_source=indeed&utm_medium=cpc", "?utm_source=linkedin&utm_campaign=najaar", "?utm_source=google&gclid=Cj0KCQ", "?utm_medium=email#apply", "?fbclid=IwAR0x"];

    private static readonly DateOnly FirstPosted = new(2026, 11, 1);
    private static readonly DateOnly LastValid = new(2026, 12, 31);

    private readonly Random random;
    private readonly OccupationPicker occupations;
    private readonly int seed;
    private readonly DescriptionWriter descriptions;
    private readonly PlacePicker places;
    private PhraseBank? lastBank;

    public VacancyComposer(Random random, IReadOnlyList<EscoOccupation> occupations, IReadOnlyList<BorderPlace> places, int seed)
    {
        this.random = random;
        this.places = new PlacePicker(places);
        this.occupations = new OccupationPicker(occupations);
        this.seed = seed;
        descriptions = new DescriptionWriter(random);
    }

    public SyntheticVacancy Compose(int index)
    {
        var place = places.Pick(random);
        var bank = PhraseBank.For(place);
        var occupation = occupations.Pick(random);
        var labels = occupation.LabelsIn(bank.Language);
        var label = random.NextDouble() < 0.6 ? labels[0] : Pick(labels);
        var employer = Employer(bank);
        var source = Pick(bank.Sources);
        var id = string.Create(CultureInfo.InvariantCulture, $"{source}-{seed}-{index:D7}");
        var fullTime = random.NextDouble() < 0.75;
        var hours = fullTime ? Pick(FullTimeHours) : Pick(PartTimeHours);
        var salary = random.NextDouble() < 0.85 ? Salary(occupation.Isco, fullTime ? 1m : hours.Max / 40m) : null;
        var posted = FirstPosted.AddDays(random.Next(0, 31));
        var validThrough = posted.AddDays(random.Next(21, 61));

        var description = descriptions.Write(new DescriptionFacts(bank, place, employer, label, hours, fullTime, salary));
        var structuredSalary = salary is not null && random.NextDouble() < 0.45;
        var salaryAsString = salary is not null && !structuredSalary && random.NextDouble() < 0.2;
        var detail = random.NextDouble(); // < 0.15 text only, < 0.4 no coordinates, else everything
        lastBank = bank;

        return new SyntheticVacancy
        {
            Id = id,
            Source = source,
            Url = Url(bank, id),
            Title = Title(bank, label, place, fullTime, occupation.Isco),
            Description = description,
            Employer = employer,
            Posted = posted,
            ValidThrough = validThrough > LastValid ? LastValid : validThrough,
            Language = bank.Language,
            EmploymentType = EmploymentType(bank, fullTime),
            Salary = structuredSalary ? salary : null,
            SalaryText = salaryAsString ? descriptions.SalaryText(bank, salary!) : null,
            LocationText = LocationText(bank, place),
            PostalCode = detail >= 0.15 ? place.PostalCode : null,
            Place = detail >= 0.15 ? place.Name : null,
            Country = detail >= 0.15 ? place.Country : null,
            Lat = detail >= 0.4 ? Math.Round(place.Lat + Jitter(), 4) : null,
            Lon = detail >= 0.4 ? Math.Round(place.Lon + Jitter(), 4) : null,
            PlaceOfWork = place,
            Occupation = occupation,
            FullTime = fullTime,
            Hours = hours,
            OfferedSalary = salary,
        };
    }

    private double Jitter() => (random.NextDouble() - 0.5) * 0.02;

    /// <summary>The same job published by another source: new id and url, everything a reader sees unchanged.</summary>
    public SyntheticVacancy Repost(SyntheticVacancy original, int index)
    {
        var bank = lastBank ?? throw new InvalidOperationException("Repost follows Compose");
        var others = bank.Sources.Where(s => !string.Equals(s, original.Source, StringComparison.Ordinal)).ToList();
        var source = others.Count > 0 ? Pick(others) : "import";
        var id = string.Create(CultureInfo.InvariantCulture, $"{source}-{seed}-{index:D7}");
        return original with
        {
            Id = id, Source = source, Url = Url(bank, id), Posted = original.Posted.AddDays(random.Next(0, 3)), RepostOf = original.Id,
        };
    }

    private string Title(PhraseBank bank, string label, BorderPlace place, bool fullTime, string isco)
    {
        var title = label.Trim();
        var slash = title.IndexOf('/', StringComparison.Ordinal);
        var gendered = slash > 0;
        if (bank.Language is "de" or "fr" && gendered && random.NextDouble() < 0.7)
        {
            title = title[..slash].TrimEnd(); // "Schweißer/Schweißerin" → "Schweißer"
            gendered = false;
        }

        title = char.ToUpperInvariant(title[0]) + title[1..];
        var markerChance = bank.Language switch { "de" => 0.85, "fr" => 0.6, _ => 0.4 };
        if (!gendered && random.NextDouble() < markerChance)
        {
            title = $"{title} {bank.GenderMarker}";
        }

        if (random.NextDouble() < 0.15)
        {
            // German nouns keep their capital; Dutch and French labels are lower case in ESCO.
            var rest = bank.Language == "de" ? title : char.ToLowerInvariant(title[0]) + title[1..];
            title = $"{Pick(bank.Seniority)} {rest}";
        }

        if (random.NextDouble() < 0.3)
        {
            title = string.Format(CultureInfo.InvariantCulture, Pick(bank.TitlePlaceTemplates), title, place.Name);
        }

        if (string.Equals(isco, TruckDriverIsco, StringComparison.Ordinal) && random.NextDouble() < 0.5)
        {
            title = $"{title} {Pick(bank.Language switch { "de" => GermanLicences, "fr" => FrenchLicences, _ => DutchLicences })}"; // "Berufskraftfahrer (m/w/d) CE", "Chauffeur C/CE"
        }

        var roll = random.NextDouble();
        if (roll < 0.1)
        {
            title = $"{title} ({(fullTime ? bank.FullTimeWords[^1] : bank.PartTimeWords[^1])})";
        }
        else if (roll < 0.2)
        {
            title = bank.Language switch
            {
                "de" => $"{title} in {(fullTime ? "Vollzeit" : "Teilzeit")}",
                "fr" => $"{title} – {(fullTime ? "CDI temps plein" : "temps partiel")}",
                _ => $"{title} {(fullTime ? "fulltime" : "parttime")}",
            };
        }

        return title;
    }

    private string Employer(PhraseBank bank)
    {
        var name = $"{Pick(bank.EmployerNames)} {Pick(bank.EmployerKinds)}";
        var suffix = Pick(bank.EmployerSuffixes);
        return suffix.Length == 0 ? name : $"{name} {suffix}";
    }

    private SyntheticSalary Salary(string isco, decimal partTimeFactor)
    {
        var baseMonth = isco[0] switch
        {
            '1' => 4800, '2' => 4300, '3' => 3400, '4' => 2700, '5' => 2400, '6' => 2300, '7' => 2950, '8' => 2750, '9' => 2200, _ => 3000,
        };
        var min = Round(baseMonth * (0.85 + (random.NextDouble() * 0.25)), 50);
        var max = min + Round(200 + (random.NextDouble() * 700), 50);
        var roll = random.NextDouble();
        if (roll < 0.25)
        {
            var hourMin = Math.Round(min / 165m, 1);
            return new SyntheticSalary(hourMin, hourMin + Math.Round((decimal)random.NextDouble() * 3m, 1), "hour");
        }

        if (roll < 0.35)
        {
            return new SyntheticSalary(Math.Round(min * 13m / 1000m) * 1000m, Math.Round(max * 13m / 1000m) * 1000m, "year");
        }

        return new SyntheticSalary(Math.Round(min * partTimeFactor / 50m) * 50m, Math.Round(max * partTimeFactor / 50m) * 50m, "month");
    }

    private static decimal Round(double value, int step) => Math.Round((decimal)value / step) * step;

    private IReadOnlyList<string> EmploymentType(PhraseBank bank, bool fullTime)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.2 => [],
            < 0.3 => [bank.FullTimeWords[0], bank.PartTimeWords[0]],
            _ => [Pick(fullTime ? bank.FullTimeWords : bank.PartTimeWords)],
        };
    }

    private string Url(PhraseBank bank, string id)
    {
        var url = $"https://{bank.UrlHost}/{bank.UrlPath}/{id}";
        return random.NextDouble() < 0.35 ? url + Pick(TrackingSuffixes) : url;
    }

    /// <summary>"5911 Venlo", "Venlo", "Venlo, Nederland", "Eupen (BE)", as job boards write it.</summary>
    private string LocationText(PhraseBank bank, BorderPlace place) => random.Next(4) switch
    {
        0 when place.PostalCode is not null => $"{place.PostalCode} {place.Name}",
        0 or 1 => place.Name,
        2 => $"{place.Name}, {CountryName(bank, place.Country)}",
        _ => $"{place.Name} ({place.Country})",
    };

    private static string CountryName(PhraseBank bank, string country) => (bank.Language, country) switch
    {
        ("de", "DE") => "Deutschland",
        ("de", "NL") => "Niederlande",
        ("de", _) => "Belgien",
        ("fr", "BE") => "Belgique",
        ("fr", "NL") => "Pays-Bas",
        ("fr", _) => "Allemagne",
        (_, "NL") => "Nederland",
        (_, "DE") => "Duitsland",
        _ => "België",
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
