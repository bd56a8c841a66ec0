using GrensJobs.Core.Profiles;

namespace GrensJobs.Storage.Profiles;

/// <summary>A profile as the store keeps it.</summary>
public sealed record StoredProfile(
    NormalisedProfile Profile,
    string Format,
    DateTimeOffset ImportedAt,
    DateTimeOffset UpdatedAt,
    long Sequence)
{
    public string Id => Profile.Profile.Id;
}
