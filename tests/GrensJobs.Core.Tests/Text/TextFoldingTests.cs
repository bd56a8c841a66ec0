using GrensJobs.Core.Text;

namespace GrensJobs.Core.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Schweißer (m/w/d)", "schweisser m w d")]
    [InlineData("Liège", "liege")]
    [InlineData("  Mönchengladbach –  Zentrum ", "monchengladbach zentrum")]
    [InlineData("Aide-soignant(e)", "aide soignant e")]
    [InlineData("Œuvre Ærø", "oeuvre aero")]
    [InlineData("'s-Hertogenbosch", "s hertogenbosch")]
    [InlineData("Łódź Ĳsselmonde", "lodz ijsselmonde")]
    [InlineData("Şoför Ελλάδα", "sofor ελλαδα")]
    [InlineData("ÉCOLE — Straße №5", "ecole strasse 5")]
    public void Fold_MixedText_GivesLowerCaseAsciiWords(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void Fold_LongText_FoldsEveryCharacter()
    {
        var input = string.Concat(Enumerable.Repeat("Straße Liège ", 100));

        var folded = TextFolding.Fold(input);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("strasse liege", 100)), folded);
    }
}
