using GrensJobs.Core.Vacancies;

namespace GrensJobs.Core.Tests.Vacancies;

public sealed class SourceIdsTests
{
    /// <summary>Every source id the product ships (definitions and demo data) fits the documented pattern.</summary>
    [Fact]
    public void IsValid_EveryShippedSourceId_Fits()
    {
        var root = RepositoryRoot();
        var definitions = Directory.EnumerateFiles(Path.Combine(root, "crawlers", "sources"), "*.yaml")
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "seeds", "demo", "sources"), "*.yaml"))
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith("id:", StringComparison.Ordinal))
            .Select(line => line["id:".Length..].Trim().Trim('"', '\''));
        var demo = File.ReadLines(Path.Combine(root, "seeds", "demo", "sample-vacancies.jsonl"))
            .Select(line => RawVacancyReader.Read(line).Vacancy?.Source ?? "import");

        var ids = definitions.Concat(demo).Append("import").Distinct().ToList();

        Assert.True(ids.Count > 20, $"only {ids.Count} ids found");
        Assert.All(ids, id => Assert.True(SourceIds.IsValid(id), $"source id \"{id}\" does not fit {SourceIds.Pattern}"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GrensJobs.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("GrensJobs.sln not found above the test binaries");
    }
}
