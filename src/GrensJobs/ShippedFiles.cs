namespace GrensJobs;

/// <summary>
/// Folders that ship with the product (source definitions, the demo): the one under the working directory when run
/// from a checkout, else the copy the build puts beside the binaries.
/// </summary>
internal static class ShippedFiles
{
    public static string Folder(params string[] relative)
    {
        var local = Path.GetFullPath(Path.Combine(relative));
        return Directory.Exists(local) ? local : Path.Combine([AppContext.BaseDirectory, .. relative]);
    }
}
