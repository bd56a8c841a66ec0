namespace GrensJobs.Crawlers.Declarative;

/// <summary>The field names a <c>listing.fields</c> or <c>detail.fields</c> section may select.</summary>
public static class HtmlFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Employer = "employer";
    public const string Place = "place";
    public const string PostalCode = "postalCode";
    public const string Country = "country";
    public const string Posted = "posted";
    public const string ValidThrough = "validThrough";
    public const string EmploymentType = "employmentType";
    public const string Salary = "salary";
    public const string Id = "id";

    public static IReadOnlyList<string> All { get; } =
        [Title, Description, Employer, Place, PostalCode, Country, Posted, ValidThrough, EmploymentType, Salary, Id];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
