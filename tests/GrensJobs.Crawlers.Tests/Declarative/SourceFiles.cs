namespace GrensJobs.Crawlers.Tests.Declarative;

/// <summary>A temporary <c>crawlers/sources</c> directory of definition files, deleted on dispose.</summary>
internal sealed class SourceFiles : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "grensjobs-sources-" + Guid.NewGuid().ToString("N"));

    public SourceFiles()
    {
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory => Path.Combine(root, "crawlers", "sources");

    /// <summary>Writes a file and returns its path as messages show it (forward slashes).</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path.Replace('\\', '/');
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }
}
