namespace GrensJobs.Normalisation;

/// <summary>Where the reference data (ESCO, ISCO-08, places, postal codes, regulated professions) is found at run time.</summary>
public static class Seeds
{
    /// <summary>The <c>seeds</c> folder copied beside the binaries by the build.</summary>
    public static string DefaultDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");
}
