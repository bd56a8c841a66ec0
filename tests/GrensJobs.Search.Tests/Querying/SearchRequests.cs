using GrensJobs.Core.Languages;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Querying;

/// <summary>Helpers to write requests as the command line spells them.</summary>
internal static class SearchRequests
{
    /// <summary>"de:B1,nl:C2" as <see cref="SearchRequest.Speaks"/>.</summary>
    public static IReadOnlyDictionary<string, CefrLevel> Speaks(string text) =>
        text.Split(',').Select(item => item.Split(':')).ToDictionary(
            parts => parts[0], parts => Enum.Parse<CefrLevel>(parts[1]), StringComparer.Ordinal);

    /// <summary>Every id the request finds (one page big enough for all).</summary>
    public static IReadOnlyList<string> AllIds(this IndexedVacancies index, SearchRequest request) =>
        [.. index.Search(request with { Top = 1000, Page = 1 }).Results.Select(r => r.Id).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Every id a filter request finds, asserted to be the same under the words "lasser" (every vacancy of these tests
    /// is a welder): without words the range filters run as range queries, under words per matched document.
    /// </summary>
    public static IReadOnlyList<string> AllWelderIds(this IndexedVacancies index, SearchRequest request)
    {
        var withoutWords = index.AllIds(request);
        Assert.Equal(withoutWords, index.AllIds(request with { Text = "lasser" }));
        return withoutWords;
    }

    /// <summary>Great-circle distance in km, written independently of the product.</summary>
    public static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2)
                + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2));
        return 2 * 6371.0088 * Math.Asin(Math.Sqrt(a));
    }
}
