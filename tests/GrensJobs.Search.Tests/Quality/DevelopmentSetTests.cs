using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Quality;

/// <summary>
/// Cross-language retrieval quality on the labelled development set: mean recall@10 must stay at or above the
/// target of the issue, and decoys (Lagerleiter for "Lagerist") must not outrank relevant vacancies.
/// </summary>
public sealed class DevelopmentSetTests(DevelopmentSetIndex index, ITestOutputHelper output) : IClassFixture<DevelopmentSetIndex>
{
    private const double RecallTarget = 0.85;
    private const double MaxDecoyIntrusion = 0.10;

    [Fact]
    public void DevelopmentSet_RecallAt10_MeetsTarget()
    {
        var evaluations = index.Queries.Select(Evaluate).ToList();
        foreach (var miss in evaluations.Where(e => e.Recall < 1))
        {
            output.WriteLine($"{miss.Query.Id} \"{miss.Query.Query}\" recall {miss.Recall:0.00}: missed {string.Join(", ", miss.Missed)}");
        }

        var recall = evaluations.Average(e => e.Recall);
        output.WriteLine($"recall@10 {recall:0.000} over {evaluations.Count} queries");
        Assert.True(recall >= RecallTarget, $"recall@10 {recall:0.000} < {RecallTarget}");
    }

    [Fact]
    public void DevelopmentSet_Decoys_DoNotOutrankRelevantVacancies()
    {
        var withDecoys = index.Queries.Where(q => q.Decoys is { Count: > 0 }).Select(Evaluate).ToList();
        foreach (var intrusion in withDecoys.Where(e => e.DecoyAboveRelevant))
        {
            output.WriteLine($"{intrusion.Query.Id} \"{intrusion.Query.Query}\": a decoy ranks above a relevant vacancy: {string.Join(", ", intrusion.Ranked.Take(10))}");
        }

        var share = withDecoys.Count(e => e.DecoyAboveRelevant) / (double)withDecoys.Count;
        output.WriteLine($"decoy intrusion {share:0.000} over {withDecoys.Count} queries with decoys");
        Assert.True(withDecoys.Count >= 20, "the development set needs queries with decoys");
        Assert.True(share <= MaxDecoyIntrusion, $"decoys outrank relevant vacancies in {share:P0} of the queries");
    }

    private Evaluation Evaluate(LabelledQuery query)
    {
        var request = new SearchRequest
        {
            Text = query.Query,
            Near = query.Near is { } near ? SharedSearch.Normaliser.FindPlace(near, query.Country?.Split(',')[0]) : null,
            RadiusKm = query.RadiusKm,
            Countries = query.Country is { } countries ? countries.Split(',') : [],
            Top = 10,
        };
        var ranked = index.Environment.Search(request).Results.Select(r => r.Id).ToList();
        var relevant = query.Relevant.ToHashSet(StringComparer.Ordinal);
        var found = ranked.Count(relevant.Contains);
        var lastRelevant = ranked.FindLastIndex(relevant.Contains);
        var decoys = query.Decoys?.ToHashSet(StringComparer.Ordinal) ?? [];
        var firstDecoy = ranked.FindIndex(decoys.Contains);
        return new Evaluation(
            query,
            found / (double)Math.Min(relevant.Count, 10),
            [.. relevant.Where(id => !ranked.Contains(id))],
            ranked,
            firstDecoy >= 0 && (lastRelevant < 0 || firstDecoy < lastRelevant || found < Math.Min(relevant.Count, 10)));
    }

    private sealed record Evaluation(LabelledQuery Query, double Recall, IReadOnlyList<string> Missed, IReadOnlyList<string> Ranked, bool DecoyAboveRelevant);
}

/// <summary>The development set's vacancies imported into a real store and index once for the test class.</summary>
public sealed class DevelopmentSetIndex : IAsyncLifetime
{
    internal StoreAndIndex Environment { get; } = new();

    internal IReadOnlyList<LabelledQuery> Queries { get; } = DevelopmentSet.Queries();

    public async ValueTask InitializeAsync() =>
        await Environment.ImportAsync(DevelopmentSet.VacancyLines(), TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync()
    {
        Environment.Dispose();
        return ValueTask.CompletedTask;
    }
}
