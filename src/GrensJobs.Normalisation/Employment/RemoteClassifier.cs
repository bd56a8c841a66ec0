using System.Buffers;
using System.Text.RegularExpressions;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Employment;

/// <summary>
/// Where the work is done, only when the vacancy says so: a negation ("kein Homeoffice", "geen thuiswerk",
/// "pas de télétravail", "no remote") → onsite; fully remote phrases → remote; partial home working → hybrid;
/// an explicit on-site phrase ("op locatie", "vor Ort", "sur site", "on-site") → onsite; otherwise null.
/// A bare "remote" counts only in the title ("Remote Java-Entwickler"), where it names the job.
/// </summary>
internal static partial class RemoteClassifier
{
    /// <summary>Every pattern below contains one of these words; a text without any of them is decided at once.</summary>
    private static readonly SearchValues<string> Cues = SearchValues.Create(
        ["remote", "home", "thuis", "hybri", "télétravail", "locatie", "ort", "site", "office", "afstand", "huis",
         "présentiel", "präsenz", "mobil", "anywhere", "telearbeit", "kantoor"],
        StringComparison.OrdinalIgnoreCase);

    public static RemoteMode? Classify(string title, string text)
    {
        foreach (var source in (ReadOnlySpan<string?>)[title, text])
        {
            if (string.IsNullOrEmpty(source) || source.AsSpan().IndexOfAny(Cues) < 0)
            {
                continue;
            }

            if (Negated().IsMatch(source))
            {
                return RemoteMode.Onsite;
            }

            if (FullyRemote().IsMatch(source))
            {
                return RemoteMode.Remote;
            }

            if (Hybrid().IsMatch(source))
            {
                return RemoteMode.Hybrid;
            }
        }

        if (!string.IsNullOrEmpty(title) && BareRemote().IsMatch(title))
        {
            return RemoteMode.Remote;
        }

        foreach (var source in (ReadOnlySpan<string?>)[title, text])
        {
            if (!string.IsNullOrEmpty(source) && source.AsSpan().IndexOfAny(Cues) >= 0 && Onsite().IsMatch(source))
            {
                return RemoteMode.Onsite;
            }
        }

        return null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bkein(?:e|en)?\s+(?:Home[-\s]?office|Remote|mobiles?\s+Arbeiten|Telearbeit)|\bHome[-\s]?office\s+(?:ist\s+)?(?:leider\s+)?nicht\s+möglich|\bgeen\s+(?:mogelijkheid\s+(?:tot|om)\s+)?(?:thuis\s?werk(?:en)?|remote)|\bthuiswerken\s+is\s+(?:helaas\s+)?niet\s+mogelijk|\bniet\s+(?:op\s+afstand|vanuit\s+huis|thuis)\s+(?:te\s+)?werken|\bpas\s+de\s+télétravail|\btélétravail\s+(?:n['’]est\s+)?(?:pas|non)\s+(?:possible|autorisé)|\bno\s+remote|\bnot\s+(?:a\s+)?remote|\bremote\s+(?:work\s+)?is\s+not\s+possible|\b(?:on-?site|office)[-\s]only\b|\b100\s?%\s+(?:on-?site|op\s+locatie|vor\s+Ort|sur\s+site|présentiel)|\bin\s+Präsenz\b", Options)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\b100\s?%\s+(?:remote|thuis(?:werken)?|télétravail|Home[-\s]?office|mobil)|\bvolledig\s+(?:remote|thuis|vanuit\s+huis|op\s+afstand)|\b(?:vollständig|komplett|ausschließlich|voll)\s+(?:remote|im\s+Home[-\s]?office|aus\s+dem\s+Home[-\s]?office|mobil)|\bfull[-\s]?remote\b|\bfully\s+remote|\bremote[-\s](?:first|only)\b|\b(?:100\s?%\s+)?télétravail\s+(?:complet|total|intégral|à\s+100)|\bfull\s+télétravail|\bwork\s+from\s+anywhere|\bRemote[-\s]?Stelle\b", Options)]
    private static partial Regex FullyRemote();

    [GeneratedRegex(@"\bhybride?\b|\bhybrid(?:es|en)?\s+(?:werken|Arbeiten|work)|\b[1-4]\s+(?:à\s+[1-4]\s+)?(?:dag(?:en)?|Tage?n?|jours?|days?)\s+(?:per\s+week\s+|pro\s+Woche\s+|par\s+semaine\s+|a\s+week\s+|in\s+der\s+Woche\s+)?(?:thuis|vanuit\s+huis|Home[-\s]?office|mobil|de\s+télétravail|en\s+télétravail|remote|from\s+home)|\b(?:deels|gedeeltelijk|soms)\s+(?:thuis|vanuit\s+huis|remote)|\bthuis\s?werk(?:en)?\s+(?:is\s+)?(?:mogelijk|bespreekbaar)|\bthuiswerk(?:mogelijkheden|mogelijkheid|dag(?:en)?|vergoeding|regeling)|\bHome[-\s]?office[-\s]?(?:Möglichkeit|Option|Tage?|Anteil|Regelung|möglich)|\bmöglichkeit\s+(?:zum|für|auf)\s+(?:Home[-\s]?office|mobiles\s+Arbeiten|Remote)|\bmobile[sn]?\s+Arbeit(?:en)?\b|\bRemote[-\s]?Anteil|\bteilweise\s+(?:remote|im\s+Home[-\s]?office|mobil)|\btélétravail\s+(?:partiel|possible|occasionnel|\d)|\bjours?\s+de\s+télétravail|\bwork(?:ing)?\s+from\s+home\s+(?:\d|options?|possible|days?)|\bremote\s+(?:work\s+)?(?:is\s+)?possible|\bpartially\s+remote|\bpart(?:ly|ially)\s+from\s+home", Options)]
    private static partial Regex Hybrid();

    [GeneratedRegex(@"\bremote\b", Options)]
    private static partial Regex BareRemote();

    [GeneratedRegex(@"\bop\s+locatie\b|\bvor\s+Ort\b|\bsur\s+site\b|\bon[-\s]?site\b|\bin\s+office\b|\bop\s+kantoor\s+aanwezig|\ben\s+présentiel", Options)]
    private static partial Regex Onsite();
}
