using System.Globalization;
using GrensJobs.Core.Languages;
using GrensJobs.Core.Places;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;
using GrensJobs.Search.Querying;

namespace GrensJobs.Cli;

/// <summary>Reads the options of <c>search</c> into a <see cref="SearchRequest"/>, or says exactly what is wrong.</summary>
internal sealed class SearchArguments
{
    public string? Query { get; init; }
    public string? Near { get; init; }
    public double? Radius { get; init; }
    public string[] Country { get; init; } = [];
    public string[] Euregio { get; init; } = [];
    public string[] Nuts3 { get; init; } = [];
    public string? Occupation { get; init; }
    public string[] Contract { get; init; } = [];
    public string? Hours { get; init; }
    public string? Since { get; init; }
    public string? Remote { get; init; }
    public decimal? MinSalary { get; init; }
    public string[] Speaks { get; init; } = [];
    public string Sort { get; init; } = "relevance";
    public int Top { get; init; } = 20;
    public int Page { get; init; } = 1;
    public string UiLanguage { get; init; } = "en";

    public static IReadOnlyList<string> UiLanguages { get; } = ["nl", "de", "fr", "en"];

    /// <summary>The request, or the reason the options are not valid (exit 2).</summary>
    public (SearchRequest? Request, string? Error) ToRequest(VacancyNormaliser normaliser)
    {
        var countries = List(Country).Select(c => c.ToUpperInvariant()).ToList();
        if (countries.FirstOrDefault(c => c.Length != 2 || !c.All(char.IsAsciiLetter)) is { } badCountry)
        {
            return Fail($"--country: \"{badCountry}\" is not a two-letter country code (NL, DE, BE).");
        }

        var euregios = List(Euregio).Select(e => e.ToLowerInvariant()).ToList();
        if (euregios.FirstOrDefault(e => !Euregios.All.Contains(e)) is { } badEuregio)
        {
            return Fail($"--euregio: unknown Euregio \"{badEuregio}\"; use one of {string.Join(", ", Euregios.All)}.");
        }

        if (Occupation is { } isco && (isco.Length is < 1 or > 4 || !isco.All(char.IsAsciiDigit)))
        {
            return Fail($"--occupation: \"{isco}\" is not an ISCO-08 code of 1 to 4 digits (\"7\", \"72\", \"7212\").");
        }

        var contracts = new List<ContractType>();
        foreach (var name in List(Contract))
        {
            if (!ContractNames.TryGetValue(name.ToLowerInvariant(), out var contract))
            {
                return Fail($"--contract: unknown contract \"{name}\"; use one of {string.Join(", ", ContractNames.Keys)}.");
            }

            contracts.Add(contract);
        }

        RemoteMode? remote = null;
        if (Remote is { } remoteName)
        {
            if (!RemoteNames.TryGetValue(remoteName.ToLowerInvariant(), out var mode))
            {
                return Fail($"--remote: \"{remoteName}\" is not onsite, hybrid or remote.");
            }

            remote = mode;
        }

        HoursFilter? hours = null;
        if (Hours is { } hoursText && (hours = ParseHours(hoursText)) is null)
        {
            return Fail($"--hours: \"{hoursText}\" is not a range of weekly hours such as 32-40.");
        }

        DateOnly? since = null;
        if (Since is { } sinceText)
        {
            if (!DateOnly.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Fail($"--since: \"{sinceText}\" is not a date such as 2026-11-01.");
            }

            since = date;
        }

        var speaks = new Dictionary<string, CefrLevel>(StringComparer.Ordinal);
        foreach (var item in List(Speaks))
        {
            var parts = item.Split(':');
            if (parts.Length != 2 || parts[0].Length != 2 || !parts[0].All(char.IsAsciiLetter)
                || parts[1].Length != 2 || char.ToUpperInvariant(parts[1][0]) is not ('A' or 'B' or 'C') || parts[1][1] is not ('1' or '2')
                || !Enum.TryParse<CefrLevel>(parts[1], ignoreCase: true, out var level))
            {
                return Fail($"--speaks: \"{item}\" is not a language with a CEFR level such as de:B1.");
            }

            speaks[parts[0].ToLowerInvariant()] = level;
        }

        if (!Enum.TryParse<SearchSort>(Sort, ignoreCase: true, out var sort) || !Enum.IsDefined(sort) || Sort.All(char.IsDigit))
        {
            return Fail($"--sort: \"{Sort}\" is not relevance, date or distance.");
        }

        if (Radius is { } radius && (radius <= 0 || double.IsNaN(radius) || radius > 20_000))
        {
            return Fail("--radius: give a distance in kilometres greater than 0.");
        }

        if (Radius is not null && Near is null)
        {
            return Fail("--radius needs --near PLACE to measure from.");
        }

        if (sort == SearchSort.Distance && Near is null)
        {
            return Fail("--sort distance needs --near PLACE.");
        }

        if (Top is < 1 or > 1000 || Page < 1)
        {
            return Fail("--top must be 1 to 1000 and --page at least 1.");
        }

        if (!UiLanguages.Contains(UiLanguage))
        {
            return Fail($"--ui-lang: \"{UiLanguage}\" is not nl, de, fr or en.");
        }

        var near = Near is null ? null : normaliser.FindPlace(Near, countries.FirstOrDefault());
        if (Near is not null && near is null)
        {
            return Fail($"--near: unknown place \"{Near}\"; give a place name (Aachen, Aken, Aix-la-Chapelle) or a postal code (5911, 47623, 4000).");
        }

        return (new SearchRequest
        {
            Text = string.IsNullOrWhiteSpace(Query) ? null : Query.Trim(),
            Near = near,
            RadiusKm = Radius,
            Countries = countries,
            Euregios = euregios,
            Nuts3 = [.. List(Nuts3).Select(n => n.ToUpperInvariant())],
            Occupation = Occupation,
            Contracts = contracts,
            Hours = hours,
            Since = since,
            Remote = remote,
            MinMonthlySalary = MinSalary,
            Speaks = speaks,
            Sort = sort,
            Top = Top,
            Page = Page,
            UiLanguage = UiLanguage,
        }, null);
    }

    private static readonly Dictionary<string, ContractType> ContractNames = new(StringComparer.Ordinal)
    {
        ["permanent"] = ContractType.Permanent,
        ["temporary"] = ContractType.Temporary,
        ["interim"] = ContractType.Interim,
        ["freelance"] = ContractType.Freelance,
        ["internship"] = ContractType.Internship,
        ["apprenticeship"] = ContractType.Apprenticeship,
        ["other"] = ContractType.Other,
    };

    private static readonly Dictionary<string, RemoteMode> RemoteNames = new(StringComparer.Ordinal)
    {
        ["onsite"] = RemoteMode.Onsite,
        ["hybrid"] = RemoteMode.Hybrid,
        ["remote"] = RemoteMode.Remote,
    };

    private static (SearchRequest?, string?) Fail(string error) => (null, error);

    /// <summary>"NL,DE" and repeated options alike.</summary>
    private static IEnumerable<string> List(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static HoursFilter? ParseHours(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || (parts.Length == 2 ? !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max) : (max = min) < 0)
            || min > max || max > 168)
        {
            return null;
        }

        return new HoursFilter(min, max);
    }
}
