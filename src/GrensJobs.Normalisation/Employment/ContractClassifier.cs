using System.Text.RegularExpressions;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Employment;

/// <summary>
/// The contract type from the title, the source's employment types and the text.
/// Precedence: an explicit phrase in the title; then the employment types (schema.org CONTRACTOR → freelance,
/// TEMPORARY → temporary, INTERN → internship, VOLUNTEER/PER_DIEM → other; FULL_TIME/PART_TIME say nothing about
/// the contract; free-text types are read like text), except that an agency phrase in the text turns TEMPORARY into
/// interim; then the text. In the text the more specific kinds win: apprenticeship, internship, interim, freelance,
/// then a temporary contract with a permanent one only in prospect ("vast contract in het vooruitzicht",
/// "befristet mit Option auf Übernahme"), then permanent, then temporary.
/// Student and marginal jobs named in the title (Werkstudent, Minijob, job étudiant, flexi-job) are "other".
/// "Ausbildung" alone is no evidence: "abgeschlossene Ausbildung als …" is a requirement, and "Ausbildung zum …" or
/// "Auszubildende" in a text are as often a requirement or a colleague ("Praxisanleitung von Auszubildenden") as the
/// offer. So the title decides with any apprenticeship word; the text only with phrases that describe the offered
/// place itself ("Ausbildungsplatz", "Ausbildungsbeginn", "duale Ausbildung", "BBL", "leerwerkplek", "alternance").
/// </summary>
internal static partial class ContractClassifier
{
    public static ContractType? Classify(string title, string text, IReadOnlyList<string> employmentTypes)
    {
        ArgumentNullException.ThrowIfNull(employmentTypes);
        var fromTitle = string.IsNullOrEmpty(title) ? null : FromTitle(title);
        if (fromTitle is not null)
        {
            return fromTitle;
        }

        var fromText = string.IsNullOrEmpty(text) ? null : FromText(text);
        ContractType? fromTypes = null;
        foreach (var type in employmentTypes)
        {
            fromTypes = FromEmploymentType(type);
            if (fromTypes is not null)
            {
                break;
            }
        }

        return fromTypes switch
        {
            ContractType.Temporary when fromText == ContractType.Interim => ContractType.Interim,
            not null => fromTypes,
            _ => fromText,
        };
    }

    private static ContractType? FromTitle(string title)
    {
        if (Apprenticeship().IsMatch(title) || ApprenticeshipTitle().IsMatch(title))
        {
            return ContractType.Apprenticeship;
        }

        if (Internship().IsMatch(title) || InternshipTitle().IsMatch(title))
        {
            return ContractType.Internship;
        }

        if (Interim().IsMatch(title))
        {
            return ContractType.Interim;
        }

        if (Freelance().IsMatch(title))
        {
            return ContractType.Freelance;
        }

        return OtherTitle().IsMatch(title) ? ContractType.Other : null;
    }

    private static ContractType? FromEmploymentType(string? type)
    {
        var trimmed = type?.Trim() ?? string.Empty;
        return trimmed.Replace('-', '_').Replace(' ', '_').ToUpperInvariant() switch
        {
            "" or "FULL_TIME" or "FULLTIME" or "PART_TIME" or "PARTTIME" or "OTHER" => null,
            "CONTRACTOR" => ContractType.Freelance,
            "TEMPORARY" => ContractType.Temporary,
            "INTERN" or "INTERNSHIP" => ContractType.Internship,
            "VOLUNTEER" or "PER_DIEM" => ContractType.Other,
            "PERMANENT" or "VAST" or "FESTANSTELLUNG" or "UNBEFRISTET" or "CDI" => ContractType.Permanent,
            "BEFRISTET" or "TIJDELIJK" or "CDD" => ContractType.Temporary,
            "AUSBILDUNG" or "APPRENTICESHIP" => ContractType.Apprenticeship,
            "PRAKTIKUM" or "STAGE" => ContractType.Internship,
            _ => FromText(trimmed),
        };
    }

