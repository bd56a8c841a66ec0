using System.Text;
using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Strips what employers add around an occupation in a vacancy title: gender markers, seniority and employment
/// terms, hours, salary, places, company names and punctuation. "Schweißer (m/w/d) in Vollzeit – Kevelaer" →
/// "Schweißer". A trailing segment after a dash is kept only when its words are occupation words (the
/// Bundesagentur's "Fachkraft - Lagerlogistik" → "Fachkraft für Lagerlogistik"), so places and companies go.
/// </summary>
internal sealed partial class TitleCleaner
{
    private readonly Func<string, bool> _isOccupationWord;

    /// <param name="isOccupationWord">Whether a folded word belongs to occupation labels (see <see cref="LabelIndex.IsLabelWord"/>).</param>
    public TitleCleaner(Func<string, bool> isOccupationWord)
    {
        _isOccupationWord = isOccupationWord;
    }

    /// <summary>The occupation part of <paramref name="title"/>, in its own case; empty when nothing is left.</summary>
    public string Clean(string title, string? language = null)
    {
        var text = title.Replace('\u00A0', ' ').Replace('\u2011', '-').Trim();
        text = GenderParens().Replace(text, " ");
        text = GenderFrau().Replace(text, string.Empty);
        text = GenderSuffix().Replace(text, string.Empty);
        text = GenderBinnenI().Replace(text, string.Empty);
        text = GenderBracketEnding().Replace(text, "$1$2");
        text = GenderFrench().Replace(text, string.Empty);
        text = SlashTail().Replace(text, string.Empty);
        text = CollapseGenderPairs(text);
        text = GenderBare().Replace(text, " ");
        text = Salary().Replace(text, " ");
        text = Hours().Replace(text, " ");
        text = Parenthesised().Replace(text, " ");
        text = Noise().Replace(text, " ");
        text = WeldingProcesses().Replace(text, " ");
        text = Alternatives().Replace(text, string.Empty);
        text = DanglingPreposition().Replace(text, string.Empty);
        text = Spaces().Replace(text, " ").Trim();
        text = LeadingRegion().Replace(text, string.Empty);
        text = JoinSegments(text, language);
        text = TrailingPlaceOrCompany().Replace(text, string.Empty);
        text = Punctuation().Replace(text, " ");
        text = Spaces().Replace(text, " ").Trim(' ', '-', '–', '/', ',', '.', ':', '|', '&');
        return text;
    }

    private string JoinSegments(string text, string? language)
    {
        var segments = Separator().Split(text);
        var builder = new StringBuilder(text.Length);
        var first = true;
        foreach (var raw in segments)
        {
            var segment = raw.Trim(' ', '-', '–', '/', ',', '.', ':');
            if (segment.Length == 0)
            {
                continue;
            }

            if (first)
            {
                builder.Append(segment);
                first = false;
                continue;
            }

            if (!IsOccupational(segment) || IsGenderVariant(builder.ToString(), segment))
            {
                continue;
            }

            var head = builder.ToString();
            var isGermanHeadFirst = EscoLanguages.IndexOf(language) is 1 or -1
                && !head.Contains(' ', StringComparison.Ordinal)
                && char.IsUpper(segment[0]);
            builder.Append(isGermanHeadFirst ? " für " : " ").Append(segment);
        }

        return builder.ToString();
    }

    private bool IsOccupational(string segment)
    {
        var words = TextFolding.Fold(segment).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5)
        {
            return false;
        }

        var known = 0;
        var content = 0;
        foreach (var word in words)
        {
            if (word.Length >= 3)
            {
                content++;
                known += _isOccupationWord(word) ? 1 : 0;
            }
        }

        return known > 0 && known * 2 >= content;
    }

    /// <summary>"Soudeur / Soudeuse", "Verkäufer / Verkäuferin": the second is the first's other gender.</summary>
    private static bool IsGenderVariant(string head, string segment)
    {
        var a = TextFolding.Fold(head);
        var b = TextFolding.Fold(segment);
        var prefix = Math.Min(5, Math.Min(a.Length, b.Length));
        return prefix >= 4 && a.AsSpan(0, prefix).SequenceEqual(b.AsSpan(0, prefix));
    }
}
