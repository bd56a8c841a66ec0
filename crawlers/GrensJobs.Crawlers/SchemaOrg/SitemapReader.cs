using System.IO.Compression;
using System.Xml;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// Reads a sitemap: a urlset or a sitemap index, XML (gzip by magic bytes, size-capped once decompressed) or plain
/// text with one URL a line. DTDs are refused (no entity expansion).
/// </summary>
internal static class SitemapReader
{
    public const long MaxDecompressedBytes = 50L * 1024 * 1024;
    public const int MaxUrls = 50_000;

    /// <summary>The page URLs and child sitemap URLs of one sitemap body.</summary>
    public static (List<Uri> Pages, List<Uri> Sitemaps) Read(ReadOnlyMemory<byte> body, Uri sitemapUrl)
    {
        var pages = new List<Uri>();
        var sitemaps = new List<Uri>();
        var bytes = IsGzip(body.Span) ? Gunzip(body) : body;
        if (bytes.IsEmpty)
        {
            return (pages, sitemaps);
        }

        var start = bytes.Span.TrimStart("\xEF\xBB\xBF"u8).TrimStart(" \t\r\n"u8);
        if (start.Length > 0 && start[0] == (byte)'<')
        {
            ReadXml(bytes, sitemapUrl, pages, sitemaps);
        }
        else
        {
            ReadText(bytes, sitemapUrl, pages);
        }

        return (pages, sitemaps);
    }

    private static bool IsGzip(ReadOnlySpan<byte> body) => body.Length > 2 && body[0] == 0x1F && body[1] == 0x8B;

    private static ReadOnlyMemory<byte> Gunzip(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(body.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81_920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > MaxDecompressedBytes)
                {
                    break;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return ReadOnlyMemory<byte>.Empty;
        }
    }

    private static void ReadXml(ReadOnlyMemory<byte> bytes, Uri sitemapUrl, List<Uri> pages, List<Uri> sitemaps)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var inSitemap = false;
            while (reader.Read() && pages.Count + sitemaps.Count < MaxUrls)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "sitemap")
                {
                    inSitemap = true;
                }
                else if (reader.LocalName == "url")
                {
                    inSitemap = false;
                }
                else if (reader.LocalName == "loc" && !reader.NamespaceURI.Contains("image", StringComparison.Ordinal) && !reader.NamespaceURI.Contains("video", StringComparison.Ordinal))
                {
                    var text = reader.ReadElementContentAsString().Trim();
                    if (Uri.TryCreate(sitemapUrl, text, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal))
                    {
                        (inSitemap ? sitemaps : pages).Add(url);
                    }
                }
            }
        }
        catch (XmlException)
        {
            // What was read before the error stands.
        }
    }

    private static void ReadText(ReadOnlyMemory<byte> bytes, Uri sitemapUrl, List<Uri> pages)
    {
        using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(bytes.Span));
        while (reader.ReadLine() is { } line && pages.Count < MaxUrls)
        {
            var text = line.Trim();
            if (text.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(sitemapUrl, text, out var url))
            {
                pages.Add(url);
            }
        }
    }
}
