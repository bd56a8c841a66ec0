using GrensJobs.Core.Profiles;

namespace GrensJobs.Storage.Profiles;

/// <summary>A normalised profile to store, with the feed format it came in (<c>grensjobs</c>, <c>uwv</c>, <c>ba</c>, <c>vdab</c>).</summary>
public sealed record ProfileToStore(NormalisedProfile Profile, string Format);
