using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace GrensJobs.Search.Querying;

/// <summary>
/// Runs searches against a <see cref="VacancyIndex"/>: words (cross-language through occupation concepts), filters,
/// radius, <c>--speaks</c>, one result per dedup cluster, facets over every match, the requested order and page, and
/// suggestions when nothing is found. Thread-safe; share one instance.
/// </summary>
/// <remarks>
/// Every search is bounded: the text by <see cref="QueryBounds"/> (characters, words, typo tolerance), the page by
/// long arithmetic (a page past the end is empty, with the right total), and the time by
/// <see cref="SearchOptions.TimeBudgetMilliseconds"/>, after which it stops with <see cref="SearchTimeoutException"/>.
/// </remarks>
public sealed partial class VacancySearcher : IDisposable
{
    private const int MaxClusterMembers = 50;
    private static readonly double[] RadiusSteps = [2, 4, 8];
    private const double MaxSuggestedRadiusKm = 250;

    private readonly QueryBuilder _queries;
    private readonly SpellingCorrector _spelling;
    private readonly Lazy<LabelVocabulary> _vocabulary;
    private readonly VacancyAnalyzers _analyzers;

    private readonly int _minDocumentsPerSlice;
    private readonly TimeProvider _time;
    private readonly TimeSpan _budget;

