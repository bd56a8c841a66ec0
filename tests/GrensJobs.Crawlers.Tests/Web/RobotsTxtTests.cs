using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.Tests.Web;

public sealed class RobotsTxtTests
{
    private const string KarriereSite = """
        # robots.txt der Müller GmbH Karriereseite
        User-agent: *
        Disallow: /intern/
        Disallow: /suche?
        Crawl-delay: 5

        User-agent: Googlebot
        User-agent: GrensJobs
        Disallow: /stellen/archiv/
        Allow: /stellen/archiv/offen$
        Disallow: /*.pdf$
        Disallow: /bewerbung/*/formular
        Crawl-delay: 2.5

        Sitemap: https://karriere.example.de/sitemap-stellen.xml
        Sitemap: /relative-sitemap.xml
        dit is geen regel
        """;

    private static Uri At(string pathAndQuery) => new("https://karriere.example.de" + pathAndQuery);

    [Theory]
    [InlineData("/stellen/schweisser-m-w-d-42", true)]
    [InlineData("/intern/gehaelter", true)]
    [InlineData("/stellen/archiv/2024", false)]
    [InlineData("/stellen/archiv/offen", true)]
    [InlineData("/stellen/archiv/offen/7", false)]
    [InlineData("/downloads/stellenbeschreibung.pdf", false)]
    [InlineData("/downloads/stellenbeschreibung.pdf?v=2", true)]
    [InlineData("/bewerbung/42/formular", false)]
    [InlineData("/bewerbung/42/danke", true)]
    [InlineData("/robots.txt", true)]
    public void IsAllowed_OurNamedGroup_AppliesOnlyItsRules(string path, bool expected) =>
        Assert.Equal(expected, RobotsTxt.Parse(KarriereSite).IsAllowed(At(path)));

    [Fact]
    public void CrawlDelay_OurGroup_TakesOurDelayNotTheStarGroups() =>
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsTxt.Parse(KarriereSite).CrawlDelay);

    [Fact]
    public void Sitemaps_AnyGroup_CollectsOnlyAbsoluteUrls() =>
        Assert.Equal([new Uri("https://karriere.example.de/sitemap-stellen.xml")], RobotsTxt.Parse(KarriereSite).Sitemaps);

    [Theory]
    [InlineData("grensjobs")]
    [InlineData("GRENSJOBS/2.1")]
    [InlineData("GrensJobs")]
    public void IsAllowed_ProductTokenInAnyCase_SelectsOurGroup(string agent)
    {
        var robots = RobotsTxt.Parse($"User-agent: *\nDisallow: /\n\nUser-agent: {agent}\nDisallow: /vacatures/oud\n");
        Assert.True(robots.IsAllowed(At("/vacatures/lasser-m-v-x")));
        Assert.False(robots.IsAllowed(At("/vacatures/oud/1")));
    }

    [Fact]
    public void IsAllowed_NoGroupNamesUs_FallsBackToStar()
    {
        var robots = RobotsTxt.Parse("User-agent: Bingbot\nDisallow: /\n\nUser-agent: *\nDisallow: /offres/\nCrawl-delay: 3\n");
        Assert.True(robots.IsAllowed(At("/vacatures")));
        Assert.False(robots.IsAllowed(At("/offres/soudeur-h-f-x")));
        Assert.Equal(TimeSpan.FromSeconds(3), robots.CrawlDelay);
    }

    [Fact]
    public void IsAllowed_TwoGroupsForUs_AreMerged()
    {
        var robots = RobotsTxt.Parse("User-agent: GrensJobs\nDisallow: /a/\n\nUser-agent: Other\nDisallow: /\n\nUser-agent: grensjobs\nDisallow: /b/\n");
        Assert.False(robots.IsAllowed(At("/a/1")));
        Assert.False(robots.IsAllowed(At("/b/1")));
        Assert.True(robots.IsAllowed(At("/c/1")));
    }

    [Theory]
    [InlineData("Allow: /jobs\nDisallow: /jobs", "/jobs/1", true)]
    [InlineData("Disallow: /jobs\nAllow: /jobs", "/jobs/1", true)]
    [InlineData("Allow: /jobs\nDisallow: /jobs/", "/jobs/1", false)]
    [InlineData("Disallow: /\nAllow: /jobs/", "/jobs/1", true)]
    [InlineData("Disallow: /*?sessionid=", "/jobs?sessionid=9", false)]
    [InlineData("Disallow: /*?sessionid=", "/jobs?page=2", true)]
    [InlineData("Disallow: /*/bewerben$", "/jobs/7/bewerben", false)]
    [InlineData("Disallow: /*/bewerben$", "/jobs/7/bewerben/x", true)]
    [InlineData("Disallow: /j*b*s", "/jxxbyys", false)]
    [InlineData("Disallow:", "/anything", true)]
    public void IsAllowed_LongestMatchWinsAllowOnTie(string rules, string path, bool expected) =>
        Assert.Equal(expected, RobotsTxt.Parse("User-agent: *\n" + rules + "\n").IsAllowed(At(path)));

    [Theory]
    [InlineData("Disallow: /küche", "/k%C3%BCche/koch-m-w-d")]
    [InlineData("Disallow: /k%c3%bcche", "/küche/koch-m-w-d")]
    [InlineData("Disallow: /%7Ejobs", "/~jobs/1")]
    public void IsAllowed_PercentEncoding_IsNormalisedOnBothSides(string rule, string path) =>
        Assert.False(RobotsTxt.Parse("User-agent: *\n" + rule + "\n").IsAllowed(At(path)));

    [Fact]
    public void Parse_GarbageAndComments_AreIgnored()
    {
        var robots = RobotsTxt.Parse("<html><body>Seite nicht gefunden</body></html>\n\u00ff\u00fe junk\nUser-agent: * # alle\nDisallow: /privé # commentaar\n");
        Assert.Equal(1, robots.RuleCount);
        Assert.False(robots.IsAllowed(At("/priv%C3%A9/x")));
        Assert.True(robots.IsAllowed(At("/vacatures")));
    }

    [Fact]
    public void Parse_RulesBeyond500KiB_AreNotRead()
    {
        var filler = "# " + new string('x', 1000) + "\n";
        var text = "User-agent: *\nDisallow: /vroeg/\n" + string.Concat(Enumerable.Repeat(filler, 520)) + "Disallow: /laat/\n";
        var robots = RobotsTxt.Parse(text);
        Assert.False(robots.IsAllowed(At("/vroeg/1")));
        Assert.True(robots.IsAllowed(At("/laat/1")));
    }

    [Fact]
    public void AllowAllAndDisallowAll_AnswerAsNamed()
    {
        Assert.True(RobotsTxt.AllowAll.IsAllowed(At("/stellen/1")));
        Assert.False(RobotsTxt.DisallowAll.IsAllowed(At("/stellen/1")));
        Assert.True(RobotsTxt.DisallowAll.IsAllowed(At("/robots.txt")));
    }

    [Fact]
    public void CrawlDelay_Unparseable_IsIgnored() =>
        Assert.Null(RobotsTxt.Parse("User-agent: *\nCrawl-delay: fünf\nDisallow: /x\n").CrawlDelay);
}
