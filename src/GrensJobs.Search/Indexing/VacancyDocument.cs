using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using GrensJobs.Core.Places;
using GrensJobs.Core.Text;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Analysis;
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

    /// <summary>Degrees as the index keeps them: whole millionths (~0.1 m).</summary>
    public static int Scaled(double degrees) => (int)Math.Round(degrees * CoordinateScale);

    private static readonly FieldType AnalysedText = CreateAnalysedText();

    public static string KeyOf(string source, string id) => string.Concat(source, "\u001f", id);

    public static Term KeyTerm(string source, string id) => new(FieldNames.Key, KeyOf(source, id));

    /// <summary>The document of <paramref name="stored"/>, built in this thread's <see cref="DocumentFields"/>: index it before building the next.</summary>
    public static Document Create(StoredVacancy stored)
    {
        var vacancy = stored.Vacancy;
        var key = KeyOf(vacancy.Source, vacancy.Id);
        var document = DocumentFields.Current;
        var result = document.Start();
        document.String(FieldNames.Key, key);
        document.String(FieldNames.Cluster, stored.Cluster ?? key);
        document.Number(FieldNames.ClusterHash, ClusterCode(stored, key));
        document.String(FieldNames.Status, StatusName(stored.Status));
        document.Number(FieldNames.FirstSeen, stored.FirstSeen.ToUnixTimeSeconds());

        var language = FieldNames.TextLanguageOf(vacancy.Language);
        document.Text(FieldNames.Title(language), vacancy.Title, AnalysedText);
        if (language == "de")
        {
            document.Text(FieldNames.GermanTitleParts, vacancy.Title, AnalysedText);
        }
        if (vacancy.Text.Length > 0)
        {
            // Descriptions are analysed without the gender-marker char filter (see VacancyIndex.CreateAnalyzer): the
            // markers are removed here, in one pass over the string.
            document.Text(FieldNames.Text(language), VacancyAnalyzers.RemoveGenderMarkers(vacancy.Text, language), AnalysedText);
        }

        if (vacancy.Language is { } postingLanguage)
        {
            document.String(FieldNames.PostingLanguage, postingLanguage);
        }

        AddSpelling(document, vacancy.Title);
        AddOccupation(document, vacancy);
        var places = PlacesOf(vacancy);
        AddPlaces(document, places);
        AddEmployment(document, vacancy, stored);

        var required = RequiredLanguages.Of(vacancy);
        foreach (var (requiredLanguage, level) in required)
        {
            document.String(FieldNames.RequiredLanguage, requiredLanguage);
            document.SortedSet(FieldNames.Requirements, RequiredLanguages.Term(requiredLanguage, level));
        }

        document.Number(FieldNames.Facets, FacetCodes.Pack(
            places.Select(p => p.Country).OfType<string>().Distinct(StringComparer.Ordinal),
            places.SelectMany(p => p.Euregios).Distinct(StringComparer.Ordinal),
            vacancy.Occupation?.Isco,
            vacancy.Contract,
            vacancy.Hours,
            vacancy.Remote,
            required.Select(r => r.Language).Distinct(StringComparer.Ordinal)));

        // Binary doc values, not stored fields: a result is read from the memory-mapped index without decompression.
        var snippet = vacancy.Text.Length == 0 ? null : vacancy.Text.Length > SnippetTextLength ? vacancy.Text[..SnippetTextLength] : vacancy.Text;
        document.Binary(FieldNames.Display, DisplayRecord.Encode(Display(stored), snippet));
        return result;
    }

    /// <summary>
    /// The <see cref="FieldNames.ClusterHash"/> doc value: the <see cref="ClusterHash"/> of the cluster id (of the key
    /// for a vacancy in no cluster), with bit 0 set when the vacancy joined another vacancy's cluster. Two members of
    /// one cluster can only match together when one of them joined it, so a search collapses clusters only when a
    /// joined vacancy matches.
    /// </summary>
    public static long ClusterCode(StoredVacancy stored, string key) =>
        ClusterHash(stored.Cluster ?? key) | (stored.JoinedCluster ? 1L : 0L);

    /// <summary>The cluster's hash in a <see cref="ClusterCode"/>.</summary>
    public static long ClusterOf(long clusterCode) => clusterCode & ~1L;

    /// <summary>Whether a <see cref="ClusterCode"/> marks a vacancy that joined another vacancy's cluster.</summary>
    public static bool JoinedOf(long clusterCode) => (clusterCode & 1L) != 0;

    /// <summary>A 63-bit hash of a cluster id, in bits 1–63: even and non-zero.</summary>
    public static long ClusterHash(string cluster)
    {
        var hash = BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(cluster))) & ~1L;
        return hash == 0 ? 2 : hash;
    }

    public static string StatusName(VacancyStatus status) => status == VacancyStatus.Open ? "open" : "expired";

    /// <summary>Days since 0001-01-01 of the posting date, else of the day the store first saw the vacancy.</summary>
    public static int PostedDay(StoredVacancy stored) =>
        (stored.Vacancy.Posted ?? DateOnly.FromDateTime(stored.FirstSeen.UtcDateTime)).DayNumber;

    private static void AddSpelling(DocumentFields document, string title)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in QueryWords.Split(TextFolding.Fold(title)))
        {
            if (word.Length >= 3 && word.All(char.IsLetter) && seen.Add(word))
            {
                document.String(FieldNames.Spelling, word);
            }
        }
    }

    private static void AddOccupation(DocumentFields document, Vacancy vacancy)
    {
        if (vacancy.Occupation is not { } occupation)
        {
            return;
        }

        document.String(FieldNames.Concept, occupation.Esco);
        for (var level = 1; level <= Math.Min(4, occupation.Isco.Length); level++)
        {
            document.String(FieldNames.Isco(level), occupation.Isco[..level]);
        }

        var senior = TitleRank.IsSenior(vacancy.Title);
        document.String(FieldNames.RankedOccupation, FieldNames.Ranked(occupation.Esco, senior));
        if (occupation.Isco.Length == 4)
        {
            document.String(FieldNames.RankedOccupation, FieldNames.Ranked(occupation.Isco, senior));
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

    private static void AddPlaces(DocumentFields document, List<VacancyLocation> places)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var coordinates = new List<(int Lat, int Lon)>(places.Count);
        foreach (var place in places)
        {
            if (place.Country is { } country && distinct.Add("c" + country))
            {
                document.String(FieldNames.Country, country);
            }

            if (place.Nuts3 is { } nuts3 && distinct.Add("n" + nuts3))
            {
                document.String(FieldNames.Nuts3, nuts3);
            }

            foreach (var euregio in place.Euregios)
            {
                if (distinct.Add("e" + euregio))
                {
                    document.String(FieldNames.Euregio, euregio);
                }
            }

            if (place is { Lat: { } lat, Lon: { } lon })
            {
                var point = (Scaled(lat), Scaled(lon));
                coordinates.Add(point);
                document.Int32(FieldNames.Lat, point.Item1);
                document.Int32(FieldNames.Lon, point.Item2);
            }
        }

        var bytes = new byte[coordinates.Count * 8];
        for (var i = 0; i < coordinates.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 8), coordinates[i].Lat);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((i * 8) + 4), coordinates[i].Lon);
        }

        document.Binary(FieldNames.Geo, bytes);
    }

    private static void AddEmployment(DocumentFields document, Vacancy vacancy, StoredVacancy stored)
    {
        if (vacancy.Contract is { } contract)
        {
            document.String(FieldNames.Contract, FacetCodes.ContractNames[(int)contract + 1]);
        }

        if (vacancy.Remote is { } remote)
        {
            document.String(FieldNames.Remote, FacetCodes.RemoteNames[(int)remote + 1]);
        }

        int? hoursMin = null, hoursMax = null, salary = null;
        if (vacancy.Hours is { } hours && (hours.Min ?? hours.Max) is { } min && (hours.Max ?? hours.Min) is { } max)
        {
            hoursMin = HalfHours(min);
            hoursMax = HalfHours(max);
        }

        if (vacancy.Salary?.MonthlyMax() is { } monthly && string.Equals(vacancy.Salary.Currency, "EUR", StringComparison.OrdinalIgnoreCase))
        {
            salary = (int)Math.Min(int.MaxValue - 1, Math.Round(monthly));
        }

        document.Number(FieldNames.Ranges, PackRanges(hoursMin, hoursMax, salary));

        var posted = PostedDay(stored);
        document.Number(FieldNames.Posted, posted);
        document.Number(FieldNames.Education, vacancy.Education?.Eqf ?? 0);
    }

    /// <summary>
    /// Hours (half hours, lower bound in bits 0–15, upper in 16–31) and monthly salary in euros (bits 32–63), each
    /// stored plus one so that 0 means unknown.
    /// </summary>
    public static long PackRanges(int? hoursMin, int? hoursMax, int? monthlySalary) =>
        (long)(Plus1(hoursMin) & 0xFFFF) | ((long)(Plus1(hoursMax) & 0xFFFF) << 16) | ((long)Plus1(monthlySalary) << 32);

    public static int? HoursMinOf(long ranges) => Minus1((uint)(ranges & 0xFFFF));

    public static int? HoursMaxOf(long ranges) => Minus1((uint)((ranges >> 16) & 0xFFFF));

    public static int? MonthlySalaryOf(long ranges) => Minus1((uint)((ulong)ranges >> 32));

    private static uint Plus1(int? value) => value is { } v ? (uint)Math.Clamp(v, 0, int.MaxValue - 1) + 1 : 0;

    private static int? Minus1(uint stored) => stored == 0 ? null : (int)(stored - 1);

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
