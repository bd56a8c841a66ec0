using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// Runs the filters behind a tokenizer through a memory: each word the tokenizer gives is looked up, and only a word
/// not seen before goes through the filters. Vacancy text repeats a few thousand words endlessly, so the work of the
/// filters (lower-casing, stop words, decompounding, stemming, folding) becomes a look-up per word. The terms are the
/// filters' own: a dropped word stays dropped, its position skipped as the stop filter skips it; the parts of a
/// compound follow the word at its position. This holds because every filter of the chain looks at one word at a
/// time (duplicate removal at one position is within a word). One filter belongs to one thread's chain (Lucene reuses
/// a chain per thread), so the memory needs no lock; it is emptied when full.
/// </summary>
internal sealed class CachedChainFilter : TokenFilter
{
    /// <summary>Words remembered per chain (the common words of a language; a few MB when full).</summary>
    private const int MaxWords = 32_768;

    private readonly WordStream _word = new();
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _chainTerm;
    private readonly IPositionIncrementAttribute _chainPosition;
    private readonly Dictionary<string, ChainTerm[]> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChainTerm[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private ChainTerm[] _pending = [];
    private int _next;
    private int _skippedPositions;

    /// <param name="input">The tokenizer.</param>
    /// <param name="chain">Builds the filters on a stream of one word.</param>
    public CachedChainFilter(TokenStream input, Func<TokenStream, TokenStream> chain)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(chain);
        _chain = chain(_word);
        _chainTerm = _chain.AddAttribute<ICharTermAttribute>();
        _chainPosition = _chain.AddAttribute<IPositionIncrementAttribute>();
        _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < _pending.Length)
        {
            // A part of the compound before: at the word's position (the chain gave it an increment of 0).
            var part = _pending[_next++];
            _term.CopyBuffer(part.Text, 0, part.Text.Length);
            _position.PositionIncrement = part.PositionIncrement;
            return true;
        }

        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (!_lookup.TryGetValue(word, out var terms))
            {
                terms = Remember(word);
            }

            if (terms.Length == 0)
            {
                _skippedPositions += _position.PositionIncrement;
                continue;
            }

            _pending = terms;
            _next = 1;
            _term.CopyBuffer(terms[0].Text, 0, terms[0].Text.Length);
            _position.PositionIncrement += _skippedPositions;
            _skippedPositions = 0;
            return true;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        _position.PositionIncrement += _skippedPositions;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _next = 0;
        _skippedPositions = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _chain.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Runs <paramref name="word"/> through the chain and remembers its terms (none: dropped).</summary>
    private ChainTerm[] Remember(ReadOnlySpan<char> word)
    {
        _word.Set(word);
        _chain.Reset();
        var terms = new List<ChainTerm>(1);
        while (_chain.IncrementToken())
        {
            terms.Add(new ChainTerm(_chainTerm.Buffer.AsSpan(0, _chainTerm.Length).ToArray(), _chainPosition.PositionIncrement));
        }

        _chain.End();
        if (_terms.Count >= MaxWords)
        {
            _terms.Clear();
        }

        var remembered = terms.ToArray();
        _lookup[word] = remembered;
        return remembered;
    }

    private readonly record struct ChainTerm(char[] Text, int PositionIncrement);

    /// <summary>A token stream of one word, set before each run of the chain.</summary>
    private sealed class WordStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private char[] _word = new char[32];
        private int _length;
        private bool _given;

        public WordStream() => _term = AddAttribute<ICharTermAttribute>();

        public void Set(ReadOnlySpan<char> word)
        {
            if (word.Length > _word.Length)
            {
                _word = new char[word.Length * 2];
            }

            word.CopyTo(_word);
            _length = word.Length;
        }

        public override bool IncrementToken()
        {
            if (_given)
            {
                return false;
            }

            ClearAttributes();
            _term.CopyBuffer(_word, 0, _length);
            _given = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _given = false;
        }
    }
}
