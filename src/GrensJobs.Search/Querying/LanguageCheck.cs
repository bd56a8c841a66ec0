using GrensJobs.Core.Languages;
using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GrensJobs.Search.Querying;

/// <summary>
/// The exact <c>--speaks</c> rule per document: every required language (with the implicit posting-language B1 of
/// <see cref="RequiredLanguages"/>) must be spoken at its level or higher; a null level asks for any level.
/// Per segment the distinct requirement terms are judged once, so a document costs a few ordinal reads.
/// </summary>
internal sealed class LanguageCheck(IReadOnlyDictionary<string, CefrLevel> speaks)
{
    private SortedSetDocValues? _values;
    private bool[] _unmet = [];

    public void SetNextReader(AtomicReader reader)
    {
        _values = reader.GetSortedSetDocValues(FieldNames.Requirements);
        if (_values is null)
        {
            _unmet = [];
            return;
        }

        _unmet = new bool[(int)_values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < _unmet.Length; ord++)
        {
            _values.LookupOrd(ord, term);
            var (language, level) = RequiredLanguages.ParseTerm(term.Utf8ToString());
            _unmet[ord] = !speaks.TryGetValue(language, out var spoken) || (int)spoken < level;
        }
    }

    public bool Accepts(int doc)
    {
        if (_values is null)
        {
            return true;
        }

        _values.SetDocument(doc);
        long ord;
        while ((ord = _values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            if (_unmet[ord])
            {
                return false;
            }
        }

        return true;
    }
}
