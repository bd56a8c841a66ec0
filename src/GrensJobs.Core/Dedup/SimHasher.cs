using GrensJobs.Core.Text;

namespace GrensJobs.Core.Dedup;

/// <summary>
/// Charikar's SimHash over word 3-shingles of the folded title and text: near-identical texts get fingerprints a few
/// bits apart, unrelated texts about 32. Words are hashed with 64-bit FNV-1a (stable across processes and versions,
/// unlike <see cref="string.GetHashCode()"/>), so stored fingerprints stay comparable.
/// </summary>
public static class SimHasher
{
    private const int ShingleSize = 3;
    private const int MaxWords = 2_000;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static ulong Hash(string title, string? text)
    {
        ArgumentNullException.ThrowIfNull(title);
        var words = TextFolding.Fold(string.Concat(title, " ", text))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = Math.Min(words.Length, MaxWords);
        Span<int> weights = stackalloc int[64];
        if (count < ShingleSize)
        {
            for (var i = 0; i < count; i++)
            {
                Add(weights, HashWord(FnvOffset, words[i]));
            }
        }

        for (var i = 0; i + ShingleSize <= count; i++)
        {
            var hash = FnvOffset;
            for (var j = 0; j < ShingleSize; j++)
            {
                hash = HashWord(hash, words[i + j]);
                hash = (hash ^ ' ') * FnvPrime;
            }

            Add(weights, Mix(hash));
        }

        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return fingerprint;
    }

    private static void Add(Span<int> weights, ulong hash)
    {
        for (var bit = 0; bit < 64; bit++)
        {
            weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
        }
    }

    private static ulong HashWord(ulong hash, string word)
    {
        foreach (var c in word)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    /// <summary>A final avalanche (splitmix64) so that the bits of similar shingles are independent.</summary>
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EB;
        return value ^ (value >> 31);
    }
}
