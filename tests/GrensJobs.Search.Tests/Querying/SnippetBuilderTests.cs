using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Querying;

/// <summary>The passage shown under a result: the first line that mentions a query word, else the first real line.</summary>
public sealed class SnippetBuilderTests
{
    private const string Description =
        "Müller Stahlbau GmbH\n" +
        "   \n" +
        "\tWir sind ein Familienunternehmen am Niederrhein mit 120 Mitarbeitenden.  \n" +
        "Für unsere Fertigung in Kevelaer suchen wir einen Schweißer (m/w/d) im Zweischichtbetrieb.\n" +
        "\n" +
        "Sie schweißen Bauteile aus Edelstahl nach Zeichnung.";

    [Fact]
    public void Build_QueryWordWithoutUmlaut_FindsTheLineThatWritesItWithOne()
    {
        var snippet = SnippetBuilder.Build(Description, ["schweisser"]);

        Assert.Equal("Für unsere Fertigung in Kevelaer suchen wir einen Schweißer (m/w/d) im Zweischichtbetrieb.", snippet);
    }

    [Fact]
    public void Build_NoLineMentionsAWord_GivesTheFirstLongLineTrimmed()
    {
        var snippet = SnippetBuilder.Build(Description, ["lasser"]);

        Assert.Equal("Wir sind ein Familienunternehmen am Niederrhein mit 120 Mitarbeitenden.", snippet);
    }

    [Fact]
    public void Build_OnlyShortLines_GivesTheFirstNonBlankLine()
    {
        Assert.Equal("Soudeur TIG", SnippetBuilder.Build(" \n\n  Soudeur TIG \nLiège", ["lasser"]));
    }

    [Fact]
    public void Build_BlankText_GivesNothing()
    {
        Assert.Null(SnippetBuilder.Build(" \n \t\n", ["lasser"]));
        Assert.Null(SnippetBuilder.Build(null, ["lasser"]));
    }

    [Fact]
    public void Build_LongLine_IsCutAroundTheWordAtWordBoundaries()
    {
        var line = string.Concat(Enumerable.Repeat("Wij bieden een goed salaris en uitstekende secundaire arbeidsvoorwaarden. ", 4))
                   + "Als lasser werk je aan constructies voor de offshore. "
                   + string.Concat(Enumerable.Repeat("Je werkt in een hecht team in Venlo. ", 5));

        var snippet = SnippetBuilder.Build(line, ["lasser"])!;

        Assert.Contains("Als lasser werk je", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= SnippetBuilder.MaxLength + 2, $"{snippet.Length} characters");
    }

    [Fact]
    public void Build_LongLine_IsCutAroundAWordWrittenWithAnUmlaut()
    {
        var line = string.Concat(Enumerable.Repeat("Wir bieten Ihnen eine unbefristete Festanstellung, Weihnachtsgeld und Urlaubsgeld. ", 4))
                   + "Als Schweißer (m/w/d) fertigen Sie Bauteile. "
                   + string.Concat(Enumerable.Repeat("Sie arbeiten in einem starken Team in Kevelaer. ", 5));

        var snippet = SnippetBuilder.Build(line, ["schweisser"])!;

        Assert.Contains("Als Schweißer (m/w/d) fertigen", snippet, StringComparison.Ordinal);
    }
}
