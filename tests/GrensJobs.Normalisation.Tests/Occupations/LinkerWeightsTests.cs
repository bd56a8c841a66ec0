using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Normalisation.Tests.Occupations;

public sealed class LinkerWeightsTests
{
    private static readonly LinkerWeights Weights = LinkerWeights.FromValues(new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["calibration.logit"] = 1,
        ["calibration.margin"] = 0,
        ["calibration.bias"] = 0,
        ["calibration.bias.de"] = -1,
        ["calibration.bias.fr"] = 1,
        ["exact.sameLanguage"] = 0.9,
        ["exact.otherLanguage"] = 0.5,
        ["exact.alternative"] = -2,
        ["exact.bias.de"] = -1,
        ["exact.alternative.fr"] = 1.5,
    });

    private static int Lang(string code) => EscoLanguages.IndexOf(code);

    [Fact]
    public void Calibrate_ShiftsTheRankedLogitByTheTitlesLanguage()
    {
        Assert.Equal(0.5, Weights.Calibrate(0, 0), 6);
        Assert.Equal(0.5, Weights.Calibrate(0, 0, Lang("en")), 6);
        Assert.Equal(1 / (1 + Math.Exp(1)), Weights.Calibrate(0, 0, Lang("de")), 6);
        Assert.Equal(1 / (1 + Math.Exp(-1)), Weights.Calibrate(0, 0, Lang("fr")), 6);
    }

    [Fact]
    public void Exact_ShiftsASameLanguageLabelByLanguageAndLabelType()
    {
        var logit = Math.Log(0.9 / 0.1);
        Assert.Equal(Round(logit), Weights.Exact(true, true, false, Lang("en")), 3);
        Assert.Equal(Round(logit - 1), Weights.Exact(true, true, false, Lang("de")), 3);
        Assert.Equal(Round(logit - 2 - 1), Weights.Exact(true, false, false, Lang("de")), 3);
        Assert.Equal(Round(logit), Weights.Exact(true, true, false, Lang("fr")), 3);
        Assert.Equal(Round(logit - 2 + 1.5), Weights.Exact(true, false, false, Lang("fr")), 3);
    }

    [Fact]
    public void Exact_LabelOfAnotherLanguage_KeepsItsOwnProbability()
    {
        Assert.Equal(0.5, Weights.Exact(false, true, false, Lang("de")), 3);
    }

    private static double Round(double logit) => Math.Round(1 / (1 + Math.Exp(-logit)), 3);
}
