using System.CommandLine;
using System.Text;
using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;

namespace GrensJobs.Cli;

/// <summary><c>normalise</c>: raw vacancies (JSON lines) on stdin → normalised vacancies on stdout, line for line.</summary>
internal static class NormaliseCommand
{
    private const int ChunkSize = 512;

    public static Command Create()
    {
        var command = new Command("normalise", """
            Read raw vacancies (JSON lines, UTF-8) on stdin and write normalised vacancies (JSON lines) on stdout, one
            out for each non-blank line in, in the same order. A bad line (not JSON, no title, a field of the wrong
            type, a line, title or description over the limits of the Import settings, not UTF-8) gives
            {"line": N, "error": "…"} in its place and a message on stderr (the first 20, then a count); the exit code
            is then 2. A URL that is not http(s) and an unknown language code are dropped with a warning. Stores
            nothing.
            """);
        var explain = new Option<bool>("--explain")
        {
            Description = "Write, per title, how the occupation was chosen to stderr: the cleaned title and the best candidates with their evidence and confidence.",
        };
        command.Options.Add(explain);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            InputLimits limits;
            try
            {
                limits = InputLimitsSetup.Resolve(AppServices.BuildConfiguration());
            }
            catch (InvalidInputLimitsException ex)
            {
                await Console.Error.WriteLineAsync($"normalise: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            await using var input = new JsonLineReader(Console.OpenStandardInput(), limits.MaxLineBytes);
            return await RunAsync(input, Console.OpenStandardOutput(), Console.Error, limits, cancellationToken, parseResult.GetValue(explain)).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(
        JsonLineReader input, Stream output, TextWriter errors, InputLimits limits, CancellationToken cancellationToken, bool explain = false)
    {
        var normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16);
        var context = GrensJobsJson.Context;
        var report = new LineProblemReport(errors, "normalise");
        var lines = 0;

        await foreach (var chunk in input.ReadChunksAsync(ChunkSize, cancellationToken).ConfigureAwait(false))
        {
            lines += chunk.Count;
            foreach (var result in NormalisedLine.Process(chunk, normaliser, limits, cancellationToken))
            {
                foreach (var warning in result.Warnings)
                {
                    await report.WarningAsync(result.Number, warning).ConfigureAwait(false);
                }

                if (result.Vacancy is { } vacancy)
                {
                    await writer.WriteLineAsync(JsonSerializer.Serialize(vacancy, context.Vacancy)).ConfigureAwait(false);
                    if (explain)
                    {
                        await errors.WriteAsync(normaliser.ExplainOccupation(vacancy.Title, vacancy.Language)).ConfigureAwait(false);
                    }
                }
                else
                {
                    await report.BadLineAsync(result.Number, result.Error!).ConfigureAwait(false);
                    await writer.WriteLineAsync(JsonSerializer.Serialize(new LineError(result.Number, result.Error!), context.LineError)).ConfigureAwait(false);
                }
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await report.FinishAsync(lines, input).ConfigureAwait(false);
        return report.BadLines == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
