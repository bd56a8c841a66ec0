using System.Globalization;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>
/// The query of a Bundesagentur source, from its settings: <c>was</c>, <c>wo</c>, <c>umkreis</c> (km),
/// <c>angebotsart</c> (1, 2, 4, 34), <c>veroeffentlichtseit</c> (0–100 days) and <c>listPath</c>
/// (<c>/pc/v4/jobs</c>, the default, or <c>/pc/v6/jobs</c>).
/// </summary>
internal sealed record BundesagenturSettings(JobsucheQuery Query, bool UseV6List)
{
    public const string V4ListPath = "/pc/v4/jobs";
    public const string V6ListPath = "/pc/v6/jobs";

    private static readonly int[] OfferKinds = [1, 2, 4, 34];

    public static BundesagenturSettings Parse(SourceDefinition definition, ICollection<SourceProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(problems);
        var settings = definition.Settings;
        var query = new JobsucheQuery
        {
            Was = Text("was"),
            Wo = Text("wo"),
            Umkreis = Number("umkreis", 0, 1_000),
            Angebotsart = Number("angebotsart", 1, 34),
            Veroeffentlichtseit = Number("veroeffentlichtseit", 0, 100),
        };
        if (query.Angebotsart is { } kind && !OfferKinds.Contains(kind))
        {
            problems.Add(new SourceProblem("settings.angebotsart", "angebotsart must be 1, 2, 4 or 34."));
        }

        if (query.Umkreis is not null && query.Wo is null)
        {
            problems.Add(new SourceProblem("settings.umkreis", "umkreis needs wo (the place the radius is around)."));
        }

        var listPath = Text("listPath")?.TrimEnd('/') ?? V4ListPath;
        if (!listPath.Equals(V4ListPath, StringComparison.Ordinal) && !listPath.Equals(V6ListPath, StringComparison.Ordinal))
        {
            problems.Add(new SourceProblem("settings.listPath", $"listPath must be {V4ListPath} or {V6ListPath}."));
        }

        return new BundesagenturSettings(query, listPath.Equals(V6ListPath, StringComparison.Ordinal));

        string? Text(string key) =>
            settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        int? Number(string key, int min, int max)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number >= min && number <= max)
            {
                return number;
            }

            problems.Add(new SourceProblem($"settings.{key}", $"{key} must be a whole number from {min} to {max}, not '{text}'."));
            return null;
        }
    }
}
