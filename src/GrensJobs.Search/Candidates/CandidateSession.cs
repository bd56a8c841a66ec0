using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GrensJobs.Search.Candidates;

/// <summary>
/// One match's view of the vacancy index, held open from the candidate search to the reading of the best ones: the
/// search gives each candidate's numbers cheaply (occupation, distance, hours, EQF, required languages — from the
/// index's columns and per-segment tables, without reading its display record or text), and <see cref="Read"/> decodes in full only the few
/// candidates the caller ranks highest.
/// </summary>
public sealed class CandidateSession : IDisposable
{
    private readonly SearcherLease _lease;
    private readonly Dictionary<object, Dictionary<long, CandidateRequirement>> _requirementOrds = [];
    private readonly BytesRef _bytes = new();

    internal CandidateSession(VacancyIndex index) => _lease = index.Acquire();

    public void Dispose() => _lease.Dispose();

    /// <summary>The open vacancies the query reaches, one per dedup cluster, each with its numbers only (see <see cref="CandidateFacts"/>).</summary>
    public IReadOnlyList<CandidateFacts> Find(CandidateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var search = VacancyCandidates.BuildQuery(query, out var home);
        if (search is null)
        {
            return [];
        }

        var collector = new CandidateCollector(home, home is null ? null : query.RadiusKm);
        _lease.Searcher.Search(new ConstantScoreQuery(search), collector);
        return [.. collector.Hits.Select(hit => Facts(hit, home))];
    }

    /// <summary>The whole candidate (titles, labels, texts, every language) of <paramref name="facts"/> found in this session.</summary>
    public VacancyCandidate Read(CandidateFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return CandidateReader.Read(facts.Hit, facts.Home);
    }

    private CandidateFacts Facts(CandidateHit hit, GeoPoint? home)
    {
        var reader = hit.Context.AtomicReader;
        var occupations = SegmentOccupations.Of(reader);
        var esco = occupations.Concept(hit.Doc);
        var isco = occupations.Isco(hit.Doc);
        var ranges = SegmentColumns.Of(reader).Documents[hit.Doc].Ranges;
        var hoursMin = VacancyDocument.HoursMinOf(ranges);
        var hoursMax = VacancyDocument.HoursMaxOf(ranges);
        var eqf = reader.GetNumericDocValues(FieldNames.Education)?.Get(hit.Doc) ?? 0;
        return new CandidateFacts(hit, home)
        {
            Esco = esco,
            Isco = isco,
            DistanceKm = hit.DistanceKm,
            Hours = hoursMin is null && hoursMax is null ? null : new HoursRange(hoursMin / 2m, hoursMax / 2m),
            Eqf = eqf is > 0 and <= 8 ? (int)eqf : null,
            RequiredLanguages = Required(reader, hit.Doc),
        };
    }

    /// <summary>The required languages of a document, each distinct requirement term parsed once per segment.</summary>
    private List<CandidateRequirement> Required(AtomicReader reader, int doc)
    {
        var requirements = new List<CandidateRequirement>(2);
        if (reader.GetSortedSetDocValues(FieldNames.Requirements) is not { } values)
        {
            return requirements;
        }

        if (!_requirementOrds.TryGetValue(reader.CoreCacheKey, out var parsed))
        {
            _requirementOrds[reader.CoreCacheKey] = parsed = [];
        }

        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            if (!parsed.TryGetValue(ord, out var requirement))
            {
                values.LookupOrd(ord, _bytes);
                var (language, level) = RequiredLanguages.ParseTerm(_bytes.Utf8ToString());
                parsed[ord] = requirement = new CandidateRequirement(language, level == 0 ? null : (CefrLevel)level, Required: true);
            }

            requirements.Add(requirement);
        }

        return requirements;
    }
}
