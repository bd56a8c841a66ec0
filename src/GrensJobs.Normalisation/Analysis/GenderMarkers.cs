using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Pattern;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// Removes gender markers before tokenising: "(m/w/d)", "m/w/d", "(m/v/x)", "(h/f/x)", "(w/m/d)" everywhere, and the
/// German gender suffixes "/in", "/-in", "*in", ":in", "_in", "-in", "*innen" and the Binnen-I ("MitarbeiterInnen").
/// </summary>
internal static partial class GenderMarkers
{
    /// <summary>Wraps <paramref name="reader"/> in a char filter that blanks the language's gender forms.</summary>
    /// <remarks>
    /// One filter per language: the markers and suffixes are replaced by a space, which ends the word. The letters
    /// before a suffix are matched as group <c>keep</c> and written back: the char filter matches on a window of the
    /// text, in which look-behinds do not see the preceding letters.
    /// </remarks>
    public static TextReader Wrap(TextReader reader, AnalyzerLanguage language) => language switch
    {
        AnalyzerLanguage.German => new PatternReplaceCharFilter(GermanPattern(), Replacement, reader),
        AnalyzerLanguage.Neutral => new PatternReplaceCharFilter(NeutralPattern(), Replacement, reader),
        _ => new PatternReplaceCharFilter(MarkerPattern(), Replacement, reader),
    };

    /// <summary>
    /// The text with the language's gender forms blanked, as <see cref="Wrap"/> would pass it to the tokenizer: for
    /// long text, instead of the char filter's buffering, <see cref="GermanText"/> (and the others) matched where a
    /// gender form can be, and each match replaced by a space.
    /// </summary>
    /// <remarks>
    /// Every gender form holds one of a few rare characters: a slash or a bar (markers), a star, colon, underscore
    /// or hyphen (suffixes), or "In" (the Binnen-I). These are found with a vectorised search, and the expression is
    /// tried, anchored, only where a match holding them can begin: for a slash or bar also just before it, back over
    /// the marker letter, spaces and the opening bracket. Matches are the ones a scan of the whole string finds (the
    /// expression still sees the whole string for word boundaries and look-behinds), for a fraction of the work: a
    /// scan tries every letter that can begin a marker.
    /// </remarks>
    public static string Remove(string text, AnalyzerLanguage language) => language switch
    {
        AnalyzerLanguage.German => Replace(text, GermanTextAt(), SuffixAnchors),
        AnalyzerLanguage.Neutral => Replace(text, NeutralTextAt(), SuffixAnchors),
        _ => Replace(text, MarkerAt(), MarkerAnchors),
    };

    private static readonly SearchValues<char> MarkerAnchors = SearchValues.Create("/|");

    private static readonly SearchValues<char> SuffixAnchors = SearchValues.Create("/|*:_-I");

    private static string Replace(string text, Regex anchored, SearchValues<char> anchors)
    {
        StringBuilder? result = null;
        var copied = 0;
        var next = 0;
        while (next < text.Length)
        {
            var found = text.AsSpan(next).IndexOfAny(anchors);
            if (found < 0)
            {
                break;
            }

            var anchor = next + found;
            next = anchor + 1;
            var first = text[anchor] is '/' or '|' ? Math.Max(MarkerStart(text, anchor), copied) : anchor;
            for (var start = first; start <= anchor; start++)
            {
                var match = anchored.Match(text, start);
                if (match.Success)
                {
                    result ??= new StringBuilder(text.Length);
                    result.Append(text, copied, start - copied).Append(' ');
                    copied = next = start + match.Length;
                    break;
                }
            }
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Where a marker around the slash or bar at <paramref name="slash"/> can begin: "(", spaces, its letter, spaces.</summary>
    private static int MarkerStart(string text, int slash)
    {
        var start = slash;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        if (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return start > 0 && text[start - 1] == '(' ? start - 1 : start;
    }

    /// <summary>"(m/w/d)", "m/w/d", "(m/v/x)", "(h/f/x)", "(w/m/d)", "(m/w)", "(m|w|d)".</summary>
    [GeneratedRegex(Marker, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();

    /// <summary>Markers, separator suffixes and the Binnen-I.</summary>
    [GeneratedRegex(Marker + "|" + SeparatorSuffix + "|" + BinnenI, RegexOptions.CultureInvariant)]
    private static partial Regex NeutralPattern();

    /// <summary>Markers, separator suffixes, the Binnen-I and hyphen suffixes ("Fahrer-in"; elsewhere "check-in" is a word).</summary>
    [GeneratedRegex(Marker + "|" + SeparatorSuffix + "|" + BinnenI + "|" + HyphenSuffix, RegexOptions.CultureInvariant)]
    private static partial Regex GermanPattern();

    /// <summary>
    /// <see cref="GermanPattern"/> for long text: the letters before a suffix are a look-behind instead of a group
    /// written back, so that every match begins at a marker or holds the anchor it is found by (see <see cref="Remove"/>).
    /// </summary>
    internal const string GermanText = Marker + "|" + SeparatorSuffixAfter + "|" + BinnenIAfter + "|" + HyphenSuffixAfter;

    /// <summary><see cref="NeutralPattern"/> for long text, as <see cref="GermanText"/>.</summary>
    internal const string NeutralText = Marker + "|" + SeparatorSuffixAfter + "|" + BinnenIAfter;

    /// <summary><see cref="GermanText"/>, matched only where it is tried.</summary>
    [GeneratedRegex(@"\G(?:" + GermanText + ")", RegexOptions.CultureInvariant)]
    private static partial Regex GermanTextAt();

    /// <summary><see cref="NeutralText"/>, matched only where it is tried.</summary>
    [GeneratedRegex(@"\G(?:" + NeutralText + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NeutralTextAt();

    /// <summary><see cref="Marker"/>, matched only where it is tried.</summary>
    [GeneratedRegex(@"\G(?:" + Marker + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerAt();

    private const string Replacement = "${keep} ";

    internal const string Marker = @"(?<keep>)\(?\s*\b(?i:[mwdvxhf])\s*[/|]\s*(?i:[mwdvxhf])(?:\s*[/|]\s*(?i:[mwdvxhf]))?\b\s*\)?";

    /// <summary>"Schweißer/in", "Schweißer/-in", "Mitarbeiter*innen", "Lehrer:in", "Fahrer_innen".</summary>
    private const string SeparatorSuffix = @"(?<keep>\p{L}{2})[/*:_]-?(?i:in(?:nen)?)\b";

    /// <summary>"MitarbeiterIn", "MitarbeiterInnen": a capital I after a lower-case letter.</summary>
    private const string BinnenI = @"(?<keep>\p{Ll})In(?:nen)?\b";

    private const string HyphenSuffix = @"(?<keep>\p{L}{2})-in(?:nen)?\b";

    private const string SeparatorSuffixAfter = @"(?<=\p{L}{2})[/*:_]-?(?i:in(?:nen)?)\b";

    private const string BinnenIAfter = @"(?<=\p{Ll})In(?:nen)?\b";

    private const string HyphenSuffixAfter = @"(?<=\p{L}{2})-in(?:nen)?\b";
}
