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
    /// long text, one pass of the regular expression over the string instead of the char filter's buffering.
    /// </summary>
    public static string Remove(string text, AnalyzerLanguage language) => language switch
    {
        AnalyzerLanguage.German => GermanTextPattern().Replace(text, " "),
        AnalyzerLanguage.Neutral => NeutralTextPattern().Replace(text, " "),
        // A marker needs a slash or a bar: most Dutch, French and English descriptions have none.
        _ => text.AsSpan().IndexOfAny('/', '|') < 0 ? text : MarkerPattern().Replace(text, Replacement),
    };

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
    /// <see cref="GermanPattern"/> for a whole string: the letters before a suffix are a look-behind instead of a
    /// group written back, so that a match can only start at a slash, bar, star, colon, underscore, hyphen, "In" or a
    /// marker letter — the engine skips to those instead of trying every letter of a long description.
    /// </summary>
    [GeneratedRegex(Marker + "|" + SeparatorSuffixAfter + "|" + BinnenIAfter + "|" + HyphenSuffixAfter, RegexOptions.CultureInvariant)]
    private static partial Regex GermanTextPattern();

    /// <summary><see cref="NeutralPattern"/> for a whole string, as <see cref="GermanTextPattern"/>.</summary>
    [GeneratedRegex(Marker + "|" + SeparatorSuffixAfter + "|" + BinnenIAfter, RegexOptions.CultureInvariant)]
    private static partial Regex NeutralTextPattern();

    private const string Replacement = "${keep} ";

    private const string Marker = @"(?<keep>)\(?\s*\b(?i:[mwdvxhf])\s*[/|]\s*(?i:[mwdvxhf])(?:\s*[/|]\s*(?i:[mwdvxhf]))?\b\s*\)?";

    /// <summary>"Schweißer/in", "Schweißer/-in", "Mitarbeiter*innen", "Lehrer:in", "Fahrer_innen".</summary>
    private const string SeparatorSuffix = @"(?<keep>\p{L}{2})[/*:_]-?(?i:in(?:nen)?)\b";

    /// <summary>"MitarbeiterIn", "MitarbeiterInnen": a capital I after a lower-case letter.</summary>
    private const string BinnenI = @"(?<keep>\p{Ll})In(?:nen)?\b";

    private const string HyphenSuffix = @"(?<keep>\p{L}{2})-in(?:nen)?\b";

    private const string SeparatorSuffixAfter = @"(?<=\p{L}{2})[/*:_]-?(?i:in(?:nen)?)\b";

    private const string BinnenIAfter = @"(?<=\p{Ll})In(?:nen)?\b";

    private const string HyphenSuffixAfter = @"(?<=\p{L}{2})-in(?:nen)?\b";
}
