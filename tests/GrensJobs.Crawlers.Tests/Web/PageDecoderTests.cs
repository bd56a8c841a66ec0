using System.Text;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.Tests.Web;

public sealed class PageDecoderTests
{
    private const string German = "<p>Schweißer (m/w/d) für Kärnten – Überstunden möglich, 3.200 €</p>";

    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData(null)]
    public void Decode_Latin1BytesLabelledOrDefaultedUtf8_FallsBackToWindows1252(string? charset)
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(German);
        Assert.Equal(German, PageDecoder.Decode(bytes, charset));
        Assert.Equal(1252, PageDecoder.DetectEncoding(bytes, charset).CodePage);
    }

    [Fact]
    public void Decode_ValidUtf8_StaysUtf8() =>
        Assert.Equal(German, PageDecoder.Decode(Encoding.UTF8.GetBytes(German), "utf-8"));

    [Fact]
    public void Decode_Iso88591Declared_ReadsAsWindows1252() =>
        Assert.Equal("Prime de fin d’année: 500 €", PageDecoder.Decode(Encoding.GetEncoding(1252).GetBytes("Prime de fin d’année: 500 €"), "ISO-8859-1"));

    [Fact]
    public void Decode_MetaCharsetInDocument_IsUsedWithoutHeader()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body>Lasser (m/v/x) – Eupen</body></html>";
        Assert.Equal(html, PageDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(html), null));
    }

    [Fact]
    public void FetchedPage_WrongCharset_TextHasUmlauts()
    {
        var page = new FetchedPage
        {
            Url = new Uri("https://karriere.example.de/stellen/1"),
            Status = System.Net.HttpStatusCode.OK,
            MediaType = "text/html",
            DeclaredCharset = "utf-8",
            Body = Encoding.Latin1.GetBytes("Altenpflegefachkraft für Aachen"),
        };
        Assert.Equal("Altenpflegefachkraft für Aachen", page.Text);
    }
}