    /// <param name="minDocumentsPerSlice">
    /// The fewest documents worth scoring on a thread of their own (<see cref="SearchSlices"/>); tests lower it to
    /// score small indexes in slices.
    /// </param>
    /// <param name="options">The time budget of a search (default: <see cref="SearchOptions.TimeBudgetMilliseconds"/>'s default).</param>
    /// <param name="time">The clock the budget is measured on (default: the system's).</param>
    public VacancySearcher(
        VacancyNormaliser normaliser,
        VacancyAnalyzers analyzers,
        int minDocumentsPerSlice = SearchSlices.MinDocumentsPerSlice,
        IOptions<SearchOptions>? options = null,
        TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minDocumentsPerSlice, 1);
        _minDocumentsPerSlice = minDocumentsPerSlice;
        _time = time ?? TimeProvider.System;
        _budget = TimeSpan.FromMilliseconds((options?.Value ?? new SearchOptions()).TimeBudgetMilliseconds);
        ArgumentNullException.ThrowIfNull(normaliser);
        ArgumentNullException.ThrowIfNull(analyzers);
        _analyzers = analyzers;
        _vocabulary = new Lazy<LabelVocabulary>(() => LabelVocabulary.Build(normaliser, analyzers), LazyThreadSafetyMode.ExecutionAndPublication);
        _spelling = new SpellingCorrector(_vocabulary);
        _queries = new QueryBuilder(analyzers, normaliser, _vocabulary, _spelling);
    }

    public void Dispose() => _queries.Dispose();

    /// <summary>Runs <paramref name="request"/> within the time budget.</summary>
    /// <exception cref="SearchTimeoutException">The search ran out of its time budget.</exception>
    public SearchResponse Search(VacancyIndex index, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Top < 1 || request.Page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "Top and Page start at 1.");
        }

        if (request.RadiusKm is not null && request.Near is null)
        {
            throw new ArgumentException("A radius needs a place to measure from (--near).", nameof(request));
        }

        LoadVocabularies();
        var deadline = new SearchDeadline(_time, _budget);
        var echo = request;
        request = request with { Text = QueryText.Bound(request.Text) };
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        using var outcome = Execute(searcher, request, pageOnly: false, deadline);
        var (suggestions, details) = outcome.Total == 0 ? Suggest(searcher, request, outcome.Text, deadline) : ([], []);
        deadline.Check();
        return new SearchResponse
        {
            Total = outcome.Total,
            Query = Echo(echo, outcome.Text),
            Results = ToHits(searcher, request, outcome),
            Facets = outcome.Facets.ToFacets(),
            Suggestions = suggestions,
            SuggestionDetails = details,
        };
    }

    /// <summary>
    /// Builds what the first search of a process needs once (the occupation vocabulary, the German word parts; a few
    /// hundred milliseconds), so that it does not count against that search's time budget.
    /// </summary>
    private void LoadVocabularies()
    {
        if (!_vocabulary.IsValueCreated)
        {
            _ = _vocabulary.Value;
            _ = _analyzers.SplitGermanCompound("Altenpfleger");
        }
    }

    /// <param name="pageOnly">Count only (a suggestion): no page.</param>
    /// <param name="built">The query of the request's text when it is built already (a suggestion of a wider radius).</param>
    /// <param name="typos">Whether words still unknown are searched with typos allowed (not for a corrected text).</param>
    private SearchOutcome Execute(
        IndexSearcher searcher, SearchRequest request, bool pageOnly, SearchDeadline deadline, TextQuery? built = null, bool typos = true)
    {
        GeoPoint? near = request.Near is { } place ? new GeoPoint(place.Lat, place.Lon) : null;
        var text = built ?? (string.IsNullOrWhiteSpace(request.Text) ? null : _queries.Build(request.Text, searcher.IndexReader, deadline, typos));
        var query = FilterBuilder.Apply(text?.Query ?? new MatchAllDocsQuery(), request, near, boundingBox: text is null);
        var accepted = AcceptedVacancies.Of(request, near);
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        deadline.Check();
        var collector = Collect(weight, leaves, SearchSlices.Split(leaves, _minDocumentsPerSlice), accepted, request, near, deadline);

        var matches = collector.Matches;
        var order = matches.Order(request.Sort);
        var hidden = Collapse(matches, order, collector.Facets, out var hiddenCount);
        try
        {
            var total = matches.Count - hiddenCount;

            // long: page × top of any two ints is exact; a page past the end is empty.
            var skip = ((long)request.Page - 1) * request.Top;
            var page = pageOnly || skip >= total ? [] : SelectPage(matches.Count, hidden, order, (int)skip, request.Top);
            return new SearchOutcome(matches, page, total, collector.Facets, text);
        }
        finally
        {
            if (hidden is not null)
            {
                ArrayPool<bool>.Shared.Return(hidden);
            }
        }
    }

    /// <summary>
    /// Scores every slice of segments on a thread of its own (the first on this one) and joins their matches and
    /// facet counts. Within a segment, the accepted documents are the scorers' own and documents come in any order: a
    /// query of optional clauses is then scored window by window (BooleanScorer) instead of through a heap of its
    /// clauses.
    /// </summary>
    private static MatchCollector Collect(
        Weight weight, IList<AtomicReaderContext> leaves, IReadOnlyList<List<AtomicReaderContext>> slices, AcceptedVacancies accepted, SearchRequest request,
        GeoPoint? near, SearchDeadline deadline)
    {
        var collectors = new MatchCollector[slices.Count];
        try
        {
            if (slices.Count == 1)
            {
                collectors[0] = CollectSlice(weight, leaves, slices[0], accepted, request, near, deadline);
            }
            else
            {
                try
                {
                    Parallel.For(0, slices.Count, i => collectors[i] = CollectSlice(weight, leaves, slices[i], accepted, request, near, deadline));
                }
                catch (AggregateException e) when (e.InnerExceptions.OfType<SearchTimeoutException>().FirstOrDefault() is { } timeout)
                {
                    ExceptionDispatchInfo.Throw(timeout);
                }
            }

            for (var i = 1; i < collectors.Length; i++)
            {
                collectors[0].Absorb(collectors[i]);
            }

            return collectors[0];
        }
        catch
        {
            foreach (var collector in collectors)
            {
                collector?.Matches.Dispose();
            }

            throw;
        }
    }

    private static MatchCollector CollectSlice(
        Weight weight, IList<AtomicReaderContext> leaves, List<AtomicReaderContext> slice, AcceptedVacancies accepted, SearchRequest request,
        GeoPoint? near, SearchDeadline deadline)
    {
        var collector = new MatchCollector(
            leaves,
            near is { } point ? new DistanceCheck(point) : null,
            request.RadiusKm,
            request.Speaks is { Count: > 0 } speaks ? new LanguageCheck(speaks) : null,
            deadline);
        foreach (var leaf in slice)
        {
            if (weight.GetBulkScorer(leaf, scoreDocsInOrder: false, accepted.For(leaf)) is { } scorer)
            {
                collector.SetNextReader(leaf);
                scorer.Score(collector);
            }
        }

        return collector;
    }

    /// <summary>
    /// Keeps the first member (in result order) of every dedup cluster and takes the facets of the others out again.
    /// Only a cluster with a match that joined it can have more than one match, so a search without such matches
    /// costs nothing here. Returns the hidden members (a pooled array, null when none can be hidden).
    /// </summary>
    private static bool[]? Collapse(MatchList matches, Comparison<int> order, FacetCounter facets, out int hiddenCount)
    {
        hiddenCount = 0;
        var joined = matches.Joined;
        if (joined.Count == 0)
        {
            return null;
        }

        using var leaders = new ClusterLeaders(joined.Count);
        foreach (var match in joined)
        {
            leaders.Register(matches.Cluster(match));
        }

        var hidden = ArrayPool<bool>.Shared.Rent(matches.Count);
        Array.Clear(hidden, 0, matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            ref var leader = ref leaders.Leader(matches.Cluster(i));
            if (Unsafe.IsNullRef(ref leader))
            {
                continue;
            }

            if (leader == ClusterLeaders.NoLeader)
            {
                leader = i;
                continue;
            }

            var loser = i;
            if (order(i, leader) < 0)
            {
                (loser, leader) = (leader, i);
            }

            hidden[loser] = true;
            hiddenCount++;
            facets.Remove(matches.FacetBits(loser));
        }

        return hidden;
    }

    /// <summary>The match indexes of one page, in order, without sorting every match (a bounded heap).</summary>
    /// <param name="skip">Visible matches before the page (fewer than the visible matches).</param>
    private static List<int> SelectPage(int count, bool[]? hidden, Comparison<int> order, int skip, int take)
    {
        var keep = (int)Math.Min((long)skip + take, count);
        var worstFirst = Comparer<int>.Create((a, b) => order(b, a));
        var heap = new PriorityQueue<int, int>(Math.Min(keep, count) + 1, worstFirst);
        for (var i = 0; i < count; i++)
        {
            if (hidden is not null && hidden[i])
            {
                continue;
            }

            if (heap.Count < keep)
            {
                heap.Enqueue(i, i);
            }
            else if (order(i, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(i, i);
            }
        }

        var best = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            best.Add(heap.Dequeue());
        }

        best.Reverse();
        return best.Count > skip ? best.GetRange(skip, best.Count - skip) : [];
    }
}
