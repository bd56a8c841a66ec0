namespace GrensJobs.Normalisation.Occupations;

/// <summary>An ISCO-08 group as a link target: its URI (<c>http://data.europa.eu/esco/isco/C1211</c>), code and labels.</summary>
internal static class IscoGroupConcept
{
    public const string UriPrefix = "http://data.europa.eu/esco/isco/C";

    public static EscoConcept Of(IscoGroup group)
    {
        var preferred = new Dictionary<string, string>(4, StringComparer.Ordinal);
        var labels = new IReadOnlyList<string>[EscoLanguages.Count];
        for (var lang = 0; lang < EscoLanguages.Count; lang++)
        {
            var label = group.Labels.GetValueOrDefault(EscoLanguages.Codes[lang]) ?? string.Empty;
            labels[lang] = label.Length == 0 ? [] : [label];
            if (label.Length > 0)
            {
                preferred[EscoLanguages.Codes[lang]] = label;
            }
        }

        return new EscoConcept(UriPrefix + group.Code, group.Code, false, preferred, labels) { PreferredForms = labels };
    }
}
