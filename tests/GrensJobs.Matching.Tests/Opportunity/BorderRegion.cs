using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Opportunity;
using GrensJobs.Search.Indexing;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Tests.Opportunity;

/// <summary>
/// The fixture's 28 vacancies (Kevelaer, Kleve, Venlo, Nijmegen, Aachen, Maastricht, Eupen, Enschede, Gronau …) in a
/// real store and index, shared by a test class; the 12 fixture profiles read and resolved, to pick from by id.
/// </summary>
public sealed class BorderRegion : IAsyncLifetime
{
    private readonly MatchingHarness _data = new();
    private Dictionary<string, NormalisedProfile> _profiles = [];

    public VacancyIndex Index => _data.Index;

    public OpportunityIndicator Indicator { get; } = new(MatchingHarness.Normaliser, Options.Create(new MatchingOptions()));

    public IReadOnlyList<string> ProfileLines { get; } = File.ReadAllLines(MatchingHarness.FixturePath("Opportunity", "profiles.jsonl"));

    public async ValueTask InitializeAsync()
    {
        await _data.ImportVacanciesAsync(File.ReadAllLines(MatchingHarness.FixturePath("Opportunity", "vacancies.jsonl")), TestContext.Current.CancellationToken);
        _profiles = MatchingHarness.ReadProfiles(ProfileLines).ToDictionary(p => p.Profile.Id, StringComparer.Ordinal);
    }

    public NormalisedProfile Profile(string id) => _profiles[id];

    /// <summary>The table over the given fixture profiles.</summary>
    public OpportunityTable Compute(OpportunityRequest request, params NormalisedProfile[] profiles) =>
        Indicator.Compute(Index, profiles, request, progress: null, TestContext.Current.CancellationToken);

    public OpportunityTable Compute(params string[] profileIds) => Compute(new OpportunityRequest(), [.. profileIds.Select(Profile)]);

    public ValueTask DisposeAsync()
    {
        _data.Dispose();
        return ValueTask.CompletedTask;
    }
}
