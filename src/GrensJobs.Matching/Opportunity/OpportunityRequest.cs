using GrensJobs.Core.Places;

namespace GrensJobs.Matching.Opportunity;

/// <summary>
/// What the opportunity table is computed for: the ISCO-08 level of its groups (1 major, 2 sub-major — the default,
/// 3 minor, 4 unit group), the Euregios (all when empty) and the language of the labels (nl, de, fr, en).
/// </summary>
public sealed record OpportunityRequest
{
    public static readonly IReadOnlyList<string> UiLanguages = ["nl", "de", "fr", "en"];

    public int IscoLevel { get; init; } = 2;

    public IReadOnlyList<string> Euregios { get; init; } = [];

    public string UiLanguage { get; init; } = "en";

    /// <summary>What is wrong with the request, in words; null when it can be computed.</summary>
    public string? Problem()
    {
        if (IscoLevel is < 1 or > 4)
        {
            return $"the ISCO level must be 1, 2, 3 or 4 (digits of the ISCO-08 group), not {IscoLevel}.";
        }

        var unknown = Euregios.Where(id => !GrensJobs.Core.Places.Euregios.All.Contains(id, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return $"unknown Euregio {string.Join(", ", unknown.Select(id => "\"" + id + "\""))}; use one of {string.Join(", ", GrensJobs.Core.Places.Euregios.All)}.";
        }

        return UiLanguages.Contains(UiLanguage, StringComparer.Ordinal)
            ? null
            : $"unknown label language \"{UiLanguage}\"; use nl, de, fr or en.";
    }

    internal bool Includes(string euregio) => Euregios.Count == 0 || Euregios.Contains(euregio, StringComparer.Ordinal);
}
