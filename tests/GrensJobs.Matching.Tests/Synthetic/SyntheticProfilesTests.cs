using GrensJobs.Core.Profiles;
using GrensJobs.Corpus;
using GrensJobs.Normalisation;

namespace GrensJobs.Matching.Tests.Synthetic;

/// <summary>The match benchmark's synthetic jobseekers: canonical, varied, resolvable, without personal details.</summary>
public sealed class SyntheticProfilesTests(SyntheticWorldFixture world) : IClassFixture<SyntheticWorldFixture>
{
    [Fact]
    public void ProfileLines_SameSeed_SameLinesAndAnotherSeedOthers()
    {
        var again = SyntheticProfiles.ProfileLines(50, SyntheticWorldFixture.Seed, Seeds.DefaultDirectory).ToList();
        var other = SyntheticProfiles.ProfileLines(50, SyntheticWorldFixture.Seed + 1, Seeds.DefaultDirectory).ToList();

        Assert.Equal(world.ProfileLines.Take(50), again);
        Assert.NotEqual(again, other);
    }

    [Fact]
    public void ProfileLines_EveryLine_IsACanonicalProfileWithAUniqueFeedStyleId()
    {
        var read = world.ProfileLines.Select(ProfileReader.Read).ToList();

        Assert.All(read, r => Assert.Null(r.Error));
        var ids = read.Select(r => r.Profile!.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^(uwv|ba|vdab)-7-[0-9]{7}$", id));
    }

    [Fact]
    public void ProfileLines_NoLine_CarriesANameOrContactDetails()
    {
        string[] personal = ["\"name\"", "\"firstName\"", "\"lastName\"", "\"email\"", "\"phone\"", "\"street\"", "\"birthDate\""];

        Assert.All(world.ProfileLines, line => Assert.DoesNotContain(personal, field => line.Contains(field, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void ProfileLines_DesiredOccupations_ComeAsNationalTitlesEscoUrisAndIscoCodes()
    {
        var occupations = world.ProfileLines.Select(l => ProfileReader.Read(l).Profile!).SelectMany(p => p.DesiredOccupations).ToList();

        Assert.InRange(occupations.Count(o => o.Title is not null), occupations.Count / 3, occupations.Count * 6 / 10);
        Assert.InRange(occupations.Count(o => o.Esco is not null), occupations.Count / 5, occupations.Count * 4 / 10);
        Assert.InRange(occupations.Count(o => o.Isco is not null), occupations.Count / 6, occupations.Count * 4 / 10);
        Assert.Contains(occupations, o => o.Isco is { Length: 3 });
    }

    [Fact]
    public void ProfileLines_HomesAndLanguages_AreThoseOfTheThreeBorderCountries()
    {
        var profiles = world.ProfileLines.Select(l => ProfileReader.Read(l).Profile!).ToList();

        Assert.Equal(["BE", "DE", "NL"], profiles.Select(p => p.Home!.Country!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.All(profiles, p => Assert.InRange(p.MaxCommuteKm!.Value, 15, 80));
        Assert.All(profiles.Where(p => p.Home!.Country == "DE"), p => Assert.Equal(new LanguageSkill("de", p.Languages[0].Level), p.Languages[0]));
        Assert.Contains(profiles, p => p.Home!.Country == "NL" && p.Languages.Any(l => l.Language == "de"));
        Assert.Contains(profiles, p => p.Home!.Country == "BE" && p.Languages.Any(l => l.Language == "fr"));
    }

    [Fact]
    public void Normalise_SyntheticProfiles_ResolvesAlmostEveryOccupationAndHomeInAEuregio()
    {
        var occupations = world.Profiles.SelectMany(p => p.Occupations).ToList();

        Assert.True(occupations.Count(o => o.IsResolved) >= occupations.Count * 0.97,
            $"{occupations.Count(o => !o.IsResolved)} of {occupations.Count} desired occupations unresolved");
        Assert.All(world.Profiles, p => Assert.NotNull(p.Home));

        // Every synthetic home is a border place, but a place name given alone is resolved as a person's place would
        // be: "Bunde" (DE, Ems-Dollart) folds to the same name as the larger Bünde in Westphalia and resolves there.
        var outside = world.Profiles.Where(p => p.Home!.Euregios.Count == 0).Select(p => p.Profile.Home!.Place).ToList();
        Assert.True(outside.Count <= world.Profiles.Count / 100, $"homes outside every Euregio: {string.Join(", ", outside)}");
    }
}
