using System.CommandLine;
using System.Globalization;
using GrensJobs.Normalisation;
using GrensJobs.Search.Querying;
using GrensJobs.Search.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>search [QUERY] [options] [--json]</c>: open vacancies in every language, near a place, filtered, with facets.</summary>
internal static class SearchCommand
{
    /// <summary>The limits of one search, as <c>search --help</c> lists them.</summary>
    public static string LimitsText { get; } = string.Create(CultureInfo.InvariantCulture, $"""
        Limits (beyond one, the search is refused with exit 2 naming it): QUERY at most {SearchLimits.MaxQueryCharacters}
        characters and {SearchLimits.MaxQueryWords} words; --top 1 to {SearchLimits.MaxTop}; --page × --top at most
        {SearchLimits.MaxResultWindow} (narrow the search instead of paging deeper); at most {SearchLimits.MaxListValues} values
        in a list option; --radius up to {SearchLimits.MaxRadiusKm} km; --min-salary 0 to {SearchLimits.MaxMonthlySalary}.
        """);

    public static Command Create()
    {
        // Every value that can fail to parse is read as text and parsed by SearchRequestParser, which names the problem.
        var query = new Argument<string?>("QUERY") { Description = "Words in Dutch, German, French or English (\"lasser\", \"Schweißer\", \"soudeur\"); omit to list everything that passes the filters.", Arity = ArgumentArity.ZeroOrOne };
        var near = new Option<string?>("--near") { Description = "A place by any local name (Aken, Aachen, Aix-la-Chapelle) or postal code; results show their distance.", HelpName = "PLACE" };
        var radius = new Option<string?>("--radius") { Description = $"Only vacancies within this many km of --near (up to {SearchLimits.MaxRadiusKm}).", HelpName = "KM" };
        var country = new Option<string[]>("--country") { Description = "Countries (ISO 3166-1), e.g. NL,DE,BE (also decides between places of the same name).", HelpName = "CODES", AllowMultipleArgumentsPerToken = true };
        var euregio = new Option<string[]>("--euregio") { Description = "Euregios: ems-dollart, euregio, rhein-waal, rhein-maas-nord, maas-rijn, scheldemond, benego.", HelpName = "IDS" };
        var nuts3 = new Option<string[]>("--nuts3") { Description = "NUTS-3 regions, e.g. NL423,DEA1B.", HelpName = "CODES" };
        var occupation = new Option<string?>("--occupation") { Description = "ISCO-08 code or prefix of 1–4 digits (7, 72, 7212).", HelpName = "ISCO" };
        var contract = new Option<string[]>("--contract") { Description = "permanent, temporary, interim, freelance, internship, apprenticeship, other.", HelpName = "TYPES" };
        var hours = new Option<string?>("--hours") { Description = "Weekly hours the vacancy's range must overlap, e.g. 32-40.", HelpName = "MIN-MAX" };
        var since = new Option<string?>("--since") { Description = "Posted on or after this date (2026-11-01).", HelpName = "DATE" };
        var remote = new Option<string?>("--remote") { Description = "onsite, hybrid or remote.", HelpName = "MODE" };
        var minSalary = new Option<string?>("--min-salary") { Description = "The salary must reach this amount per month (EUR, gross).", HelpName = "AMOUNT" };
        var speaks = new Option<string[]>("--speaks") { Description = "Your languages, e.g. de:B1,nl:C2: keeps vacancies whose required languages you speak at their level.", HelpName = "LANG:LEVEL" };
        var sort = new Option<string?>("--sort") { Description = "relevance (default), date or distance (needs --near).", HelpName = "ORDER" };
        var top = new Option<string?>("--top") { Description = $"Results per page, 1 to {SearchLimits.MaxTop} (default {SearchRequestParser.DefaultTop}).", HelpName = "N" };
        var page = new Option<string?>("--page") { Description = "Page number, from 1 (default 1).", HelpName = "N" };
        var uiLang = new Option<string?>("--ui-lang") { Description = "Language of occupation labels and suggestions: nl, de, fr, en (default).", HelpName = "LANG" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON on stdout (see CONTRACTS.md)." };

        var command = new Command("search", $"""
            Search open vacancies. A query in one language finds vacancies in all of them through their occupation
            ("lasser" finds "Schweißer (m/w/d)" and "soudeur"); one result per vacancy however many sources list it;
            facet counts for country, Euregio, ISCO groups, required language, contract and hours.
            {LimitsText}
            """)
        {
            query, near, radius, country, euregio, nuts3, occupation, contract, hours, since, remote, minSalary, speaks, sort, top, page, uiLang, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var parameters = new SearchParameters
            {
                Query = parseResult.GetValue(query),
                Near = parseResult.GetValue(near),
                Radius = parseResult.GetValue(radius),
                Country = parseResult.GetValue(country) ?? [],
                Euregio = parseResult.GetValue(euregio) ?? [],
                Nuts3 = parseResult.GetValue(nuts3) ?? [],
                Occupation = parseResult.GetValue(occupation),
                Contract = parseResult.GetValue(contract) ?? [],
                Hours = parseResult.GetValue(hours),
                Since = parseResult.GetValue(since),
                Remote = parseResult.GetValue(remote),
                MinSalary = parseResult.GetValue(minSalary),
                Speaks = parseResult.GetValue(speaks) ?? [],
                Sort = parseResult.GetValue(sort),
                Top = parseResult.GetValue(top),
                Page = parseResult.GetValue(page),
                UiLanguage = parseResult.GetValue(uiLang),
            };
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(parameters, parseResult.GetValue(json), services, Console.Out, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(
        SearchParameters parameters, bool json, IServiceProvider services, TextWriter output, TextWriter report, CancellationToken cancellationToken)
    {
        var parsed = SearchRequestParser.Parse(parameters, services.GetRequiredService<VacancyNormaliser>());
        if (parsed.Request is not { } request)
        {
            foreach (var error in parsed.Errors)
            {
                await report.WriteLineAsync($"search: {SearchMessages.Describe(error, UiLanguages.Default, SearchOptionNames.Of)}").ConfigureAwait(false);
            }

            await report.WriteLineAsync("Run search --help to see the options and their limits.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (request.Near is { } place)
        {
            await report.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"near: {place.Name} ({place.Country}) {place.Lat:0.###}, {place.Lon:0.###}")).ConfigureAwait(false);
        }

        SearchResponse response;
        using (var index = await IndexSync.OpenForSearchAsync(services, report, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                response = services.GetRequiredService<VacancySearcher>().Search(index, request);
            }
            catch (SearchTimeoutException timeout)
            {
                await report.WriteLineAsync($"search: {SearchMessages.Timeout(timeout.Budget, UiLanguages.Default)}").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            finally
            {
                await IndexSync.ReleaseAsync(index, services, "search", report, cancellationToken).ConfigureAwait(false);
            }
        }

        if (json)
        {
            await output.WriteLineAsync(SearchJson.Serialize(response)).ConfigureAwait(false);
        }
        else
        {
            await SearchTable.WriteAsync(output, response).ConfigureAwait(false);
        }

        if (response.Results.Count == 0 && response.Total > 0 && request.Page > 1)
        {
            var lastPage = (response.Total + request.Top - 1) / request.Top;
            await report.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"search: page {request.Page} is past the last page, {lastPage} ({response.Total} results, {request.Top} a page).")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
