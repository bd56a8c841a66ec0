namespace GrensJobs.Normalisation.Occupations;

/// <summary>The four label languages of the ESCO seed, in column order, and their positions.</summary>
internal static class EscoLanguages
{
    public const int Count = 4;

    public static IReadOnlyList<string> Codes { get; } = ["nl", "de", "fr", "en"];

    /// <summary>Position of an ISO 639-1 code ("nl", "de-DE", "FR"), or -1 when it is not an ESCO label language.</summary>
    public static int IndexOf(string? language)
    {
        if (string.IsNullOrEmpty(language) || language.Length < 2)
        {
            return -1;
        }

        var code = language.AsSpan(0, 2);
        for (var i = 0; i < Count; i++)
        {
            if (code.Equals(Codes[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
