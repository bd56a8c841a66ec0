using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GrensJobs.Search.Candidates;

/// <summary>Reads a <see cref="VacancyCandidate"/> from a document's doc values.</summary>
internal static class CandidateReader
{
    public static VacancyCandidate Read(CandidateHit hit, GeoPoint? home)
    {
        var reader = hit.Context.AtomicReader;
        var doc = hit.Doc;
        var bytes = new BytesRef();
        var display = reader.GetBinaryDocValues(FieldNames.Display)
            ?? throw new InvalidDataException("The index has no display data: run 'grensjobs reindex'.");
        display.Get(doc, bytes);
        var (shown, snippet) = DisplayRecord.Decode(bytes);

        var columns = SegmentColumns.Of(reader);
        var row = columns.Documents[doc];
        var ranges = row.Ranges;
        var hoursMin = VacancyDocument.HoursMinOf(ranges);
        var hoursMax = VacancyDocument.HoursMaxOf(ranges);
        var eqf = reader.GetNumericDocValues(FieldNames.Education)?.Get(doc) ?? 0;

        return new VacancyCandidate
        {
            Source = shown.Source,
            Id = shown.Id,
            Title = shown.Title,
            Employer = shown.Employer,
            Url = shown.Url,
            Place = shown.Place,
            Country = shown.Country,
            Countries = Names(FacetCodes.CountryMask(row.Facets), FacetCodes.CountryCodes),
            Euregios = Names(FacetCodes.EuregioMask(row.Facets), FacetCodes.EuregioIds),
            Posted = shown.Posted,
            Esco = shown.Esco,
            Isco = shown.Isco,
            OccupationLabels = shown.Labels,
            Languages = Requirements(reader, doc, shown.Languages),
            DistanceKm = hit.DistanceKm,
            Coordinates = Nearest(columns.Places(doc), home),
            Hours = hoursMin is null && hoursMax is null ? null : new HoursRange(hoursMin / 2m, hoursMax / 2m),
            Eqf = eqf is > 0 and <= 8 ? (int)eqf : null,
            Text = snippet,
        };
    }

    private static List<CandidateRequirement> Requirements(AtomicReader reader, int doc, IReadOnlyList<IndexedRequirement> stated)
    {
        var requirements = new List<CandidateRequirement>();
        if (reader.GetSortedSetDocValues(FieldNames.Requirements) is { } values)
        {
            values.SetDocument(doc);
            var term = new BytesRef();
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                values.LookupOrd(ord, term);
                var (language, level) = RequiredLanguages.ParseTerm(term.Utf8ToString());
                requirements.Add(new CandidateRequirement(language, level == 0 ? null : (CefrLevel)level, Required: true));
            }
        }

        foreach (var optional in stated)
        {
            if (!optional.Required && !requirements.Any(r => string.Equals(r.Language, optional.Language, StringComparison.Ordinal)))
            {
                requirements.Add(new CandidateRequirement(
                    optional.Language,
                    Enum.TryParse<CefrLevel>(optional.Level, out var level) ? level : null,
                    Required: false));
            }
        }

        return requirements;
    }

    private static List<string> Names(int mask, IReadOnlyList<string> names)
    {
        var result = new List<string>();
        for (var i = 0; i < names.Count && i < 32; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                result.Add(names[i]);
            }
        }

        return result;
    }

    private static (double Lat, double Lon)? Nearest(ReadOnlySpan<int> places, GeoPoint? home)
    {
        (double Lat, double Lon)? best = null;
        var bestDistance = double.PositiveInfinity;
        for (var i = 0; i + 1 < places.Length; i += 2)
        {
            var point = (places[i] / VacancyDocument.CoordinateScale, places[i + 1] / VacancyDocument.CoordinateScale);
            var distance = home?.DistanceKm(point.Item1, point.Item2) ?? 0;
            if (best is null || distance < bestDistance)
            {
                best = point;
                bestDistance = distance;
            }
        }

        return best;
    }
}
