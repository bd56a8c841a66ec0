namespace GrensJobs.Search.Indexing;

/// <summary>The names of the vacancy index's fields, in one place.</summary>
internal static class FieldNames
{
    /// <summary>"source\u001fid": the unique key documents are replaced by.</summary>
    public const string Key = "key";

    /// <summary>The dedup cluster id, or the key for a vacancy in no cluster.</summary>
    public const string Cluster = "cluster";

    /// <summary>Doc values: the hash of the cluster id and whether the vacancy joined another's cluster (<see cref="VacancyDocument.ClusterCode"/>).</summary>
    public const string ClusterHash = "cluster_hash";

    public const string Status = "status";

    /// <summary>
    /// The occupation (ESCO URI and ISCO-08 unit group) with the rank of the title: "{occupation}|senior" when the title
    /// names a supervisor, manager, coordinator or engineer, else "{occupation}|worker" — so an occupation clause of a
    /// query is one term per rank, not a conjunction with a rank term.
    /// </summary>
    public const string RankedOccupation = "ranked_occupation";

    public const string Concept = "concept";
    public const string Country = "country";
    public const string Euregio = "euregio";
    public const string Nuts3 = "nuts3";
    public const string Contract = "contract";
    public const string Remote = "remote";
    public const string PostingLanguage = "lang";
    public const string RequiredLanguage = "required_language";

    /// <summary>Doc values: hours and salary packed by <see cref="VacancyDocument.PackRanges"/>, for range checks per document.</summary>
    public const string Ranges = "ranges";

    /// <summary>Doc values: the education the vacancy asks for, as an EQF level (0 = not stated); read by the matcher.</summary>
    public const string Education = "eqf";

    /// <summary>Doc values: the posting date (else the first-seen date) as days since 0001-01-01.</summary>
    public const string Posted = "posted";

    /// <summary>Doc values: when the store first saw the vacancy (Unix seconds); the earliest member leads its cluster.</summary>
    public const string FirstSeen = "first_seen";

    /// <summary>Numeric, indexed, one value per place: latitude and longitude in micro-degrees (bounding boxes).</summary>
    public const string Lat = "lat";
    public const string Lon = "lon";

    /// <summary>Binary doc values: every place's coordinates (exact great-circle distance).</summary>
    public const string Geo = "geo";

    /// <summary>Numeric doc values: the facet values packed in one long (see <see cref="FacetCodes"/>).</summary>
    public const string Facets = "facets";

    /// <summary>Sorted-set doc values: required languages with their minimum level, "de:4" (0 = any level).</summary>
    public const string Requirements = "requirements";

    /// <summary>Folded, unstemmed title words: the index's own vocabulary for spelling suggestions.</summary>
    public const string Spelling = "spelling";

    /// <summary>Binary doc values: the result as shown and the start of the plain text, for snippets (see <see cref="DisplayRecord"/>).</summary>
    public const string Display = "display";

    /// <summary>The languages with a text field of their own; anything else is indexed as <see cref="OtherLanguage"/>.</summary>
    public static IReadOnlyList<string> TextLanguages { get; } = ["nl", "de", "fr", "en"];

    public const string OtherLanguage = "xx";

    private static readonly Dictionary<string, string> TitleFields = AllLanguages().ToDictionary(l => l, l => "title." + l, StringComparer.Ordinal);
    private static readonly Dictionary<string, string> TextFields = AllLanguages().ToDictionary(l => l, l => "text." + l, StringComparer.Ordinal);

    /// <summary>German titles with their compounds split into parts ("Altenpflegefachkraft" → alten, pflege, fach, kraft).</summary>
    public const string GermanTitleParts = "title_parts.de";

    /// <summary>"title.de": the title analysed as German (compounds whole).</summary>
    public static string Title(string language) => TitleFields[language];

    /// <summary>"text.de": the description analysed as German.</summary>
    public static string Text(string language) => TextFields[language];

    /// <summary>A term of <see cref="RankedOccupation"/>.</summary>
    public static string Ranked(string occupation, bool senior) => occupation + (senior ? "|senior" : "|worker");

    /// <summary>"isco2": the ISCO-08 code cut to <paramref name="level"/> digits (1–4).</summary>
    public static string Isco(int level) => level switch
    {
        1 => "isco1",
        2 => "isco2",
        3 => "isco3",
        4 => "isco4",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "ISCO levels are 1 to 4."),
    };

    /// <summary>The text language a posting is indexed under: its own when it has a chain, else <see cref="OtherLanguage"/>.</summary>
    public static string TextLanguageOf(string? language) =>
        language is not null && TitleFields.ContainsKey(language) ? language : OtherLanguage;

    public static IEnumerable<string> AllLanguages() => [.. TextLanguages, OtherLanguage];
}
