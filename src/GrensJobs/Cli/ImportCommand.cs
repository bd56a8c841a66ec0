using System.CommandLine;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>import FILE|-</c>: raw vacancies → normalise → store, upserted by (source, id), a batch at a time.</summary>
internal static class ImportCommand
{
    private const int BatchSize = 1000;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Raw vacancies as JSON lines; - reads stdin." };
        var strict = new Option<bool>("--strict") { Description = "Reject the whole file at its first bad line; nothing is written." };
        var show = new Option<bool>("--show") { Description = "Print each stored vacancy as normalised (occupation, place, languages…) on stderr." };
        var command = new Command("import", """
            Import raw vacancies (JSON lines): normalise them, upsert them into the store by (source, id) and
            apply them to the search index (unless another process, such as serve, holds it and does so itself).
            Valid lines are imported; each bad line is reported on stderr with its line number and field, and the
            exit code is then 2. Counts go to stderr.
            """)
        {
            file, strict, show,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new ImportOptions(parseResult.GetValue(file)!, parseResult.GetValue(strict), parseResult.GetValue(show));
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(options, services, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(ImportOptions options, IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        var normaliser = services.GetRequiredService<VacancyNormaliser>();
        var store = services.GetRequiredService<IVacancyStore>();
        var progress = new ProgressReporter(report, "import");

        if (options.File != "-" && !File.Exists(options.File))
        {
            await report.WriteLineAsync($"import: {options.File}: no such file").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        string input;
        try
        {
            input = options.Strict ? await SpoolAndValidateAsync(options.File, report, cancellationToken).ConfigureAwait(false) : options.File;
        }
        catch (StrictImportRejectedException)
        {
            return ExitCodes.BadInput;
        }

        var totals = new ImportTotals();
        using var index = IndexSync.TryOpenWriter(services, "import", report);
        try
        {
            using var reader = LineReader.Open(input);
            await foreach (var chunk in LineReader.ReadChunksAsync(reader, BatchSize, cancellationToken).ConfigureAwait(false))
            {
                var processed = NormalisedLine.Process(chunk, normaliser, cancellationToken);
                var batch = new List<Vacancy>(processed.Length);
                foreach (var line in processed)
                {
                    if (line.Vacancy is { } vacancy)
                    {
                        batch.Add(vacancy);
                    }
                    else
                    {
                        totals.BadLines++;
                        await report.WriteLineAsync($"line {line.Number}: {line.Error}").ConfigureAwait(false);
                    }
                }

                totals.Add(await store.UpsertAsync(batch, cancellationToken).ConfigureAwait(false));
                if (index is not null)
                {
                    await IndexCatchUp.RunAsync(index, store, progress: null, cancellationToken).ConfigureAwait(false);
                }

                totals.Lines += chunk.Count;
                if (options.Show)
                {
                    await VacancyTable.WriteAsync(report, batch).ConfigureAwait(false);
                }

                progress.Report(totals.Lines);
            }
        }
        finally
        {
            if (!ReferenceEquals(input, options.File))
            {
                File.Delete(input);
            }
        }

        progress.Done();
        await IndexSync.FinishWritingAsync(index, services, "import", report, cancellationToken).ConfigureAwait(false);
        var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        await report.WriteLineAsync(totals.Describe(counts)).ConfigureAwait(false);
        return totals.BadLines == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    /// <summary>
    /// Strict mode reads the input once to validate every line before anything is written; stdin is spooled to a
    /// temporary file on the way so that it can be read a second time.
    /// </summary>
    private static async Task<string> SpoolAndValidateAsync(string file, TextWriter report, CancellationToken cancellationToken)
    {
        var spool = Path.Combine(Path.GetTempPath(), $"grensjobs-import-{Guid.NewGuid():N}.jsonl");
        try
        {
            using var reader = LineReader.Open(file);
            await using var writer = new StreamWriter(spool);
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                await writer.WriteLineAsync(line).ConfigureAwait(false);
                if (!string.IsNullOrWhiteSpace(line) && RawVacancyReader.Read(line).Error is { } error)
                {
                    await report.WriteLineAsync($"line {number}: {error}").ConfigureAwait(false);
                    await report.WriteLineAsync("import: --strict: the file was rejected at its first bad line; nothing was written.").ConfigureAwait(false);
                    throw new StrictImportRejectedException();
                }
            }

            return spool;
        }
        catch
        {
            File.Delete(spool);
            throw;
        }
    }

    private sealed class StrictImportRejectedException : Exception;
}

internal sealed record ImportOptions(string File, bool Strict, bool Show);
