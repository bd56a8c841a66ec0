using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// Lower-cases terms with the invariant culture, in place: the terms of Lucene's <c>LowerCaseFilter</c> for every
/// character of the Basic Multilingual Plane (letters outside it, which have no case in vacancy text, stay as they
/// are), without its per-code-point case mapping calls: an ASCII letter is lower-cased with one bit, any other
/// character through a table built once from <see cref="char.ToLowerInvariant"/> (which calls into ICU per character).
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private static readonly char[] Lower = BuildTable();

    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < 128)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    buffer[i] = (char)(c | 0x20);
                }
            }
            else
            {
                buffer[i] = Lower[c];
            }
        }

        return true;
    }

    /// <summary>The invariant lower case of every UTF-16 code unit; surrogates map to themselves.</summary>
    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.IsSurrogate((char)c) ? (char)c : char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
