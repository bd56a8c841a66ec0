using GrensJobs.Storage.Shortlists;
using GrensJobs.Storage.Tests.Sqlite;
using GrensJobs.Storage.Users;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Storage.Tests.Mediator;

public sealed class ShortlistStoreTests : IDisposable
{
    private static readonly PlacementCorridor VenloToGeldern =
        new("NL", ["rhein-maas-nord", "euregio"], "DE", ["rhein-maas-nord"], "7212");

    private readonly TempDataDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));
    private readonly MediatorStores _stores;

    public ShortlistStoreTests()
    {
        _stores = new MediatorStores(_directory.Path, _time);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IShortlistStore Shortlists => _stores.Shortlists;

    [Fact]
    public async Task Create_SameNameTwiceForOneUser_SecondIsNullButAnotherUserMayUseIt()
    {
        var anke = await AddUserAsync("anke");
        var jurgen = await AddUserAsync("jurgen");

        var first = await Shortlists.CreateAsync(anke, "Lassers Venlo → Kreis Kleve", Token);
        var again = await Shortlists.CreateAsync(anke, "Lassers Venlo → Kreis Kleve", Token);
        var other = await Shortlists.CreateAsync(jurgen, "Lassers Venlo → Kreis Kleve", Token);

        Assert.NotNull(first);
        Assert.Null(again);
        Assert.NotNull(other);
        Assert.Equal([first.Id], (await Shortlists.ListAsync(anke, Token)).Select(list => list.Id));
    }

    [Fact]
    public async Task AddItem_UnknownProfileOtherUsersListOrTwice_SaysWhy()
    {
        var anke = await AddUserAsync("anke");
        var jurgen = await AddUserAsync("jurgen");
        var list = (await Shortlists.CreateAsync(anke, "Pflege Aachen", Token))!;
        await _stores.AddProfileAsync("uwv-1001", Token);

        var unknownProfile = await Shortlists.AddItemAsync(anke, list.Id, "uwv-404", "ba-demo", "77", null, Token);
        var othersList = await Shortlists.AddItemAsync(jurgen, list.Id, "uwv-1001", "ba-demo", "77", null, Token);
        var added = await Shortlists.AddItemAsync(anke, list.Id, "uwv-1001", "ba-demo", "77", "Führerschein C/CE vorhanden", Token);
        var twice = await Shortlists.AddItemAsync(anke, list.Id, "uwv-1001", "ba-demo", "77", null, Token);

        Assert.Equal(AddItemStatus.UnknownProfile, unknownProfile.Status);
        Assert.Equal(AddItemStatus.UnknownShortlist, othersList.Status);
        Assert.Equal(AddItemStatus.Added, added.Status);
        Assert.Equal("Führerschein C/CE vorhanden", added.Item?.Note);
        Assert.Equal(AddItemStatus.AlreadyThere, twice.Status);
        Assert.Single(await Shortlists.ListItemsAsync(anke, list.Id, Token));
        Assert.Empty(await Shortlists.ListItemsAsync(jurgen, list.Id, Token));
    }

    [Fact]
    public async Task SetOutcome_CorrectedFromInvitedToPlaced_CountsOnceAsPlacedInEachHomeEuregio()
    {
        var anke = await AddUserAsync("anke");
        var list = (await Shortlists.CreateAsync(anke, "Lassers", Token))!;
        await _stores.AddProfileAsync("uwv-1001", Token);
        var item = (await Shortlists.AddItemAsync(anke, list.Id, "uwv-1001", "ba-demo", "77", null, Token)).Item!;

        await Shortlists.SetOutcomeAsync(anke, list.Id, item.Id, PlacementOutcome.Invited, VenloToGeldern, Token);
        var placed = await Shortlists.SetOutcomeAsync(anke, list.Id, item.Id, PlacementOutcome.Placed, VenloToGeldern, Token);

        Assert.Equal(PlacementOutcome.Placed, placed?.Outcome);
        Assert.Equal(
            [new CorridorCount("NL", "euregio", "DE", 0, 1, 0), new CorridorCount("NL", "rhein-maas-nord", "DE", 0, 1, 0)],
            await Shortlists.CountPlacementsAsync(null, null, Token));
    }

    [Fact]
    public async Task ProfilePurged_ItemLeavesEveryShortlist_AnonymousPlacementStays()
    {
        var anke = await AddUserAsync("anke");
        var jurgen = await AddUserAsync("jurgen");
        var ankes = (await Shortlists.CreateAsync(anke, "Lassers", Token))!;
        var jurgens = (await Shortlists.CreateAsync(jurgen, "Schweißer Kleve", Token))!;
        await _stores.AddProfileAsync("uwv-1001", Token);
        await _stores.AddProfileAsync("ba-2002", Token);
        var placed = (await Shortlists.AddItemAsync(anke, ankes.Id, "uwv-1001", "ba-demo", "77", null, Token)).Item!;
        await Shortlists.AddItemAsync(jurgen, jurgens.Id, "uwv-1001", "uwv-demo", "4411", null, Token);
        await Shortlists.AddItemAsync(jurgen, jurgens.Id, "ba-2002", "uwv-demo", "4411", null, Token);
        await Shortlists.SetOutcomeAsync(anke, ankes.Id, placed.Id, PlacementOutcome.Placed, VenloToGeldern, Token);

        await _stores.DeleteProfileAsync("uwv-1001", Token);

        Assert.Empty(await Shortlists.ListItemsAsync(anke, ankes.Id, Token));
        Assert.Equal(["ba-2002"], (await Shortlists.ListItemsAsync(jurgen, jurgens.Id, Token)).Select(item => item.ProfileId));
        Assert.Equal(1, await _stores.ScalarAsync("SELECT count(*) FROM placements WHERE item_id IS NULL AND outcome = 'placed';", Token));
        Assert.Contains(new CorridorCount("NL", "rhein-maas-nord", "DE", 0, 1, 0), await Shortlists.CountPlacementsAsync(null, null, Token));
    }

    [Fact]
    public async Task SetOutcome_Cleared_RemovesItsPlacementFact()
    {
        var anke = await AddUserAsync("anke");
        var list = (await Shortlists.CreateAsync(anke, "Lassers", Token))!;
        await _stores.AddProfileAsync("vdab-3003", Token);
        var item = (await Shortlists.AddItemAsync(anke, list.Id, "vdab-3003", "uwv-demo", "4411", null, Token)).Item!;
        await Shortlists.SetOutcomeAsync(anke, list.Id, item.Id, PlacementOutcome.Rejected, new PlacementCorridor("BE", [], "NL", [], "7212"), Token);

        var cleared = await Shortlists.SetOutcomeAsync(anke, list.Id, item.Id, null, null, Token);

        Assert.Null(cleared?.Outcome);
        Assert.Null(cleared?.OutcomeAt);
        Assert.Empty(await Shortlists.CountPlacementsAsync(null, null, Token));
    }

    [Fact]
    public async Task CountPlacements_Period_CountsOnlyFactsInside()
    {
        var anke = await AddUserAsync("anke");
        var list = (await Shortlists.CreateAsync(anke, "Lassers", Token))!;
        await _stores.AddProfileAsync("uwv-1001", Token);
        await _stores.AddProfileAsync("ba-2002", Token);
        var early = (await Shortlists.AddItemAsync(anke, list.Id, "uwv-1001", "ba-demo", "77", null, Token)).Item!;
        var late = (await Shortlists.AddItemAsync(anke, list.Id, "ba-2002", "uwv-demo", "4411", null, Token)).Item!;
        await Shortlists.SetOutcomeAsync(anke, list.Id, early.Id, PlacementOutcome.Placed, VenloToGeldern, Token);
        _time.Advance(TimeSpan.FromDays(10));
        await Shortlists.SetOutcomeAsync(anke, list.Id, late.Id, PlacementOutcome.Invited, new PlacementCorridor("DE", ["maas-rijn"], "NL", ["maas-rijn"], "2221"), Token);

        var counts = await Shortlists.CountPlacementsAsync(_time.GetUtcNow().AddDays(-1), null, Token);

        Assert.Equal([new CorridorCount("DE", "maas-rijn", "NL", 1, 0, 0)], counts);
    }

    public void Dispose()
    {
        _stores.Dispose();
        _directory.Dispose();
    }

    private async Task<long> AddUserAsync(string name) =>
        (await _stores.Users.AddAsync(name, UserRole.Mediator, "hash", Token))!.Id;
}
