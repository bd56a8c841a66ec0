using GrensJobs.Demo;
using Microsoft.AspNetCore.Http;

namespace GrensJobs.Tests.Demo;

/// <summary>How the demo's static file server maps a request to a file and a content type.</summary>
public sealed class DemoSiteServerTests : IDisposable
{
    private readonly string site = Directory.CreateTempSubdirectory("grensjobs-demo-site-").FullName;

    public DemoSiteServerTests()
    {
        Directory.CreateDirectory(Path.Combine(site, "stellen"));
        File.WriteAllText(Path.Combine(site, "stellen", "index.html"), "<h1>Stellenangebote</h1>");
        File.WriteAllText(Path.Combine(site, "stellen", "schweisser-1.html"), "<h1>Schweißer (m/w/d)</h1>");
        File.WriteAllText(Path.Combine(site, "xml"), "<?xml version=\"1.0\"?><workzag-jobs/>");
        File.WriteAllText(Path.Combine(site, "_types"), "# types\nstellen/*.html text/html; charset=iso-8859-1\n");
    }

    [Theory]
    [InlineData("/stellen/", "stellen/index.html")]
    [InlineData("/stellen", "stellen/index.html")]
    [InlineData("/stellen/schweisser-1.html", "stellen/schweisser-1.html")]
    [InlineData("/xml", "xml")]
    public void Resolve_PathOfTheSite_FindsTheFile(string path, string expected)
    {
        Assert.Equal(Path.Combine(site, expected), DemoSiteServer.Resolve(site, new PathString(path)));
    }

    [Theory]
    [InlineData("/_types")]
    [InlineData("/../etc/passwd")]
    [InlineData("/stellen/%2E%2E/%2E%2E/secret.txt")]
    [InlineData("/stellen/fehlt.html")]
    public void Resolve_ConfigurationMissingOrOutsideTheSite_IsNotServed(string path)
    {
        Assert.Null(DemoSiteServer.Resolve(site, new PathString(path)));
    }

    [Fact]
    public void ContentTypes_TypesFileFirstThenExtensionThenFirstBytes()
    {
        var rules = ContentTypeRules.Load(site);

        Assert.Equal("text/html; charset=iso-8859-1", rules.Find("stellen/schweisser-1.html"));
        Assert.Null(rules.Find("xml"));
        Assert.Equal("application/xml", DemoSiteServer.ContentTypeOf(Path.Combine(site, "xml")));
        Assert.Equal("text/html; charset=utf-8", DemoSiteServer.ContentTypeOf(Path.Combine(site, "stellen", "index.html")));
    }

    public void Dispose() => Directory.Delete(site, recursive: true);
}
