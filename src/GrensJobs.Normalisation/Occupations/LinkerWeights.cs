using System.Globalization;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// The linker's learned numbers from <c>esco/linker_weights.csv</c> (<c>name,value</c>): one weight per
/// <see cref="RankFeatures"/> feature (a logistic model of "this candidate is the concept", fitted on ESCO labels held
/// out of the index), the calibration of the winner's logit and margin into a probability (fitted on held-out ESCO
/// concepts), and the probability that an exact label match or a generic-head title is right. Written by
/// <c>GrensJobs.Benchmarks linker-train</c>; see seeds/README.md.
/// </summary>
internal sealed class LinkerWeights
{
    private readonly double[] _features;

    // per label language (EscoLanguages order): the calibration's shift for titles in that language
    private readonly double[] _rankedShift = new double[EscoLanguages.Count];
    private readonly double[] _exactShift = new double[EscoLanguages.Count];
    private readonly double[] _alternativeShift = new double[EscoLanguages.Count];

    private LinkerWeights(double[] features, Dictionary<string, double> values)
    {
        _features = features;
        for (var i = 0; i < EscoLanguages.Count; i++)
        {
            var code = EscoLanguages.Codes[i];
            _rankedShift[i] = values.GetValueOrDefault("calibration.bias." + code);
            _exactShift[i] = values.GetValueOrDefault("exact.bias." + code);
            _alternativeShift[i] = values.GetValueOrDefault("exact.alternative." + code);
        }

        CalibrationLogit = values.GetValueOrDefault("calibration.logit", 1);
        CalibrationMargin = values.GetValueOrDefault("calibration.margin", 0);
        CalibrationBias = values.GetValueOrDefault("calibration.bias", 0);
        ExactSameLanguage = values.GetValueOrDefault("exact.sameLanguage", 0.97);
        ExactOtherLanguage = values.GetValueOrDefault("exact.otherLanguage", 0.9);
        Generic = values.GetValueOrDefault("generic", 0.75);
        ExactAlternative = values.GetValueOrDefault("exact.alternative", 0);
        ExactShared = values.GetValueOrDefault("exact.shared", 0);
    }

    public double CalibrationLogit { get; }

    public double CalibrationMargin { get; }

    public double CalibrationBias { get; }

    /// <summary>Probability that the title's exact label in the posting's language names the concept.</summary>
    public double ExactSameLanguage { get; }

    /// <summary>Logit change of an exact match when the label is only an alternative one.</summary>
    public double ExactAlternative { get; }

    /// <summary>Logit change of an exact match when another concept has the same label in that language.</summary>
    public double ExactShared { get; }

    /// <summary>The same for an exact label of another language.</summary>
    public double ExactOtherLanguage { get; }

    /// <summary>Probability that a generic head resolved through its field ("medewerker bouw") is right.</summary>
    public double Generic { get; }

    /// <summary>Without a weights file: the blended trigram score alone decides, as the linker did before learning.</summary>
    public static LinkerWeights Default { get; } = FromValues(new Dictionary<string, double>(StringComparer.Ordinal) { ["blend"] = 10, ["bias"] = -6 });

    public static LinkerWeights Load(string path) =>
        File.Exists(path)
            ? FromValues(SeedCsv.ReadRows(path).Where(r => r.Length >= 2)
                .ToDictionary(r => r[0], r => double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal))
            : Default;

    public static LinkerWeights FromValues(IReadOnlyDictionary<string, double> values)
    {
        var features = new double[RankFeatures.Count];
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = values.GetValueOrDefault(RankFeatures.Names[i]);
        }

        return new LinkerWeights(features, new Dictionary<string, double>(values, StringComparer.Ordinal));
    }

    /// <summary>
    /// Probability that an exact label match is right: by language, then label type and ambiguity, then the shift of
    /// the title's language (<paramref name="lang"/>, -1: none) for a label in that language.
    /// </summary>
    public double Exact(bool sameLanguage, bool preferred, bool shared, int lang = -1)
    {
        var p = Math.Clamp(sameLanguage ? ExactSameLanguage : ExactOtherLanguage, 0.01, 0.99);
        var logit = Math.Log(p / (1 - p)) + (preferred ? 0 : ExactAlternative) + (shared ? ExactShared : 0);
        if (sameLanguage && lang >= 0)
        {
            logit += _exactShift[lang] + (preferred ? 0 : _alternativeShift[lang]);
        }

        return Math.Round(1 / (1 + Math.Exp(-logit)), 3);
    }

    /// <summary>The candidate's logit: the weighted sum of its features.</summary>
    public double Score(double[] features)
    {
        var sum = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            sum += _features[i] * features[i];
        }

        return sum;
    }

    /// <summary>
    /// Probability that the ranker's winner is right, from its logit, its lead over the runner-up and the title's
    /// language (<paramref name="lang"/>, -1: none; a language without a fitted shift uses the shared calibration).
    /// </summary>
    public double Calibrate(double logit, double margin, int lang = -1) =>
        1 / (1 + Math.Exp(-((CalibrationLogit * logit) + (CalibrationMargin * margin) + CalibrationBias + (lang >= 0 ? _rankedShift[lang] : 0))));
}
