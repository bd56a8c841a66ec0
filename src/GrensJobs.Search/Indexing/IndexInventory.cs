using GrensJobs.Core.Vacancies;
using GrensJobs.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// The index compared with the store, vacancy by vacancy: every open vacancy of the store should be in the index once,
/// as open, and nothing else should be open there. What a person (or a test) runs to prove the index is a faithful view.
/// </summary>
public sealed record IndexInventory(long OpenInStore, long OpenInIndex, long Documents, IReadOnlyList<string> Missing, IReadOnlyList<string> Duplicated, IReadOnlyList<string> Stale)
{
    private const int ListedAtMost = 20;

    /// <summary>Whether the index holds exactly the store's open vacancies, each once.</summary>
    public bool Matches => Missing.Count == 0 && Duplicated.Count == 0 && Stale.Count == 0 && OpenInStore == OpenInIndex;

    /// <summary>
    /// Compares the last refreshed state of <paramref name="index"/> with the store as it is now (so nothing may write
    /// meanwhile for the answer to be exact). Keys are listed as <c>source/id</c>, at most 20 of each kind.
    /// </summary>
    public static async Task<IndexInventory> TakeAsync(VacancyIndex index, IVacancyStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(store);
        var (openInIndex, documents) = OpenKeys(index);
        var missing = new List<string>();
        var duplicated = new List<string>();
        long openInStore = 0;
        var after = 0L;
        while (true)
        {
            var read = 0;
            await foreach (var stored in store.ReadChangesAsync(after, 5_000, cancellationToken).ConfigureAwait(false))
            {
                read++;
                after = stored.Sequence;
                var key = VacancyDocument.KeyOf(stored.Vacancy.Source, stored.Vacancy.Id);
                if (stored.Status != VacancyStatus.Open)
                {
                    continue;
                }

                openInStore++;
                if (!openInIndex.Remove(key, out var count))
                {
                    Add(missing, key);
                }
                else if (count > 1)
                {
                    Add(duplicated, key);
                }
            }

            if (read == 0)
            {
                break;
            }
        }

        var stale = openInIndex.Keys.Take(ListedAtMost).Select(Readable).ToList();
        return new IndexInventory(openInStore, openInStore - missing.Count + openInIndex.Count, documents, missing, duplicated, stale);
    }

    /// <summary>"12,345 open vacancies in the store and the index, each once" or what differs.</summary>
    public override string ToString() => Matches
        ? $"{OpenInStore:N0} open vacancies in the store and in the index, each once ({Documents:N0} documents with the expired ones)"
        : $"the index differs from the store: {OpenInStore:N0} open in the store, {OpenInIndex:N0} in the index; "
          + $"missing {string.Join(", ", Missing)}; duplicated {string.Join(", ", Duplicated)}; open in the index only {string.Join(", ", Stale)}";

    private static void Add(List<string> list, string key)
    {
        if (list.Count < ListedAtMost)
        {
            list.Add(Readable(key));
        }
    }

    private static string Readable(string key) => key.Replace('\u001f', '/');

    /// <summary>Every live open document's key with how many live open documents carry it, and the live document count.</summary>
    private static (Dictionary<string, int> Keys, long Documents) OpenKeys(VacancyIndex index)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        using var lease = index.Acquire();
        var open = new BytesRef(VacancyDocument.StatusName(VacancyStatus.Open));
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var live = reader.LiveDocs;
            var isOpen = new FixedBitSet(reader.MaxDoc);
            var statuses = reader.GetTerms(FieldNames.Status)?.GetEnumerator();
            if (statuses is null || !statuses.SeekExact(open))
            {
                continue;
            }

            DocsEnum? docs = statuses.Docs(live, null);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                isOpen.Set(doc);
            }

            var terms = reader.GetTerms(FieldNames.Key)?.GetEnumerator();
            while (terms is not null && terms.MoveNext())
            {
                docs = terms.Docs(live, docs);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (isOpen.Get(doc))
                    {
                        var key = terms.Term.Utf8ToString();
                        keys[key] = keys.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        return (keys, lease.Searcher.IndexReader.NumDocs);
    }
}
