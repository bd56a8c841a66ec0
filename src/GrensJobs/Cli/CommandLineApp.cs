using System.CommandLine;
using System.Data.Common;

namespace GrensJobs.Cli;

/// <summary>The command line: verbs, global options and the exit codes of CONTRACTS.md.</summary>
internal static class CommandLineApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("""
            GrensJobs: cross-border vacancies for the Dutch–German–Belgian border region, normalised to ESCO
            occupations, CEFR language requirements and places with their NUTS-3 region and Euregio.
            """);
        root.Options.Add(GlobalOptions.Data);
        root.Subcommands.Add(NormaliseCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(CrawlCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(ProfilesCommand.Create());
        root.Subcommands.Add(MatchCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parseResult = CreateRoot().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // Bad usage is exit 2 (System.CommandLine's default would be 1), said in words.
            foreach (var error in parseResult.Errors)
            {
                await Console.Error.WriteLineAsync(CliNumbers.InWords(error)).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run with --help to see the usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (DbException ex)
        {
            await Console.Error.WriteLineAsync($"error: the store is unavailable: {ex.Message} Check the --data directory (or GRENSJOBS_DATA).").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }
}
