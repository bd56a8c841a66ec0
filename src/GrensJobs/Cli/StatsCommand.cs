using System.CommandLine;

namespace GrensJobs.Cli;

/// <summary><c>stats opportunity</c>: figures for labour-market analysis (the vacancy counts of CONTRACTS.md come with the web app).</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", """
            Figures for the Euregios' labour-market analysis. Today: 'stats opportunity', open vacancies on each side
            of the border against the jobseekers across it who could take them. Vacancy counts over time
            (stats --by KEY,… --from --to) come later, with the web app.
            """);
        command.Subcommands.Add(OpportunityCommand.Create());
        command.SetAction(async (_, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync(
                "stats: say which figures: 'stats opportunity' (the cross-border opportunity indicator). Vacancy counts over time come later, with the web app.".AsMemory(),
                cancellationToken).ConfigureAwait(false);
            return ExitCodes.BadInput;
        });
        return command;
    }
}
