using GrensJobs.Core.Text;

namespace GrensJobs.Core.Dedup;

/// <summary>
/// Employer names as sources write them differently ("Müller GmbH", "Müller Metallbau GmbH &amp; Co. KG",
/// "MÜLLER Metallbau"): folded, without legal forms; two names are compatible when the words of one are all in the
/// other.
/// </summary>
public static class EmployerNames
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "gmbh", "mbh", "ag", "kg", "co", "ohg", "gbr", "ug", "ek", "e", "k", "v", "ev", "se", "haftungsbeschrankt",
        "bv", "b", "nv", "n", "vof", "cv", "sa", "sprl", "srl", "bvba", "comm", "scrl", "asbl", "vzw", "cvba",
        "ltd", "inc", "llc", "plc", "und", "en", "et", "and", "the", "de", "der", "die", "het",
    };

    /// <summary>The folded words of the name without legal forms, space-separated; null when nothing is left.</summary>
    public static string? Key(string? employer)
    {
        if (string.IsNullOrWhiteSpace(employer))
        {
            return null;
        }

        var words = TextFolding.Fold(employer).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !LegalForms.Contains(word));
        var key = string.Join(' ', words);
        return key.Length == 0 ? null : key;
    }

    /// <summary>True when either name is unknown, or every word of the shorter name is in the longer one.</summary>
    public static bool Compatible(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return true;
        }

        var a = left.Split(' ');
        var b = right.Split(' ');
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.All(word => longer.Contains(word, StringComparer.Ordinal));
    }
}
