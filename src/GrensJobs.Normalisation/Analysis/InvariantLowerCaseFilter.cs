using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// Lower-cases terms with the invariant culture, in place: the terms of Lucene's <c>LowerCaseFilter</c> for every
/// character of the Basic Multilingual Plane (letters outside it, which have no case in vacancy text, stay as they
/// are), without its per-code-point case mapping calls — an ASCII letter is lower-cased with one bit.
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
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
            else if (!char.IsSurrogate(c))
            {
                buffer[i] = char.ToLowerInvariant(c);
            }
        }

        return true;
    }
}
