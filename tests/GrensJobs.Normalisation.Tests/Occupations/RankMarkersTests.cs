using GrensJobs.Core.Text;
using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Normalisation.Tests.Occupations;

public sealed class RankMarkersTests
{
    [Theory]
    [InlineData("Schichtleiter Produktion (m/w/d)", "9329")]
    [InlineData("Objektleiter Gebäudereinigung (m/w/d)", "9112")]
    [InlineData("Schoonmaakleidinggevende", "9112")]
    [InlineData("Chef d'équipe production (H/F)", "9329")]
    [InlineData("Schweißfachingenieur (m/w/d) IWE", "7212")]
    public void Contradicts_SeniorTitleLinkedToAWorker_IsTrue(string title, string isco) =>
        Assert.True(RankMarkers.Contradicts(TextFolding.Fold(title), isco));

    [Theory]
    [InlineData("Bauleiter (m/w/d)", "3123")]
    [InlineData("Teamleider productie", "3122")]
    [InlineData("Verkoopleider", "1221")]
    [InlineData("Zugbegleiter (m/w/d)", "5112")]
    [InlineData("Woonbegeleider", "3412")]
    [InlineData("Elektroingenieur (m/w/d)", "2151")]
    [InlineData("Chef de cuisine", "3434")]
    public void Contradicts_TitleThatFitsItsGroup_IsFalse(string title, string isco) =>
        Assert.False(RankMarkers.Contradicts(TextFolding.Fold(title), isco));

    [Theory]
    [InlineData("Lascoördinator / Lasingenieur IWE (m/v/x)", true)]
    [InlineData("Infirmier en chef (H/F)", true)]
    [InlineData("Pflegedienstleitung (m/w/d)", true)]
    [InlineData("Soudeur MIG/MAG (H/F/X)", false)]
    [InlineData("Gesundheits- und Krankenpfleger*in", false)]
    public void IsSenior_ReadsTheRankOfTheTitle(string title, bool senior) =>
        Assert.Equal(senior, TitleRank.IsSenior(title));
}
