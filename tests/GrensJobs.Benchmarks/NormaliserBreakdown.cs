using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Employment;
using GrensJobs.Normalisation.Languages;
using GrensJobs.Normalisation.Occupations;
using GrensJobs.Normalisation.Places;
using GrensJobs.Normalisation.Text;

namespace GrensJobs.Benchmarks;

/// <summary>Where a vacancy's normalisation time goes: each step timed alone over the same corpus, one thread.</summary>
internal static class NormaliserBreakdown
{
    public static void Report(VacancyNormaliser normaliser, List<string> lines)
    {
        var raws = lines.Select(line => RawVacancyReader.Read(line).Vacancy!).ToList();
        var texts = raws.Select(raw => HtmlText.ToPlainText(raw.Description)).ToList();
        var detector = new LanguageDetector();
        var requirements = new LanguageRequirementExtractor();
        var places = new PlaceResolver(normaliser.Gazetteer);
        var linker = new OccupationLinker(normaliser.Catalog);
        var normalised = raws.Select(normaliser.Normalise).ToList();

        var steps = new (string Name, Action<int> Step)[]
        {
            ("read JSON line", i => RawVacancyReader.Read(lines[i])),
            ("HTML → text", i => HtmlText.ToPlainText(raws[i].Description)),
            ("posting language", i => detector.Detect(texts[i])),
            ("place", i => places.Resolve(raws[i].Location, null)),
            ("occupation", i => linker.Link(raws[i].Title, texts[i], raws[i].Language, raws[i].Location?.Country)),
            ("language requirements", i => requirements.Extract(texts[i], raws[i].Language)),
            ("hours", i => HoursExtractor.Extract(raws[i].Title, texts[i], raws[i].EmploymentType)),
            ("contract", i => ContractClassifier.Classify(raws[i].Title, texts[i], raws[i].EmploymentType)),
            ("salary", i => SalaryParser.Parse(raws[i].Salary, texts[i])),
            ("education", i => EducationExtractor.Extract(texts[i])),
            ("remote", i => RemoteClassifier.Classify(raws[i].Title, texts[i])),
            ("write JSON", i => JsonSerializer.Serialize(normalised[i], GrensJobsJson.Context.Vacancy)),
        };

        Console.WriteLine("  step                                        µs/vacancy");
        foreach (var (name, step) in steps)
        {
            for (var i = 0; i < Math.Min(500, lines.Count); i++)
            {
                step(i);
            }

            var clock = Stopwatch.StartNew();
            for (var i = 0; i < lines.Count; i++)
            {
                step(i);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-44}{clock.Elapsed.TotalMicroseconds / lines.Count,8:N1}"));
        }
    }
}
