using System.Text;
using System.Text.Json.Nodes;
using GrensJobs.Core.Vacancies;
using GrensJobs.Core.Web;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>Maps one schema.org JobPosting tree onto a <see cref="RawVacancy"/>.</summary>
internal static class PostingMapper
{
    private static readonly string[] DescriptionParts =
        ["responsibilities", "qualifications", "skills", "educationRequirements", "experienceRequirements", "jobBenefits"];

    /// <summary>The vacancy, or null when the posting has no title.</summary>
    public static RawVacancy? Map(PostingNode posting, int index, PageFacts page, JobPostingDefaults defaults)
    {
        var node = posting.Node;
        var decode = !posting.EntityDecoded && posting.Source == PostingSource.JsonLd;
        var title = PlainText.Clean(SchemaValues.Text(SchemaValues.Get(node, "title") ?? SchemaValues.Get(node, "name")));
        if (title is null)
        {
            return null;
        }

        var ownUrl = ResolveUrl(SchemaValues.Text(SchemaValues.Get(node, "url")), page.Url);
        if (ownUrl is not null && page.PostingCount == 1 && SiteUrls.IsAncestorOf(ownUrl, page.Url))
        {
            ownUrl = null;
        }

        var url = ownUrl ?? page.CanonicalUrl;
        var identifier = Identifier(SchemaValues.Get(node, "identifier"));
        var locations = Locations(node, page, defaults);
        return new RawVacancy
        {
            Id = identifier ?? (ownUrl is null && page.PostingCount > 1 ? $"{url}#{index + 1}" : url),
            Source = defaults.SourceId,
            Url = url,
            Title = title,
            Description = Description(node, decode),
            Employer = Employer(SchemaValues.Get(node, "hiringOrganization")) ?? defaults.Employer,
            Location = locations.Count > 0 ? locations[0] : null,
            Locations = locations.Count > 1 ? locations : [],
            Posted = SchemaValues.Date(SchemaValues.Get(node, "datePosted")),
            ValidThrough = SchemaValues.Date(SchemaValues.Get(node, "validThrough")),
            Language = LanguageCodes.ToIso639(SchemaValues.Text(SchemaValues.Get(node, "inLanguage")))
                ?? page.Language ?? defaults.Language,
            EmploymentType = EmploymentTypes(SchemaValues.Get(node, "employmentType")),
            Salary = SalaryReader.Read(SchemaValues.Get(node, "baseSalary") ?? SchemaValues.Get(node, "estimatedSalary")),
            Remote = SchemaValues.All(SchemaValues.Get(node, "jobLocationType"))
                .Any(type => string.Equals(SchemaValues.Text(type), "TELECOMMUTE", StringComparison.OrdinalIgnoreCase))
                ? SchemaValues.Get(node, "jobLocation") is null ? RemoteMode.Remote : RemoteMode.Hybrid
                : null,
        };
    }

    private static string? ResolveUrl(string? value, Uri pageUrl) =>
        value is not null && Uri.TryCreate(pageUrl, value.Trim(), out var absolute)
            ? UrlCanonicaliser.Canonicalise(absolute.AbsoluteUri)
            : null;

    private static string? Identifier(JsonNode? node)
    {
        var first = SchemaValues.First(node);
        var value = first is JsonObject obj
            ? SchemaValues.Text(SchemaValues.Get(obj, "value") ?? SchemaValues.Get(obj, "@value") ?? SchemaValues.Get(obj, "@id") ?? SchemaValues.Get(obj, "name"))
            : SchemaValues.Text(first);
        return PlainText.Clean(value);
    }

    private static string? Employer(JsonNode? node)
    {
        var first = SchemaValues.First(node);
        var name = first is JsonObject obj
            ? SchemaValues.Text(SchemaValues.Get(obj, "name") ?? SchemaValues.Get(obj, "legalName"))
            : SchemaValues.Text(first);
        return PlainText.Clean(name);
    }

    private static string? Description(JsonObject node, bool decode)
    {
        var description = PlainText.Description(SchemaValues.Text(SchemaValues.Get(node, "description")), decode);
        StringBuilder? extra = null;
        foreach (var part in DescriptionParts)
        {
            var text = PlainText.Description(SchemaValues.Text(SchemaValues.Get(node, part)), decode);
            if (text is null || (description?.Contains(text, StringComparison.Ordinal) ?? false))
            {
                continue;
            }

            extra ??= new StringBuilder();
            extra.Append("\n<div>").Append(text).Append("</div>");
        }

        return extra is null ? description : (description ?? string.Empty) + extra;
    }

    private static List<string> EmploymentTypes(JsonNode? node)
    {
        var types = new List<string>();
        foreach (var item in SchemaValues.All(node))
        {
            var text = PlainText.Clean(SchemaValues.Text(item));
            if (text is null)
            {
                continue;
            }

            foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!types.Contains(part, StringComparer.OrdinalIgnoreCase))
                {
                    types.Add(part);
                }
            }
        }

        return types;
    }

    private static List<RawLocation> Locations(JsonObject node, PageFacts page, JobPostingDefaults defaults)
    {
        var locations = new List<RawLocation>();
        foreach (var item in SchemaValues.All(SchemaValues.Get(node, "jobLocation")))
        {
            if (LocationReader.Read(item) is { } location)
            {
                locations.Add(location);
            }
        }

        if (locations.Count == 0)
        {
            foreach (var item in SchemaValues.All(SchemaValues.Get(node, "applicantLocationRequirements")))
            {
                if (CountryCodes.ToIso2(SchemaValues.Text(item)) is { } country)
                {
                    locations.Add(new RawLocation { Country = country, Text = PlainText.Clean(SchemaValues.Text(item)) });
                }
            }
        }

        var fallback = defaults.Country ?? page.Country;
        if (fallback is null)
        {
            return locations;
        }

        return [.. locations.Select(l => l.Country is null ? l with { Country = fallback } : l)];
    }
}
