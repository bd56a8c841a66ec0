using System.Security.Cryptography;
using System.Text;
using GrensJobs.Core.Text;
using GrensJobs.Core.Vacancies;
using GrensJobs.Core.Web;

namespace GrensJobs.Normalisation.Identity;

/// <summary>
/// The identity rules of CONTRACTS.md: <c>source</c> defaults to <c>import</c>; <c>id</c> defaults to the canonical
/// URL, else to a hash of title + employer + location.
/// </summary>
public static class VacancyIdentity
{
    public const string DefaultSource = "import";

    public static (string Source, string Id, string? CanonicalUrl) Of(RawVacancy raw)
    {
        var canonicalUrl = UrlCanonicaliser.Canonicalise(raw.Url);
        var source = raw.Source ?? DefaultSource;
        var id = raw.Id ?? canonicalUrl ?? ContentHash(raw);
        return (source, id, canonicalUrl);
    }

    private static string ContentHash(RawVacancy raw)
    {
        var location = raw.Location ?? (raw.Locations.Count > 0 ? raw.Locations[0] : null);
        var key = string.Join('|',
            TextFolding.Fold(raw.Title),
            TextFolding.Fold(raw.Employer ?? ""),
            TextFolding.Fold(location?.Text ?? string.Join(' ', location?.PostalCode, location?.Place, location?.Country)));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "h-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
