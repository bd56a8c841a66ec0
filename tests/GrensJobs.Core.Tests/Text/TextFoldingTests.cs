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
    public void Fold_MixedText_GivesLowerCaseAsciiWords(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));
}
