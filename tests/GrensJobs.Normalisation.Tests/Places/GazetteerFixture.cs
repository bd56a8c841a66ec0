using GrensJobs.Normalisation.Places;

namespace GrensJobs.Normalisation.Tests.Places;

/// <summary>Loads the real place seeds once per test class.</summary>
public sealed class GazetteerFixture
{
    internal Gazetteer Gazetteer { get; } = Gazetteer.Load(Seeds.DefaultDirectory);

    internal PlaceResolver Resolver => new(Gazetteer);
}
