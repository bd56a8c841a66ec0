using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// The normalised benchmark corpus cached as JSON lines (<c>normalised-{count}-{seed}.jsonl</c> in the work directory),
/// because normalising a million vacancies takes minutes. Written to a temporary name and renamed, so a cut-off run
/// never leaves a partial cache behind.
/// </summary>
internal static class CorpusCache
{
    public static string DefaultDirectory => Path.Combine(Path.GetTempPath(), "grensjobs-search-bench");

    public static string PathFor(string directory, int count, int seed) =>
        Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"normalised-{count}-{seed}.jsonl"));

    /// <summary>The corpus from the cache, else made by <see cref="SearchBenchmarkCorpus.Create"/> and cached.</summary>
    public static IReadOnlyList<Vacancy> LoadOrCreate(string directory, int count, int seed, CancellationToken cancellationToken)
    {
        var path = PathFor(directory, count, seed);
        if (File.Exists(path))
        {
            return Load(path, count, cancellationToken);
        }

        var corpus = SearchBenchmarkCorpus.Create(count, seed, cancellationToken);
        Directory.CreateDirectory(directory);
        var temporary = path + ".partial";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
        {
            foreach (var vacancy in corpus)
            {
                writer.WriteLine(JsonSerializer.Serialize(vacancy, GrensJobsJsonContext.Default.Vacancy));
            }
        }

        File.Move(temporary, path, overwrite: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: cached in {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:N1} MB of normalised JSON lines)"));
        return corpus;
    }

    /// <summary>Reads a cached corpus (parsing on every core, in order).</summary>
    public static IReadOnlyList<Vacancy> Load(string path, int expected, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var vacancies = new List<Vacancy>(expected);
        foreach (var chunk in File.ReadLines(path).Chunk(20_000))
        {
            var parsed = new Vacancy[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                parsed[i] = JsonSerializer.Deserialize(chunk[i], GrensJobsJsonContext.Default.Vacancy)
                    ?? throw new InvalidDataException($"{path}: line {i} is not a vacancy"));
            vacancies.AddRange(parsed);
        }

        if (vacancies.Count != expected)
        {
            throw new InvalidDataException($"{path} holds {vacancies.Count} vacancies, not {expected}: delete it and run again");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {vacancies.Count:N0} normalised vacancies read from {path} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return vacancies;
    }
}
