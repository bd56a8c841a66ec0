using System.Text;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>Writes the files of one demo site under its folder and counts them.</summary>
internal sealed class SiteFiles(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Root { get; } = root;
    public int Count { get; private set; }
    public long Bytes { get; private set; }

    public void Text(string relativePath, string text) => Binary(relativePath, Utf8.GetBytes(text));

    public void Text(string relativePath, string text, Encoding encoding) => Binary(relativePath, encoding.GetBytes(text));

    public void Binary(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        Count++;
        Bytes += bytes.Length;
    }
}
