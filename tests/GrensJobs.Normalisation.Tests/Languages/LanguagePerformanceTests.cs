using System.Diagnostics;
using System.Globalization;
using GrensJobs.Normalisation.Languages;

namespace GrensJobs.Normalisation.Tests.Languages;

/// <summary>Coarse guards against pathological slowness (e.g. a backtracking scan); real figures come from the benchmark loop.</summary>
public sealed class LanguagePerformanceTests(ITestOutputHelper output)
{
    private const string Paragraph =
        "Voor onze vestiging in Venlo zoeken wij een ervaren magazijnmedewerker die van aanpakken weet. " +
        "Je bent verantwoordelijk voor het ontvangen, controleren en opslaan van goederen en werkt nauw samen met collega's. " +
        "Wij bieden een goed salaris, reiskostenvergoeding, 25 vakantiedagen en doorgroeimogelijkheden binnen het bedrijf.\n";

    [Fact]
    public void Extract_ThreeKilobyteTextWithoutLanguages_StaysFarBelowOneMillisecond()
    {
        var text = string.Concat(Enumerable.Repeat(Paragraph, 3000 / Paragraph.Length + 1));
        var extractor = new LanguageRequirementExtractor();
        var detector = new LanguageDetector();
        var microsExtract = Measure(() => extractor.Extract(text, "nl"));
        var microsDetect = Measure(() => detector.Detect(text));
        var withLanguages = text + "Je spreekt vloeiend Nederlands en goed Duits; Engels is een pré.\n";
        var microsWith = Measure(() => extractor.Extract(withLanguages, "nl"));
        var microsScan = Measure(() => LanguageRequirementExtractor.MentionsLanguage(text));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"chars={text.Length} cpu µs/call: extract={microsExtract:F1} detect={microsDetect:F1} extractWithRequirements={microsWith:F1} scanOnly={microsScan:F1}"));

        Assert.True(microsExtract < 1000, $"extract took {microsExtract} µs");
        Assert.True(microsDetect < 1000, $"detect took {microsDetect} µs");
    }

    [Fact]
    public void Extract_HugeRunOnLineFullOfLanguageWords_FinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("Deutsch, Englisch und sehr gute Niederländischkenntnisse sowie ", 3000));
        var stopwatch = Stopwatch.StartNew();

        var result = new LanguageRequirementExtractor().Extract(text, "de");

        Assert.Equal(3, result.Count);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
    }

    /// <summary>Best of five rounds of processor time per call, after a warm-up that lets tiered JIT settle.</summary>
    private static double Measure(Action action)
    {
        for (var i = 0; i < 3000; i++)
        {
            action();
        }

        const int Iterations = 2000;
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < 5; round++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            for (var i = 0; i < Iterations; i++)
            {
                action();
            }

            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalMicroseconds / Iterations);
        }

        return best;
    }
}
