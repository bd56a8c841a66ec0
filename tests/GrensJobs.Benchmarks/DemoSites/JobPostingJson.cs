using System.Text.Json;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>Writes a schema.org JobPosting object (the members Google for Jobs reads).</summary>
internal static class JobPostingJson
{
    public static void Write(Utf8JsonWriter w, DemoJob job, string url, Action<Utf8JsonWriter> hiringOrganization, bool withSalary)
    {
        w.WriteString("@type", "JobPosting");
        w.WriteString("title", job.Title);
        w.WriteString("description", job.DescriptionHtml);
        w.WriteString("datePosted", Markup.Date(job.Posted));
        w.WriteString("validThrough", Markup.Date(job.ValidThrough) + "T23:59:59+01:00");
        w.WriteString("employmentType", job.EmploymentType);
        w.WriteString("url", url);
        w.WriteStartObject("identifier");
        w.WriteString("@type", "PropertyValue");
        w.WriteString("name", job.Employer);
        w.WriteString("value", job.Slug);
        w.WriteEndObject();
        w.WritePropertyName("hiringOrganization");
        hiringOrganization(w);
        w.WriteStartObject("jobLocation");
        w.WriteString("@type", "Place");
        w.WriteStartObject("address");
        w.WriteString("@type", "PostalAddress");
        w.WriteString("postalCode", job.PostalCode);
        w.WriteString("addressLocality", job.Place);
        w.WriteString("addressCountry", job.Country);
        w.WriteEndObject();
        w.WriteStartObject("geo");
        w.WriteString("@type", "GeoCoordinates");
        w.WriteNumber("latitude", job.Lat);
        w.WriteNumber("longitude", job.Lon);
        w.WriteEndObject();
        w.WriteEndObject();
        if (withSalary && job.Salary is { } salary)
        {
            w.WriteStartObject("baseSalary");
            w.WriteString("@type", "MonetaryAmount");
            w.WriteString("currency", "EUR");
            w.WriteStartObject("value");
            w.WriteString("@type", "QuantitativeValue");
            w.WriteNumber("minValue", salary.Min);
            w.WriteNumber("maxValue", salary.Max);
            w.WriteString("unitText", salary.Period.ToUpperInvariant());
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    public static void Organization(Utf8JsonWriter w, string name, string origin)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Organization");
        w.WriteString("name", name);
        w.WriteString("sameAs", origin + "/");
        w.WriteEndObject();
    }
}
