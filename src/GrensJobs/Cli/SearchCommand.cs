using System.CommandLine;
using GrensJobs.Normalisation;
using GrensJobs.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>search [QUERY] [options] [--json]</c>: open vacancies in every language, near a place, filtered, with facets.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("QUERY") { Description = "Words in Dutch, German, French or English (\"lasser\", \"Schweißer\", \"soudeur\"); omit to list everything that passes the filters.", Arity = ArgumentArity.ZeroOrOne };
        var near = new Option<string?>("--near") { Description = "A place by any local name (Aken, Aachen, Aix-la-Chapelle) or postal code; results show their distance.", HelpName = "PLACE" };
        var radius = new Option<double?>("--radius") { Description = "Only vacancies within this many km of --near.", HelpName = "KM" };
        var country = new Option<string[]>("--country") { Description = "Countries, e.g. NL,DE,BE (also decides between places of the same name).", HelpName = "CODES", AllowMultipleArgumentsPerToken = true };
        var euregio = new Option<string[]>("--euregio") { Description = "Euregios: ems-dollart, euregio, rhein-waal, rhein-maas-nord, maas-rijn, scheldemond, benego.", HelpName = "IDS" };
        var nuts3 = new Option<string[]>("--nuts3") { Description = "NUTS-3 regions, e.g. NL423,DEA1B.", HelpName = "CODES" };
        var occupation = new Option<string?>("--occupation") { Description = "ISCO-08 code or prefix of 1–4 digits (7, 72, 7212).", HelpName = "ISCO" };
        var contract = new Option<string[]>("--contract") { Description = "permanent, temporary, interim, freelance, internship, apprenticeship, other.", HelpName = "TYPES" };
        var hours = new Option<string?>("--hours") { Description = "Weekly hours the vacancy's range must overlap, e.g. 32-40.", HelpName = "MIN-MAX" };
        var since = new Option<string?>("--since") { Description = "Posted on or after this date (2026-11-01).", HelpName = "DATE" };
        var remote = new Option<string?>("--remote") { Description = "onsite, hybrid or remote.", HelpName = "MODE" };
        var minSalary = new Option<decimal?>("--min-salary") { Description = "The salary must reach this amount per month (EUR, gross).", HelpName = "AMOUNT" };
        var speaks = new Option<string[]>("--speaks") { Description = "Your languages, e.g. de:B1,nl:C2: keeps vacancies whose required languages you speak at their level.", HelpName = "LANG:LEVEL" };
        var sort = new Option<string>("--sort") { Description = "relevance (default), date or distance.", DefaultValueFactory = _ => "relevance" };
        var top = new Option<int>("--top") { Description = "Results per page.", DefaultValueFactory = _ => 20, HelpName = "N" };
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var uiLang = new Option<string>("--ui-lang") { Description = "Language of occupation labels and suggestions: nl, de, fr, en.", DefaultValueFactory = _ => "en" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON on stdout (see CONTRACTS.md)." };

        var command = new Command("search", """
            Search open vacancies. A query in one language finds vacancies in all of them through their occupation
            ("lasser" finds "Schweißer (m/w/d)" and "soudeur"); one result per vacancy however many sources list it;
            facet counts for country, Euregio, ISCO groups, required language, contract and hours.
            """)
        {
            query, near, radius, country, euregio, nuts3, occupation, contract, hours, since, remote, minSalary, speaks, sort, top, page, uiLang, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new SearchArguments
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
                Sort = parseResult.GetValue(sort)!,
                Top = parseResult.GetValue(top),
                Page = parseResult.GetValue(page),
                UiLanguage = parseResult.GetValue(uiLang)!,
            };
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(arguments, parseResult.GetValue(json), services, Console.Out, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(
        SearchArguments arguments, bool json, IServiceProvider services, TextWriter output, TextWriter report, CancellationToken cancellationToken)
    {
        var (request, error) = arguments.ToRequest(services.GetRequiredService<VacancyNormaliser>());
        if (request is null)
        {
            await report.WriteLineAsync($"search: {error}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (request.Near is { } place)
        {
            await report.WriteLineAsync($"near: {place.Name} ({place.Country}) {place.Lat:0.###}, {place.Lon:0.###}".ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
        }

        SearchResponse response;
        using (var index = await IndexSync.OpenForSearchAsync(services, report, cancellationToken).ConfigureAwait(false))
        {
            response = services.GetRequiredService<VacancySearcher>().Search(index, request);
            await IndexSync.ReleaseAsync(index, services, "search", report, cancellationToken).ConfigureAwait(false);
        }
        if (json)
        {
            await output.WriteLineAsync(SearchJson.Serialize(response)).ConfigureAwait(false);
        }
        else
        {
            await SearchTable.WriteAsync(output, response).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
