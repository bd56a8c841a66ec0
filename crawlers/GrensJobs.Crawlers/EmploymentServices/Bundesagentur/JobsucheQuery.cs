using Refit;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>Search parameters of one (partition of a) query; null values are not sent.</summary>
internal sealed record JobsucheQuery
{
    [AliasAs("was")]
    public string? Was { get; init; }

    [AliasAs("wo")]
    public string? Wo { get; init; }

    [AliasAs("umkreis")]
    public int? Umkreis { get; init; }

    /// <summary>1 = Arbeit, 2 = Selbständigkeit, 4 = Ausbildung/Duales Studium, 34 = Praktikum/Trainee.</summary>
    [AliasAs("angebotsart")]
    public int? Angebotsart { get; init; }

    /// <summary>Published within this many days (0–100).</summary>
    [AliasAs("veroeffentlichtseit")]
    public int? Veroeffentlichtseit { get; init; }

    /// <summary>vz, tz, snw, ho or mj.</summary>
    [AliasAs("arbeitszeit")]
    public string? Arbeitszeit { get; init; }

    /// <summary>1 = befristet, 2 = unbefristet.</summary>
    [AliasAs("befristung")]
    public int? Befristung { get; init; }

    /// <summary>The partition for messages: <c>was=Elektriker wo=Kleve arbeitszeit=vz</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        Add("was", Was);
        Add("wo", Wo);
        Add("umkreis", Umkreis?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("angebotsart", Angebotsart?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("veroeffentlichtseit", Veroeffentlichtseit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("arbeitszeit", Arbeitszeit);
        Add("befristung", Befristung?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "(all)" : string.Join(' ', parts);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={value}");
            }
        }
    }
}
