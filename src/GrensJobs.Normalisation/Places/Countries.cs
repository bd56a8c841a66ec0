using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Places;

/// <summary>Recognises the three countries in codes and names in nl/de/fr/en ("Duitsland", "Belgique", "D", "NL").</summary>
internal static class Countries
{
    private static readonly Dictionary<string, string> ByFoldedName = new(StringComparer.Ordinal)
    {
        ["nl"] = "NL", ["nld"] = "NL", ["nederland"] = "NL", ["netherlands"] = "NL", ["the netherlands"] = "NL",
        ["niederlande"] = "NL", ["pays bas"] = "NL", ["holland"] = "NL", ["nl nederland"] = "NL",
        ["de"] = "DE", ["d"] = "DE", ["deu"] = "DE", ["deutschland"] = "DE", ["germany"] = "DE", ["duitsland"] = "DE",
        ["allemagne"] = "DE", ["bundesrepublik deutschland"] = "DE", ["brd"] = "DE",
        ["be"] = "BE", ["b"] = "BE", ["bel"] = "BE", ["belgie"] = "BE", ["belgien"] = "BE", ["belgium"] = "BE",
        ["belgique"] = "BE", ["belgi"] = "BE",
    };

    /// <summary>The ISO code for a country code or name, or null when it is not NL, DE or BE.</summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return ByFoldedName.GetValueOrDefault(TextFolding.Fold(value));
    }
}
