using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using GrensJobs.Core.Places;
using GrensJobs.Core.Text;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Occupations;
using GrensJobs.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GrensJobs.Search.Indexing;

/// <summary>Turns a stored vacancy into its Lucene document (the index layout of <see cref="IndexLayout"/>).</summary>
internal static class VacancyDocument
{
    /// <summary>Characters of plain text kept for snippets (the first lines: they name the occupation and the employer).</summary>
    public const int SnippetTextLength = 600;

    public const double CoordinateScale = 1_000_000d;

    private static readonly FieldType AnalysedText = CreateAnalysedText();

    public static string KeyOf(string source, string id) => string.Concat(source, "\u001f", id);

    public static Term KeyTerm(string source, string id) => new(FieldNames.Key, KeyOf(source, id));

    public static Document Create(StoredVacancy stored)
    {
        var vacancy = stored.Vacancy;
        var key = KeyOf(vacancy.Source, vacancy.Id);
        var document = new Document
        {
            new StringField(FieldNames.Key, key, Field.Store.NO),
            new StringField(FieldNames.Cluster, stored.Cluster ?? key, Field.Store.NO),
            new NumericDocValuesField(FieldNames.ClusterHash, ClusterHash(stored.Cluster)),
            new StringField(FieldNames.Status, StatusName(stored.Status), Field.Store.NO),
            new NumericDocValuesField(FieldNames.FirstSeen, stored.FirstSeen.ToUnixTimeSeconds()),
        };

        var language = FieldNames.TextLanguageOf(vacancy.Language);
        document.Add(new Field(FieldNames.Title(language), vacancy.Title, AnalysedText));
        if (language == "de")
        {
            document.Add(new Field(FieldNames.GermanTitleParts, vacancy.Title, AnalysedText));
        }
        if (vacancy.Text.Length > 0)
        {
            document.Add(new Field(FieldNames.Text(language), vacancy.Text, AnalysedText));
        }

        if (vacancy.Language is { } postingLanguage)
        {
            document.Add(new StringField(FieldNames.PostingLanguage, postingLanguage, Field.Store.NO));
        }

        AddSpelling(document, vacancy.Title);
        if (TitleRank.IsSenior(vacancy.Title))
        {
            document.Add(new StringField(FieldNames.Rank, FieldNames.SeniorRank, Field.Store.NO));
        }

        AddOccupation(document, vacancy);
        var places = PlacesOf(vacancy);
        AddPlaces(document, places);
        AddEmployment(document, vacancy, stored);

        var required = RequiredLanguages.Of(vacancy);
        foreach (var (requiredLanguage, level) in required)
        {
            document.Add(new StringField(FieldNames.RequiredLanguage, requiredLanguage, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(FieldNames.Requirements, new BytesRef(RequiredLanguages.Term(requiredLanguage, level))));
        }

        document.Add(new NumericDocValuesField(FieldNames.Facets, FacetCodes.Pack(
            places.Select(p => p.Country).OfType<string>().Distinct(StringComparer.Ordinal),
            places.SelectMany(p => p.Euregios).Distinct(StringComparer.Ordinal),
            vacancy.Occupation?.Isco,
            vacancy.Contract,
            vacancy.Hours,
            vacancy.Remote,
            required.Select(r => r.Language).Distinct(StringComparer.Ordinal))));

        // Binary doc values, not stored fields: a result is read from the memory-mapped index without decompression.
        var snippet = vacancy.Text.Length == 0 ? null : vacancy.Text.Length > SnippetTextLength ? vacancy.Text[..SnippetTextLength] : vacancy.Text;
        document.Add(new BinaryDocValuesField(FieldNames.Display, new BytesRef(DisplayRecord.Encode(Display(stored), snippet))));

        return document;
    }

    /// <summary>A non-zero 64-bit hash of a cluster id; 0 for a vacancy in no cluster.</summary>
    public static long ClusterHash(string? cluster)
    {
        if (cluster is null)
        {
            return 0;
        }

        var hash = BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(cluster)));
        return hash == 0 ? 1 : hash;
    }

    public static string StatusName(VacancyStatus status) => status == VacancyStatus.Open ? "open" : "expired";

    /// <summary>Days since 0001-01-01 of the posting date, else of the day the store first saw the vacancy.</summary>
    public static int PostedDay(StoredVacancy stored) =>
        (stored.Vacancy.Posted ?? DateOnly.FromDateTime(stored.FirstSeen.UtcDateTime)).DayNumber;

    private static void AddSpelling(Document document, string title)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in QueryWords.Split(TextFolding.Fold(title)))
        {
            if (word.Length >= 3 && word.All(char.IsLetter) && seen.Add(word))
            {
                document.Add(new StringField(FieldNames.Spelling, word, Field.Store.NO));
            }
        }
    }

    private static void AddOccupation(Document document, Vacancy vacancy)
    {
        if (vacancy.Occupation is not { } occupation)
        {
            return;
        }

        document.Add(new StringField(FieldNames.Concept, occupation.Esco, Field.Store.NO));
        for (var level = 1; level <= Math.Min(4, occupation.Isco.Length); level++)
        {
            document.Add(new StringField(FieldNames.Isco(level), occupation.Isco[..level], Field.Store.NO));
        }
    }

    private static List<VacancyLocation> PlacesOf(Vacancy vacancy)
    {
        var places = new List<VacancyLocation>(1 + vacancy.Locations.Count);
        if (vacancy.Location is { } first)
        {
            places.Add(first);
        }

        places.AddRange(vacancy.Locations.Where(l => !ReferenceEquals(l, vacancy.Location) && l != vacancy.Location));
        return places;
    }

    private static void AddPlaces(Document document, List<VacancyLocation> places)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var coordinates = new List<(int Lat, int Lon)>(places.Count);
        foreach (var place in places)
        {
            if (place.Country is { } country && distinct.Add("c" + country))
            {
                document.Add(new StringField(FieldNames.Country, country, Field.Store.NO));
            }

            if (place.Nuts3 is { } nuts3 && distinct.Add("n" + nuts3))
            {
                document.Add(new StringField(FieldNames.Nuts3, nuts3, Field.Store.NO));
            }

            foreach (var euregio in place.Euregios)
            {
                if (distinct.Add("e" + euregio))
                {
                    document.Add(new StringField(FieldNames.Euregio, euregio, Field.Store.NO));
                }
            }

            if (place is { Lat: { } lat, Lon: { } lon })
            {
                var point = ((int)Math.Round(lat * CoordinateScale), (int)Math.Round(lon * CoordinateScale));
                coordinates.Add(point);
                document.Add(new Int32Field(FieldNames.Lat, point.Item1, Field.Store.NO));
                document.Add(new Int32Field(FieldNames.Lon, point.Item2, Field.Store.NO));
            }
        }

        var bytes = new byte[coordinates.Count * 8];
        for (var i = 0; i < coordinates.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 8), coordinates[i].Lat);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((i * 8) + 4), coordinates[i].Lon);
        }

        document.Add(new BinaryDocValuesField(FieldNames.Geo, new BytesRef(bytes)));
    }

    private static void AddEmployment(Document document, Vacancy vacancy, StoredVacancy stored)
    {
        if (vacancy.Contract is { } contract)
        {
            document.Add(new StringField(FieldNames.Contract, FacetCodes.ContractNames[(int)contract + 1], Field.Store.NO));
        }

        if (vacancy.Remote is { } remote)
        {
            document.Add(new StringField(FieldNames.Remote, FacetCodes.RemoteNames[(int)remote + 1], Field.Store.NO));
        }

        if (vacancy.Hours is { } hours && (hours.Min ?? hours.Max) is { } min && (hours.Max ?? hours.Min) is { } max)
        {
            document.Add(new Int32Field(FieldNames.HoursMin, HalfHours(min), Field.Store.NO));
            document.Add(new Int32Field(FieldNames.HoursMax, HalfHours(max), Field.Store.NO));
        }

        if (vacancy.Salary?.MonthlyMax() is { } monthly && string.Equals(vacancy.Salary.Currency, "EUR", StringComparison.OrdinalIgnoreCase))
        {
            document.Add(new Int32Field(FieldNames.MonthlySalary, (int)Math.Min(int.MaxValue, Math.Round(monthly)), Field.Store.NO));
        }

        var posted = PostedDay(stored);
        document.Add(new Int32Field(FieldNames.Posted, posted, Field.Store.NO));
        document.Add(new NumericDocValuesField(FieldNames.Posted, posted));
    }

    /// <summary>Weekly hours in half hours (38.5 → 77), so ranges compare exactly.</summary>
    public static int HalfHours(decimal hours) => (int)Math.Round(hours * 2, MidpointRounding.AwayFromZero);

    private static IndexedHit Display(StoredVacancy stored)
    {
        var vacancy = stored.Vacancy;
        return new IndexedHit
        {
            Id = vacancy.Id,
            Source = vacancy.Source,
            Title = vacancy.Title,
            Url = vacancy.Url,
            Employer = vacancy.Employer,
            Place = vacancy.Location?.Place,
            Country = vacancy.Location?.Country,
            Posted = vacancy.Posted,
            Cluster = stored.Cluster,
            Esco = vacancy.Occupation?.Esco,
            Isco = vacancy.Occupation?.Isco,
            Labels = vacancy.Occupation?.Label,
            Languages = [.. vacancy.Languages.Select(r => new IndexedRequirement(r.Language, r.Level?.ToString(), r.Required))],
        };
    }

    private static FieldType CreateAnalysedText()
    {
        // Frequencies and norms for BM25; no positions (no phrase queries), which keeps the index small and fast to build.
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
        };
        type.Freeze();
        return type;
    }
}
