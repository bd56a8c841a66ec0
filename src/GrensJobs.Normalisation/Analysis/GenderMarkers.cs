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
        AnalyzerLanguage.German => GermanPattern().Replace(text, Replacement),
        AnalyzerLanguage.Neutral => NeutralPattern().Replace(text, Replacement),
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

    private const string Replacement = "${keep} ";

    private const string Marker = @"(?<keep>)\(?\s*\b(?i:[mwdvxhf])\s*[/|]\s*(?i:[mwdvxhf])(?:\s*[/|]\s*(?i:[mwdvxhf]))?\b\s*\)?";

    /// <summary>"Schweißer/in", "Schweißer/-in", "Mitarbeiter*innen", "Lehrer:in", "Fahrer_innen".</summary>
    private const string SeparatorSuffix = @"(?<keep>\p{L}{2})[/*:_]-?(?i:in(?:nen)?)\b";

    /// <summary>"MitarbeiterIn", "MitarbeiterInnen": a capital I after a lower-case letter.</summary>
    private const string BinnenI = @"(?<keep>\p{Ll})In(?:nen)?\b";

    private const string HyphenSuffix = @"(?<keep>\p{L}{2})-in(?:nen)?\b";
}
