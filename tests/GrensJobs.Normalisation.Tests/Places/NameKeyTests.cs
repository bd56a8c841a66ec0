using GrensJobs.Core.Text;
using GrensJobs.Normalisation.Places;

namespace GrensJobs.Normalisation.Tests.Places;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("'s-Hertogenbosch")]
    [InlineData("  Aix-la-Chapelle  ")]
    [InlineData("Frankfurt (Oder)")]
    [InlineData("Mönchengladbach")]
    [InlineData("Liège")]
    [InlineData("Gießen")]
    [InlineData("D-52062 Aachen")]
    [InlineData("")]
    public void Of_AnyName_EqualsTextFolding(string name)
    {
        Assert.Equal(TextFolding.Fold(name), NameKey.Of(name));
    }
}
