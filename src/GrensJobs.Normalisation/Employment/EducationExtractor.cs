using System.Text.RegularExpressions;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Employment;

/// <summary>
/// The required education as an EQF level, where the text states one. When several are named ("mbo 4 of hbo",
/// "Ausbildung oder Studium", "Bachelor/Master") the lowest is the minimum required; "of hoger", "oder vergleichbar"
/// add nothing. Mapping (NLQF, DQR and the Belgian frameworks referenced to the EQF):
/// | stated                                                                         | EQF |
/// |--------------------------------------------------------------------------------|-----|
/// | mbo niveau 1 / entreeopleiding; CEB (certificat d'études de base)              | 1   |
/// | mbo 2; vmbo; Hauptschulabschluss / Berufsreife; CE1D / CESI; lager secundair   | 2   |
/// | mbo 3; mbo without a level; Realschulabschluss / mittlere Reife (placed by analogy) | 3 |
/// | mbo 4; havo / vwo; Abitur / (Fach)Hochschulreife; abgeschlossene (Berufs)Ausbildung, Gesellenbrief — a
/// |   three-year dual Ausbildung is DQR 4; CESS / secondaire supérieur; bac; high school diploma           | 4   |
/// | Associate degree; graduaat; BTS / DUT / bac+2                                  | 5   |
/// | hbo; bachelor / bachelier / Bachelor's; Fachhochschule / (FH) / Studium / Hochschulabschluss;
/// |   Meister / staatlich geprüfter Techniker (DQR 6); licence; bac+3                                    | 6   |
/// | wo / universitair; master / Master's / MSc / MBA; Diplom; Universität; bac+5; ingénieur civil         | 7   |
/// | PhD / promotie / doctoraat; Promotion / promoviert; doctorat; doctorate        | 8   |
/// </summary>
internal static partial class EducationExtractor
{
    private static readonly (Func<Regex> Pattern, int Eqf)[] Rules =
    [
        (Eqf1, 1), (Eqf2, 2), (Eqf3, 3), (Eqf4, 4), (Eqf5, 5), (Eqf6, 6), (Eqf7, 7), (Eqf8, 8),
    ];

    public static Education? Extract(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        int? lowest = MboLevel(text);
        foreach (var (pattern, eqf) in Rules)
        {
            if (lowest is { } found && found <= eqf)
            {
                break;
            }

            if (pattern().IsMatch(text))
            {
                lowest = eqf;
                break;
            }
        }

        return lowest is { } level ? new Education(level) : null;
    }

    /// <summary>The lowest "mbo niveau N" / "MBO-N" / "mbo 2/3" stated; a bare "mbo" counts as 3.</summary>
    private static int? MboLevel(string text)
    {
        int? lowest = null;
        foreach (Match match in Mbo().Matches(text))
        {
            var level = match.Groups["level"].Success ? match.Groups["level"].ValueSpan[0] - '0' : 3;
            lowest = lowest is null ? level : Math.Min(lowest.Value, level);
        }

        return lowest;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bmbo\b(?:[\s-]*(?:niveau|level)?[\s-]*(?<level>[1-4])\b)?", Options)]
    private static partial Regex Mbo();

    [GeneratedRegex(@"\bentreeopleiding|\bCEB\b|certificat\s+d['’]études\s+de\s+base", Options)]
    private static partial Regex Eqf1();

    [GeneratedRegex(@"\bvmbo\b|\bHauptschul(?:abschluss|e)|\bBerufsreife|\bCE1D\b|\bCESI\b|secondaire\s+inférieur|lager\s+secundair", Options)]
    private static partial Regex Eqf2();

    [GeneratedRegex(@"\bRealschul(?:abschluss|e)|\bmittlere\s+Reife|\bmittlere[nr]?\s+Schulabschluss|\bFachoberschulreife", Options)]
    private static partial Regex Eqf3();

    [GeneratedRegex(@"\bhavo\b|\bvwo\b|\bAbitur|\bHochschulreife|\bFachabi|abgeschlossene[nrs]?\s+(?:[\w-]+\s+){0,3}(?:Berufs)?[Aa]usbildung|\bBerufsausbildung|\bGesellen(?:brief|prüfung)|\bFacharbeiter(?:brief|prüfung)|\bAusbildung\s+als\b|\bCESS\b|secondaire\s+supérieur|hoger\s+secundair|diploma\s+secundair\s+onderwijs|\bbaccalauréat|\bbac\b(?!\s*\+)|high\s+school|secondary\s+school\s+diploma", Options)]
    private static partial Regex Eqf4();

    [GeneratedRegex(@"\bassociate\s+degree|\bAd-(?:opleiding|diploma)|\bgraduaat|\bBTS\b|\bDUT\b|\bbac\s*\+\s*2\b", Options)]
    private static partial Regex Eqf5();

    [GeneratedRegex(@"\bhbo\b|\bbachelor|\bbachelier|\bB\.?Sc\b|\bFachhochschul|\(FH\)|\bFH-|\bHochschulabschluss|\bHochschulstudium|\bStudium\b|\bMeister(?:brief|prüfung|titel)?\b|\b(?:Industrie|Handwerks)meister|staatlich\s+geprüfte[nr]?\s+(?:Techniker|Betriebswirt)|\bTechniker\s*(?:oder|/|bzw\.?)\s*Meister|\blicence\s+(?:en|professionnelle|universitaire)|\bbac\s*\+\s*3\b", Options)]
    private static partial Regex Eqf6();

    [GeneratedRegex(@"\bwo[\s-](?:niveau|opleiding|diploma|master|werk-\s+en\s+denkniveau)|\buniversitai?re?\s+(?:opleiding|studie|master|diploma|niveau)|\bwetenschappelijk\s+onderwijs|\bmaster(?<!Scrum[\s-]master)(?:['’]?s)?\b(?![\s-]*(?:data|card|class|plan|file|key|slave|thesis))|\bM\.?Sc\b|\bMBA\b|\bDiplom\b|\bDiplom-|\bUniversitätsstudium|\bUniversitäts(?:abschluss|diplom)|\bUni-?Abschluss|\bwissenschaftliche[nsr]?\s+Hochschul|\bbac\s*\+\s*5\b|\bingénieur\s+civil", Options)]
    private static partial Regex Eqf7();

    [GeneratedRegex(@"\bPhD\b|\bPh\.D\b|\bpromotie\b|\bgepromoveerd|\bdoctoraat|\bdoctorat\b|\bdoctorate\b|\bdoctoral\s+degree|\bpromoviert|\babgeschlossene\s+Promotion|\bPromotion\s+(?:in|im)\b", Options)]
    private static partial Regex Eqf8();
}
