using System.Text.RegularExpressions;

namespace GrensJobs.Normalisation.Occupations;

internal sealed partial class TitleCleaner
{
    // (m/w/d), (w/m/d), (m/v/x), (h/f/x), (f/m/x), (m/f), (all genders), (gn), (d/m/w)
    [GeneratedRegex(@"\(\s*(?:all\s+genders?|alle\s+geschlechter|gn|divers|genderneutral|(?:[mwfhvdxi]\s*[/|,.*]?\s*){1,4})\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderParens();

    // m/w/d, w/m/d, m/v/x, h/f, m/f without parens
    [GeneratedRegex(@"(?<![\p{L}\d])[mwfhv]\s*/\s*[mwfhvx](?:\s*/\s*[mwfhdvx])?(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderBare();

    // Kaufmann/-frau, Kaufmann (-frau), Vakman/vrouw, Kaufmann / -frau
    [GeneratedRegex(@"\s*(?:/\s*-?\s*|\(\s*-\s*)(?:frau|vrouw)\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderFrau();

    // Maurer/in, Pfleger*in, Pfleger:in, Pfleger_in, Mitarbeiter-in, Maurer(in), Pfleger*innen
    [GeneratedRegex(@"(?<=\p{L})(?:[/*:_\-]\s?|\()(?:in|innen)\)?(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderSuffix();

    // PflegerIn, MitarbeiterInnen (binnen-I, case-sensitive)
    [GeneratedRegex(@"(?<=\p{Ll})In(?:nen)?(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex GenderBinnenI();

    // French: employé(e), soudeur/euse, technicien/ne, infirmier/ère
    [GeneratedRegex(@"(?<=\p{L})(?:\((?:e|r|ne|se|euse|rice|trice|ère|ere|ve)\)|/(?:e|r|ne|se|euse|rice|trice|ère|ere|ve)(?![\p{L}]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderFrench();

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"(?:€|eur\b|euro\b)\s*[\d.,]+(?:\s*[kK])?(?:\s*(?:-|–|tot|bis|à|to)\s*(?:€\s*)?[\d.,]+(?:\s*[kK])?)?(?:\s*(?:bruto|brutto|netto|brut|gross|p/?m|per\s+maand|pro\s+monat|/\s*(?:maand|monat|mois|month|uur|stunde|h)))*|[\d.,]+\s*(?:€|euro\b|eur\b)(?:\s*(?:bruto|brutto|brut|p/?m|/\s*\w+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Salary();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s*(?:(?:-|–|tot|bis|à|a|to)\s*\d+(?:[.,]\d+)?\s*)?(?:uur|uren|u\b|std\.?|stunden|h\b|hrs|hours|heures|wstd)(?:\s*(?:per|pro|p\.?|/)\s*(?:week|woche|wk|semaine|w)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hours();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:senior|junior|medior|sr|jr|trainee|ervaren|erfahrene[rn]?|startende?|confirmé|débutant|experienced|vollzeit|teilzeit|voll-\s*oder\s*teilzeit|vollzeit\s*/\s*teilzeit|full[\s-]?time|part[\s-]?time|fulltime|parttime|voltijds?|deeltijds?|minijob|befristet|unbefristet|festanstellung|cdi|cdd|intérim|quereinsteiger(?:in)?|quereinstieg|ab\s+sofort|per\s+direct|asap|gezocht|gesucht|vacature|stellenangebot|nl/de|de/nl|werkstudent(?:in)?|stagiair[e]?|stage|praktikum|praktikant(?:in)?|internship|intern|ausbildung\s+(?:zum|zur|als)|opleiding\s+tot|bbl|bol|leerling|zzp|freelance|freelancer|interim|uitzendbasis|via\s+uitzendbureau|dringend|urgent|new|nieuw|neu|top|m/f)(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    // trailing "in Aachen", "te Venlo", "à Liège", "Raum Aachen", "regio Venlo", "bij Bakkerij Jansen B.V.", "bei Aldi", "chez X", "at Google"
    [GeneratedRegex(@"\s+(?:(?:in|te|à|near|[Rr]aum|[Rr]egio|[Rr]egion|[Rr]égion|[Oo]mgeving|nabij|bij|bei|chez|at|@)\s+(?:de[rnm]?\s+|het\s+|la\s+|le\s+|the\s+)?\p{Lu}[\p{L}\d\-'&.]*(?:\s+(?:\p{Lu}[\p{L}\d\-'&.]*|&|und|en|et|an\s+der|am|aan\s+de|sur|b\.?v\.?|gmbh|ag|nv|sa|kg|se))*|(?:bij|bei|chez|at)\s+(?:ons|uns|nous|us)\b.*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPlaceOrCompany();

    [GeneratedRegex(@"^(?:raum|regio|region|omgeving)\s+\p{Lu}[\p{L}\-]*\s*[:\-–|]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingRegion();

    // segment separators: " - ", " – ", " | ", " · ", ", ", ": " (specialisations, places, companies)
    [GeneratedRegex(@"\s+[-–—|·•]\s+|\s*[|•·]\s*|,\s+|:\s+|\s[–—]|[–—]\s", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    // alternatives: "Beikoch / Küchenhilfe", "Elektriker/Elektroniker", "Soudeur/Soudeuse": the first one is kept
    [GeneratedRegex(@"(?<=\p{L}{3}\.?)\s*/\s*(?=\p{L}{3})[^-–—|·•,:]*", RegexOptions.CultureInvariant)]
    private static partial Regex Alternatives();

    // "Schweißer in – Kevelaer" once "Vollzeit" is gone
    [GeneratedRegex(@"\s+(?:in|im|en|à|te|op|bei|bij|für|voor|pour)(?=\s*(?:$|[-–—|,/]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DanglingPreposition();

    // a welding process pair standing alone ("Schweißer MIG/MAG") qualifies the title; "MIG/MAG-lasser" is a label
    [GeneratedRegex(@"(?<![\p{L}\d-])mig\s*/\s*mag(?![\p{L}\d-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeldingProcesses();

    [GeneratedRegex(@"[!?""“”„«»#*+=~^<>{}\[\]();]+", RegexOptions.CultureInvariant)]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
