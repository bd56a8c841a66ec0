using System.Text.RegularExpressions;
using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

internal sealed partial class TitleCleaner
{
    private const int MaxPairWords = 3;

    /// <summary>
    /// "Soudeur / Soudeuse en tuyauterie" → "Soudeur en tuyauterie",
    /// "Employé administratif / Employée administrative" → "Employé administratif", "Vendeur/Vendeuse en boulangerie"
    /// → "Vendeur en boulangerie": the feminine half is dropped and the words after it (the qualifier both halves
    /// share) are kept.
    /// </summary>
    internal static string CollapseGenderPairs(string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var slash = text.IndexOf('/', from);
            if (slash <= 0 || slash == text.Length - 1)
            {
                return text;
            }

            var left = text[..slash].TrimEnd();
            var right = text[(slash + 1)..].TrimStart();
            var leftWords = left.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var rightWords = right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var paired = PairedWords(leftWords, rightWords);
            if (paired == 0)
            {
                from = slash + 1;
                continue;
            }

            var rest = string.Join(' ', rightWords, paired, rightWords.Length - paired);
            text = rest.Length == 0 ? left : left + " " + rest;
            from = left.Length;
        }

        return text;
    }

    /// <summary>How many words at the end of the left half pair with the first words of the right half as their other gender (0: none).</summary>
    private static int PairedWords(string[] left, string[] right)
    {
        for (var m = Math.Min(MaxPairWords, Math.Min(left.Length, right.Length)); m >= 1; m--)
        {
            var all = true;
            for (var j = 0; j < m && all; j++)
            {
                all = IsOtherGender(left[left.Length - m + j], right[j], strict: j == 0);
            }

            if (all)
            {
                return m;
            }
        }

        return 0;
    }

    /// <summary>"soudeur"/"soudeuse", "vendeur"/"vendeuse", "Verkäufer"/"Verkäuferin": one word stem, two endings.</summary>
    private static bool IsOtherGender(string a, string b, bool strict)
    {
        var x = TextFolding.Fold(a);
        var y = TextFolding.Fold(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (x == y)
        {
            return !strict;
        }

        var prefix = 0;
        while (prefix < x.Length && prefix < y.Length && x[prefix] == y[prefix])
        {
            prefix++;
        }

        return prefix >= 3 && prefix >= x.Length - 3 && y.Length >= x.Length - 1 && y.Length <= x.Length + 5;
    }

    // Austrian and German bracketed endings: "Hotelangestellt(er)e" → "Hotelangestellter", "Bürogehilf(e)in" → "Bürogehilfe"
    [GeneratedRegex(@"(?<=\p{L})(?:\((er|r)\)(?:e|in)?|\((e)\)in)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex GenderBracketEnding();

    // "Biologe/-login", "Elektroinstallateur/-monteur": a second compound tail after "/-"
    [GeneratedRegex(@"(?<=\p{L})\s*/\s*-\s*\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex SlashTail();
}
