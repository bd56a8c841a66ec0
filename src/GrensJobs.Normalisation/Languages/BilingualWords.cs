using System.Collections.Frozen;

namespace GrensJobs.Normalisation.Languages;

/// <summary>Folded "bilingual" words that make a line worth reading even without a language name.</summary>
internal static class BilingualWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        ["tweetalig", "tweetalige", "zweisprachig", "zweisprachige", "zweisprachigen", "bilingue", "bilingues",
         "bilingual", "drietalig", "drietalige", "dreisprachig", "dreisprachige", "trilingue", "trilingual"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> folded) => Lookup.Contains(folded);
}
