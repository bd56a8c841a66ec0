using GrensJobs.Core.Text;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Core.Dedup;

/// <summary>
/// What decides whether two vacancies are the same job reached through different sources (the employer's site, an
/// ATS feed, the Bundesagentur): the same occupation at the same place (<see cref="Key"/>, the blocking key the store
/// looks candidates up by), a compatible employer name, and a similar text (a 64-bit SimHash over word shingles of
/// title and text).
/// </summary>
public sealed record DuplicateSignature(string Key, string? EmployerKey, ulong SimHash)
{
    /// <summary>Most differing SimHash bits for texts to count as the same posting (reworded boilerplate, other markup).</summary>
    public const int MaxDistance = 18;

    /// <summary>The signature, or null when the vacancy has no place (nothing to block on, so it is never merged).</summary>
    public static DuplicateSignature? Of(Vacancy vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var place = vacancy.Location?.Place;
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        var occupation = vacancy.Occupation?.Isco ?? "t:" + FirstWord(TextFolding.Fold(vacancy.Title));
        var key = string.Concat(occupation, "|", TextFolding.Fold(place), "|", vacancy.Location!.Country ?? "");
        return new DuplicateSignature(key, EmployerNames.Key(vacancy.Employer), SimHasher.Hash(vacancy.Title, vacancy.Text));
    }

    /// <summary>True when <paramref name="other"/> (with the same key) is the same job.</summary>
    public bool Matches(DuplicateSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(Key, other.Key, StringComparison.Ordinal)
            && EmployerNames.Compatible(EmployerKey, other.EmployerKey)
            && Distance(other) <= MaxDistance;
    }

    /// <summary>Number of differing SimHash bits.</summary>
    public int Distance(DuplicateSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return System.Numerics.BitOperations.PopCount(SimHash ^ other.SimHash);
    }

    private static string FirstWord(string folded)
    {
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? folded : folded[..space];
    }
}
