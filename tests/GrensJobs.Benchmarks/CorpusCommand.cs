using System.Globalization;
using System.Text;
using GrensJobs.Corpus;
using GrensJobs.Normalisation;

namespace GrensJobs.Benchmarks;

/// <summary>
/// <c>corpus --count N [--seed S]</c>: writes the synthetic corpus as raw JSON lines to standard output (progress on
/// standard error), e.g. <c>… -- corpus --count 100000 | grensjobs import -</c>.
/// </summary>
internal static class CorpusCommand
{
    private const int ProgressEvery = 10_000;

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var stdout = Console.OpenStandardOutput();
        await using var output = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
        var written = 0;
        foreach (var line in SyntheticCorpus.RawVacancyLines(arguments.Count, arguments.Seed, Seeds.DefaultDirectory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(line);
            written++;
            if (written % ProgressEvery == 0)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"corpus: {written:N0} of {arguments.Count:N0}"));
            }
        }

        await output.FlushAsync(cancellationToken);
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"corpus: {written:N0} raw vacancies written (seed {arguments.Seed})"));
        return 0;
    }
}
