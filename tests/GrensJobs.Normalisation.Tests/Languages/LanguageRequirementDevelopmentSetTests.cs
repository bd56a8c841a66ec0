using System.Globalization;
using System.Text.Json;
using GrensJobs.Core.Languages;
using GrensJobs.Normalisation.Languages;

namespace GrensJobs.Normalisation.Tests.Languages;

public sealed class LanguageRequirementDevelopmentSetTests(ITestOutputHelper output)
{
    private const double MinimumF1 = 0.95;

    [Fact]
    public void DevelopmentSet_MicroF1OverLanguageLevelRequired_IsAtLeastThreshold()
    {
        var extractor = new LanguageRequirementExtractor();
        var passages = Load();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var passage in passages)
        {
            var expected = passage.Expected.ToHashSet();
            var actual = extractor.Extract(passage.Text, passage.PostingLanguage)
                .Select(r => (r.Language, r.Level?.ToString(), r.Required))
                .ToHashSet();
            truePositives += actual.Count(expected.Contains);
            falsePositives += actual.Count(a => !expected.Contains(a));
            falseNegatives += expected.Count(e => !actual.Contains(e));
            if (!actual.SetEquals(expected))
            {
                output.WriteLine($"MISS {passage.Text.ReplaceLineEndings(" | ")}");
                output.WriteLine($"     expected {Describe(expected)}; actual {Describe(actual)}");
            }
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"passages={passages.Count} tp={truePositives} fp={falsePositives} fn={falseNegatives} precision={precision:F3} recall={recall:F3} f1={f1:F3}"));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu µs/passage={MicrosPerPassage(extractor, passages):F2}"));
        Assert.True(passages.Count >= 160, $"development set has only {passages.Count} passages");
        Assert.True(f1 >= MinimumF1, string.Create(CultureInfo.InvariantCulture, $"F1 {f1:F3} < {MinimumF1}"));
    }

    private static double MicrosPerPassage(LanguageRequirementExtractor extractor, List<Passage> passages)
    {
        const int Rounds = 100;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var passage in passages)
            {
                extractor.Extract(passage.Text, passage.PostingLanguage);
            }
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMicroseconds / (Rounds * passages.Count);
    }

    private static string Describe(IEnumerable<(string Language, string? Level, bool Required)> triples) =>
        "[" + string.Join(", ", triples.Select(t => $"{t.Language} {t.Level ?? "null"} {(t.Required ? "req" : "plus")}")) + "]";

    private static List<Passage> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "language-requirements.jsonl");
        var passages = new List<Passage>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var expected = root.GetProperty("expected").EnumerateArray()
                .Select(e => (
                    e.GetProperty("language").GetString()!,
                    e.GetProperty("level").ValueKind == JsonValueKind.Null ? null : e.GetProperty("level").GetString(),
                    e.GetProperty("required").GetBoolean()))
                .ToList();
            var posting = root.TryGetProperty("postingLanguage", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            passages.Add(new Passage(root.GetProperty("text").GetString()!, posting, expected));
        }

        return passages;
    }

    private sealed record Passage(string Text, string? PostingLanguage, List<(string Language, string? Level, bool Required)> Expected);
}
