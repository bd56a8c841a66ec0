using System.IO.Compression;
using System.Text;

namespace GrensJobs.Demo;

/// <summary>
/// Rewrites the loopback URLs in the demo's seed files (<c>127.0.0.1:5091</c> …) to the ports the sites are served
/// on, byte for byte (the seeds are ASCII-compatible: UTF-8 and ISO-8859-1), inside gzip files too.
/// </summary>
internal sealed class DemoPortRewriter
{
    private readonly (byte[] From, byte[] To)[] replacements;

    public DemoPortRewriter(IEnumerable<DemoSite> sites)
    {
        replacements = [.. sites.Where(site => site.Port != site.SeedPort)
            .Select(site => (Encoding.ASCII.GetBytes($"127.0.0.1:{site.SeedPort}"), Encoding.ASCII.GetBytes($"127.0.0.1:{site.Port}")))];
    }

    /// <summary>False when every site is on its seed port: files are sent as they are.</summary>
    public bool IsNeeded => replacements.Length > 0;

    public async Task<byte[]> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        if (bytes is [0x1F, 0x8B, ..])
        {
            using var unzipped = new MemoryStream();
            await using (var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))
            {
                await gzip.CopyToAsync(unzipped, cancellationToken).ConfigureAwait(false);
            }

            using var zipped = new MemoryStream();
            await using (var gzip = new GZipStream(zipped, CompressionLevel.Optimal, leaveOpen: true))
            {
                await gzip.WriteAsync(Rewrite(unzipped.ToArray()), cancellationToken).ConfigureAwait(false);
            }

            return zipped.ToArray();
        }

        return Rewrite(bytes);
    }

    public byte[] Rewrite(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        foreach (var (from, to) in replacements)
        {
            if (bytes.AsSpan().IndexOf(from) < 0)
            {
                continue;
            }

            using var output = new MemoryStream(bytes.Length + 16);
            var rest = bytes.AsSpan();
            int at;
            while ((at = rest.IndexOf(from)) >= 0)
            {
                output.Write(rest[..at]);
                output.Write(to);
                rest = rest[(at + from.Length)..];
            }

            output.Write(rest);
            bytes = output.ToArray();
        }

        return bytes;
    }
}
