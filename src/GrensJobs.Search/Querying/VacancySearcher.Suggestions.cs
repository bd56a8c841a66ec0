using Lucene.Net.Search;

namespace GrensJobs.Search.Querying;

/// <summary>Suggestions when nothing is found (a spelling correction, a wider radius) and the echo of the request.</summary>
public sealed partial class VacancySearcher
{
    /// <param name="query">The query of the search without results (its spelling correction, when it made one, is reused).</param>
    private (IReadOnlyList<string>, IReadOnlyList<SearchSuggestion>) Suggest(IndexSearcher searcher, SearchRequest request, TextQuery? query, SearchDeadline deadline)
    {
        var details = new List<SearchSuggestion>();
        var correction = query is { SpellingChecked: true } ? query.Correction
            : request.Text is { } text ? _spelling.Correct(text, searcher.IndexReader, deadline)
            : null;
        if (correction is { } corrected)
        {
            using var outcome = Execute(searcher, request with { Text = corrected }, pageOnly: true, deadline, typos: false);
            var total = outcome.Total;
            if (total > 0)
            {
                details.Add(new SearchSuggestion("spelling", corrected, null, total));
            }
        }

        if (request.RadiusKm is { } radius)
        {
            foreach (var step in RadiusSteps)
            {
                var wider = Math.Min(MaxSuggestedRadiusKm, Math.Round(radius * step));
                using var outcome = Execute(searcher, request with { RadiusKm = wider }, pageOnly: true, deadline, built: query);
                var total = outcome.Total;
                if (total > 0)
                {
                    details.Add(new SearchSuggestion("radius", request.Text, wider, total));
                    break;
                }

                if (wider >= MaxSuggestedRadiusKm)
                {
                    break;
                }
            }
        }

        var language = request.UiLanguage;
        return ([.. details.Select(d => d.Kind == "spelling"
            ? SuggestionTexts.Spelling(language, d.Query!, d.Total)
            : SuggestionTexts.Radius(language, d.RadiusKm!.Value, d.Total))], details);
    }

    private static SearchQueryEcho Echo(SearchRequest request, TextQuery? text) => new()
    {
        Text = request.Text,
        Near = request.Near is { } place ? new NearEcho(place.Name, place.Country, place.Lat, place.Lon) : null,
        RadiusKm = request.RadiusKm,
        Occupation = text?.Occupation is { } occupation
            ? new HitOccupation(occupation.Isco, Label(occupation.Label, request.UiLanguage), occupation.Esco)
            : null,
        Sort = request.Sort.ToString().ToLowerInvariant(),
        Top = request.Top,
        Page = request.Page,
    };
}