    private static ContractType? FromText(string text)
    {
        if (ApprenticeshipOffer().IsMatch(text))
        {
            return ContractType.Apprenticeship;
        }

        if (Internship().IsMatch(text))
        {
            return ContractType.Internship;
        }

        if (Interim().IsMatch(text))
        {
            return ContractType.Interim;
        }

        if (Freelance().IsMatch(text))
        {
            return ContractType.Freelance;
        }

        if (PermanentInProspect().IsMatch(text))
        {
            return ContractType.Temporary;
        }

        if (Permanent().IsMatch(text) || PermanentCaseSensitive().IsMatch(text))
        {
            return ContractType.Permanent;
        }

        return Temporary().IsMatch(text) || TemporaryCaseSensitive().IsMatch(text) ? ContractType.Temporary : null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bAusbildung(?<!(?:abgeschlossene[nrs]?|Ihre[nr]?|deine[nr]?|mit\s+einer)\s+(?:[\w-]+\s+){0,2}Ausbildung)\s+zu[mr]\b|\bAusbildungs(?:platz|plätze|stelle|beginn|start|vergütung|jahr)|\bduale[nrs]?\s+(?:Ausbildung|Studium)|\bAzubis?\b|\bAuszubildende|\bLehrstelle|\bLehrling|\bBBL\b|\bBBL-|\bleerwerk(?:plek|baan|traject)|\bleer-?\s?werktraject|\bleerbaan|\bapprentissage|\balternance\b|\bapprenti(?:e|s)?\b|\bapprenticeship|\bapprentice\b", Options)]
    private static partial Regex Apprenticeship();

    [GeneratedRegex(@"\bAusbildungs(?:platz|plätze|stelle|beginn|start|vergütung|jahr)|\bduale[nrs]?\s+(?:Ausbildung|Studium)|\bLehrstelle|\bBBL\b|\bBBL-|\bleerwerk(?:plek|baan|traject)|\bleer-?\s?werktraject|\bleerbaan|\bcontrat\s+d'apprentissage|\ben\s+alternance\b|\bapprenticeship\b|\bwir\s+bilden\s+(?:dich|Sie)?\s*aus\b", Options)]
    private static partial Regex ApprenticeshipOffer();

    [GeneratedRegex(@"\bAusbildung\b(?!\s+als\b)", Options)]
    private static partial Regex ApprenticeshipTitle();

    [GeneratedRegex(@"\bstagiair|\bstage(?:plaats|plek|opdracht|periode|vergoeding|s)?\s+(?:van|de|d['’]|bij|lopen|voor)\b|\bstageplaats|\bstageplek|\bafstudeer(?:stage|opdracht)|\bmeewerkstage|\bsnuffelstage|offre\s+de\s+stage|convention\s+de\s+stage|\bPraktikum|\bPraktikant|\binternships?\b", Options)]
    private static partial Regex Internship();

    [GeneratedRegex(@"\bstage\b|\bintern\b|\binterns\b", Options)]
    private static partial Regex InternshipTitle();

    [GeneratedRegex(@"\buitzend(?:baan|bureau|kracht|basis|organisatie|werk)|\bArbeitnehmerüberlassung|\bPersonalüberlassung|\bZeitarbeit|\bLeiharbeit|\bAÜG\b|\bintérim\b|\bintérimaire|\bmission\s+d['’]intérim|\btemp(?:orary)?\s+agency|\bagency\s+worker", Options)]
    private static partial Regex Interim();

    [GeneratedRegex(@"\bfreelanc|\bzzp\b|\bzzp['’]?er|\bals\s+zelfstandige\b|\bfreiberuflich|\bfreie[rn]?\s+Mitarbeit|\bHonorarbasis|\bstatut\s+(?:d['’]\s*)?indépendant|\bsous\s+statut\s+indépendant|\ben\s+tant\s+qu['’]indépendant|\bindépendant\s+complémentaire|\bas\s+an?\s+(?:independent\s+)?contractor\b", Options)]
    private static partial Regex Freelance();

    [GeneratedRegex(@"(?:uitzicht|vooruitzicht|kans|mogelijkheid|optie|perspectief)\s+(?:op|tot)\s+(?:een\s+)?vast(?:e)?\s+(?:contract|dienstverband|aanstelling|baan)|vast(?:e)?\s+(?:contract|dienstverband|aanstelling)\s+in\s+het\s+vooruitzicht|(?:Option|Aussicht|Chance|Möglichkeit)\s+auf\s+(?:eine\s+)?(?:Übernahme|Festanstellung|Entfristung|unbefristete)|zunächst\s+befristet|befristet\s+mit\s+(?:der\s+)?(?:Option|Aussicht|Möglichkeit)|possibilité\s+de\s+CDI|en\s+vue\s+d['’]un\s+CDI|CDD\s+(?:pouvant\s+)?(?:évolutif|déboucher|menant)|(?:possibility|option|prospect)\s+of\s+(?:a\s+)?permanent", Options)]
    private static partial Regex PermanentInProspect();

    [GeneratedRegex(@"\bvast(?:e)?\s+(?:contract|dienstverband|aanstelling|baan|arbeidsovereenkomst)|\bonbepaalde\s+(?:tijd|duur)|\bunbefristet|\bFestanstellung|\bfeste\s+Anstellung|\bfesten\s+Arbeitsvertrag|\bcontrat\s+à\s+durée\s+indéterminée|\bdurée\s+indéterminée|\bpermanent\s+(?:contract|position|role|job|employment)|\bopen-ended\s+contract", Options)]
    private static partial Regex Permanent();

    [GeneratedRegex(@"\bWerkstudent|\bMinijob|\bjob\s+étudiant|\bstudentenjob|\bvakantiejob|\bflexi-?job|\bbijbaan", Options)]
    private static partial Regex OtherTitle();

    [GeneratedRegex(@"\bCDI\b", RegexOptions.CultureInvariant)]
    private static partial Regex PermanentCaseSensitive();

    [GeneratedRegex(@"\btijdelijke?\b|\bjaarcontract|\bbepaalde\s+(?:tijd|duur)|\bvervangings(?:contract|opdracht)|\bzwangerschapsvervanging|\bbefristet|\bzeitlich\s+begrenzt|\b(?:Elternzeit|Mutterschutz)vertretung|\bcontrat\s+à\s+durée\s+déterminée|\bdurée\s+déterminée|\bfixed[-\s]term|\btemporary\s+(?:contract|position|role|job)", Options)]
    private static partial Regex Temporary();

    [GeneratedRegex(@"\bCDD\b", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryCaseSensitive();
}
