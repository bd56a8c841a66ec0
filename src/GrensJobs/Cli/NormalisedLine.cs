using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;

namespace GrensJobs.Cli;

/// <summary>
/// One input line after reading and normalising: a vacancy (with warnings about what was dropped on the way), or
/// the reason the line is bad.
/// </summary>
internal readonly record struct NormalisedLine(int Number, Vacancy? Vacancy, string? Error, IReadOnlyList<string> Warnings)
{
    /// <summary>Reads and normalises a chunk of lines on every core, keeping their order.</summary>
    public static NormalisedLine[] Process(
        IReadOnlyList<NumberedLine> lines, VacancyNormaliser normaliser, InputLimits limits, CancellationToken cancellationToken)
    {
        var results = new NormalisedLine[lines.Count];
        Parallel.For(0, lines.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var line = lines[i];
            if (line.Error is { } unreadable)
            {
                results[i] = new NormalisedLine(line.Number, null, unreadable, []);
                return;
            }

            var read = RawVacancyReader.Read(line.Text, limits);
            results[i] = read.Vacancy is { } raw
                ? new NormalisedLine(line.Number, normaliser.Normalise(raw), null, read.Warnings)
                : new NormalisedLine(line.Number, null, read.Error, []);
        });
        return results;
    }
}
