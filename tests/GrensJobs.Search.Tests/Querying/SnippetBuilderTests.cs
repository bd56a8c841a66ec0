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

    [Fact]
    public void Build_AsciiLines_MatchTheWordsAsTheirFoldedForms()
    {
        const string Text = "Kennis van MS-Office is een pre.\nAls LASSER (m/v/x) werk je in Venlo.";

        Assert.Equal("Kennis van MS-Office is een pre.", SnippetBuilder.Build(Text, ["ms office"]));
        Assert.Equal("Als LASSER (m/v/x) werk je in Venlo.", SnippetBuilder.Build(Text, ["lasser"]));
        Assert.Equal("Kennis van MS-Office is een pre.", SnippetBuilder.Build(Text, ["venlo", "office"]));
    }

    [Fact]
    public void Build_RandomLines_FindTheLineTheFoldedTextMentions()
    {
        // The oracle folds every line (lines are shown trimmed); the builder compares ASCII lines without folding them.
        var random = new Random(2026);
        string[] alphabets = ["abcAB c-/(.)1", "abcAB c-/(.)1ßéü"];
        string[] words = ["abc", "ab c", "ba1", "ssé", "cab", "a b"];
        for (var round = 0; round < 2_000; round++)
        {
            var alphabet = alphabets[round % 2];
            var lines = Enumerable.Range(0, 3).Select(_ => "Line " + new string([.. Enumerable.Range(0, random.Next(40, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])])).ToArray();
            var word = GrensJobs.Core.Text.TextFolding.Fold(words[random.Next(words.Length)]);
            var expected = lines.FirstOrDefault(line => GrensJobs.Core.Text.TextFolding.Fold(line).Contains(word, StringComparison.Ordinal))?.Trim();

            var snippet = SnippetBuilder.Build(string.Join('\n', lines), [word]);

            if (expected is null)
            {
                Assert.Equal(lines[0].Trim(), snippet);
            }
            else
            {
                Assert.Equal(expected, snippet);
            }
        }
    }
}
