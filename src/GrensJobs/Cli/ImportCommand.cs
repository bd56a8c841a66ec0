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
            apply them to the search index. When another process holds the index (serve, or another import), that is
            said on stderr naming it, and it applies them itself (exit 0); otherwise this import holds the index and
            leaves it caught up with the store's last change, other processes' writes included.
            Valid lines are imported; each bad line (not JSON, no title, a field of the wrong type, a line, title or
            description over the limits of the Import settings, not UTF-8) is counted and reported on stderr with its
            line number and field (the first 20, then one line with the count), and the exit code is then 2. A URL that
            is not http(s) and an unknown language code are dropped with a warning; a validThrough before today
            stores the vacancy as expired. Counts go to stderr.
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
        var time = services.GetRequiredService<TimeProvider>();
        var progress = new ProgressReporter(report, "import");

        if (options.File != "-" && !File.Exists(options.File))
        {
            await report.WriteLineAsync($"import: {options.File}: no such file").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        InputLimits limits;
        string input;
        try
        {
            limits = InputLimitsSetup.Resolve(services);
            input = options.Strict ? await SpoolAndValidateAsync(options.File, limits, report, cancellationToken).ConfigureAwait(false) : options.File;
        }
        catch (InvalidInputLimitsException ex)
        {
            await report.WriteLineAsync($"import: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (StrictImportRejectedException)
        {
            return ExitCodes.BadInput;
        }

        var totals = new ImportTotals();
        var problems = new LineProblemReport(report, "import");
        using var index = IndexSync.TryOpenWriter(services, "import", report);
        try
        {
            await using var reader = JsonLineReader.Open(input, limits.MaxLineBytes);
            await foreach (var chunk in reader.ReadChunksAsync(BatchSize, cancellationToken).ConfigureAwait(false))
            {
                var processed = NormalisedLine.Process(chunk, normaliser, limits, cancellationToken);
                var batch = new List<Vacancy>(processed.Length);
                foreach (var line in processed)
                {
                    foreach (var warning in line.Warnings)
                    {
                        await problems.WarningAsync(line.Number, warning).ConfigureAwait(false);
                    }

                    if (line.Vacancy is { } vacancy)
                    {
                        batch.Add(vacancy);
                    }
                    else
                    {
                        await problems.BadLineAsync(line.Number, line.Error!).ConfigureAwait(false);
                    }
                }

                totals.Add(await store.UpsertAsync(batch, cancellationToken).ConfigureAwait(false));
                // The store's lifecycle rule, at import time: a validThrough before today is stored as expired.
                totals.Expired += await store.ExpirePastValidThroughAsync(Today(time), cancellationToken).ConfigureAwait(false);
                if (index is not null)
                {
                    await IndexCatchUp.RunAsync(index, store, progress: null, cancellationToken).ConfigureAwait(false);
                }

                totals.Lines += chunk.Count;
                totals.BadLines = problems.BadLines;
                if (options.Show)
                {
                    await VacancyTable.WriteAsync(report, batch).ConfigureAwait(false);
                }

                progress.Report(totals.Lines);
            }

            progress.Done();
            await problems.FinishAsync(totals.Lines, reader).ConfigureAwait(false);
        }
        finally
        {
            if (!ReferenceEquals(input, options.File))
            {
                File.Delete(input);
            }
        }

        await IndexSync.FinishWritingAsync(index, services, "import", report, cancellationToken).ConfigureAwait(false);
        var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        await report.WriteLineAsync(totals.Describe(counts, Today(time))).ConfigureAwait(false);
        return totals.BadLines == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Strict mode reads the input once to validate every line before anything is written; stdin is first copied
    /// byte for byte to a temporary file so that it can be read a second time.
    /// </summary>
    private static async Task<string> SpoolAndValidateAsync(string file, InputLimits limits, TextWriter report, CancellationToken cancellationToken)
    {
        var spool = file;
        try
        {
            if (file == "-")
            {
                spool = Path.Combine(Path.GetTempPath(), $"grensjobs-import-{Guid.NewGuid():N}.jsonl");
                await using var stdin = Console.OpenStandardInput();
                await using var copy = File.Create(spool);
                await stdin.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            }

            await using var reader = JsonLineReader.Open(spool, limits.MaxLineBytes);
            await foreach (var chunk in reader.ReadChunksAsync(BatchSize, cancellationToken).ConfigureAwait(false))
            {
                foreach (var line in chunk)
                {
                    if ((line.Error ?? RawVacancyReader.Read(line.Text, limits).Error) is { } error)
                    {
                        await report.WriteLineAsync($"line {line.Number}: {error}").ConfigureAwait(false);
                        await report.WriteLineAsync("import: --strict: the file was rejected at its first bad line; nothing was written.").ConfigureAwait(false);
                        throw new StrictImportRejectedException();
                    }
                }
            }

            return spool;
        }
        catch when (!ReferenceEquals(spool, file))
        {
            File.Delete(spool);
            throw;
        }
    }

    private sealed class StrictImportRejectedException : Exception;
}

internal sealed record ImportOptions(string File, bool Strict, bool Show);
