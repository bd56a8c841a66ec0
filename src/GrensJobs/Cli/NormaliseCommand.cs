using System.CommandLine;
using System.Text;
using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Normalisation;

namespace GrensJobs.Cli;

/// <summary><c>normalise</c>: raw vacancies (JSON lines) on stdin → normalised vacancies on stdout, line for line.</summary>
internal static class NormaliseCommand
{
    private const int ChunkSize = 512;

    public static Command Create()
    {
        var command = new Command("normalise", """
            Read raw vacancies (JSON lines) on stdin and write normalised vacancies (JSON lines) on stdout, one out for
            each non-blank line in, in the same order. A bad line gives {"line": N, "error": "…"} in its place and a
            message on stderr; the exit code is then 2. Stores nothing.
            """);
        var explain = new Option<bool>("--explain")
        {
            Description = "Write, per title, how the occupation was chosen to stderr: the cleaned title and the best candidates with their evidence and confidence.",
        };
        command.Options.Add(explain);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var input = LineReader.Open("-");
            return await RunAsync(input, Console.OpenStandardOutput(), cancellationToken, parseResult.GetValue(explain)).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(TextReader input, Stream output, CancellationToken cancellationToken, bool explain = false)
    {
        var normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16);
        var context = GrensJobsJson.Context;
        var badLines = 0;

        await foreach (var chunk in LineReader.ReadChunksAsync(input, ChunkSize, cancellationToken).ConfigureAwait(false))
        {
            foreach (var result in NormalisedLine.Process(chunk, normaliser, cancellationToken))
            {
                if (result.Vacancy is { } vacancy)
                {
                    await writer.WriteLineAsync(JsonSerializer.Serialize(vacancy, context.Vacancy)).ConfigureAwait(false);
                    if (explain)
                    {
                        await Console.Error.WriteAsync(normaliser.ExplainOccupation(vacancy.Title, vacancy.Language)).ConfigureAwait(false);
                    }
                }
                else
                {
                    badLines++;
                    await Console.Error.WriteLineAsync($"line {result.Number}: {result.Error}").ConfigureAwait(false);
                    await writer.WriteLineAsync(JsonSerializer.Serialize(new LineError(result.Number, result.Error!), context.LineError)).ConfigureAwait(false);
                }
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return badLines == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
