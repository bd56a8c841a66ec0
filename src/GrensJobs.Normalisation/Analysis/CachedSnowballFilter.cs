using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Util;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// Lucene's <c>SnowballFilter</c> with a memory of the words it has stemmed: the same terms, but a word seen before is
/// looked up instead of run through the stemmer again. Vacancy text repeats a few thousand words endlessly, and the
/// Snowball Dutch stemmer cost a seventh of the whole indexing time; with the memory it is a dictionary look-up. One
/// filter belongs to one thread's chain (Lucene reuses a chain per thread), so the memory needs no lock; it is
/// emptied when full.
/// </summary>
internal sealed class CachedSnowballFilter : TokenFilter
{
    /// <summary>Words remembered per chain (the common words of a language; ~1 MB).</summary>
    private const int MaxWords = 16_384;

    private readonly SnowballProgram _stemmer;
    private readonly CharArrayDictionary<char[]> _stems = new(LuceneVersion.LUCENE_48, 1_024, ignoreCase: false);
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public CachedSnowballFilter(TokenStream input, SnowballProgram stemmer)
        : base(input)
    {
        _stemmer = stemmer;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword)
        {
            return true;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (_stems.TryGetValue(buffer, 0, length, out var known))
        {
            _term.CopyBuffer(known, 0, known.Length);
            return true;
        }

        var word = buffer.AsSpan(0, length).ToArray();
        _stemmer.SetCurrent(buffer, length);
        _stemmer.Stem();
        var stem = _stemmer.CurrentBuffer.AsSpan(0, _stemmer.CurrentBufferLength).ToArray();
        if (_stems.Count >= MaxWords)
        {
            _stems.Clear();
        }

        _stems.Put(word, stem, out _);
        _term.CopyBuffer(stem, 0, stem.Length);
        return true;
    }
}
