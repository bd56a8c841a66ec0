using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;

namespace GrensJobs.Cli;

/// <summary>One input line after reading and normalising: a vacancy, or the reason the line is bad.</summary>
internal readonly record struct NormalisedLine(int Number, Vacancy? Vacancy, string? Error)
{
    /// <summary>Reads and normalises a chunk of lines on every core, keeping their order.</summary>
    public static NormalisedLine[] Process(IReadOnlyList<NumberedLine> lines, VacancyNormaliser normaliser, CancellationToken cancellationToken)
    {
        var results = new NormalisedLine[lines.Count];
        Parallel.For(0, lines.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var line = lines[i];
            var read = RawVacancyReader.Read(line.Text);
            results[i] = read.Vacancy is { } raw
                ? new NormalisedLine(line.Number, normaliser.Normalise(raw), null)
                : new NormalisedLine(line.Number, null, read.Error);
        });
        return results;
    }
}
