using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Normalisation.Tests.Occupations;

/// <summary>One catalog and linker for all occupation tests (loading them is the expensive part).</summary>
internal static class LinkerFixture
{
    private static readonly Lazy<OccupationLinker> Shared = new(() => new OccupationLinker(EscoCatalog.Load(Seeds.DefaultDirectory)));

    public static OccupationLinker Linker => Shared.Value;
}
