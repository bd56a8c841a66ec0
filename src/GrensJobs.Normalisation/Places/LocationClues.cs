namespace GrensJobs.Normalisation.Places;

/// <summary>What a free location text says: a country, a postal code (raw, with its country if the format or a
/// prefix tells it) and the candidate place names in order of appearance.</summary>
internal sealed record LocationClues(string? Country, string? PostalCode, string? PostalCountry, IReadOnlyList<string> Names);
