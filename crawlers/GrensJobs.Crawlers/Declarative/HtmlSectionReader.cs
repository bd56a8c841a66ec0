using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>Reads the <c>listing</c>, <c>detail</c> and <c>dates</c> sections of an html definition.</summary>
internal sealed class HtmlSectionReader(DefinitionDiagnostics diagnostics, YamlValues values)
{
    private static readonly string[] ListingKeys = ["url", "item", "link", "next", "firstPage", "lastPage", "maxPages", "fields"];
    private static readonly string[] DetailKeys = ["fields"];
    private static readonly string[] DateKeys = ["format", "culture"];

    private readonly List<string> sections = [];
    private HtmlSite site = new() { Item = string.Empty };
    private bool hasListing;

    public void Read(string section, YamlNode node)
    {
        sections.Add(section);
        if (values.Mapping(section, node) is not { } mapping)
        {
            return;
        }

        switch (section)
        {
            case "listing":
                hasListing = true;
                ReadListing(mapping);
                break;
            case "detail":
                foreach (var (_, path, value) in values.Entries(section, mapping, DetailKeys))
                {
                    site = site with { DetailFields = ReadFields(path, value) };
                }

                break;
            default:
                ReadDates(mapping);
                break;
        }
    }

    /// <summary>The site (null without a listing section); sections on another kind are errors.</summary>
    public HtmlSite? Build(bool isHtmlKind)
    {
        if (!isHtmlKind)
        {
            foreach (var section in sections)
            {
                diagnostics.AddFor(section, "only definitions of kind html have this section");
            }

            return null;
        }

        return hasListing ? site : null;
    }

    private void ReadListing(YamlMappingNode mapping)
    {
        foreach (var (key, path, value) in values.Entries("listing", mapping, ListingKeys))
        {
            site = key switch
            {
                "url" => site with { ListingUrl = values.Text(path, value) },
                "item" => site with { Item = Selector(path, value) ?? string.Empty },
                "link" => site with { Link = Selector(path, value) },
                "next" => site with { Next = Selector(path, value) },
                "firstPage" => site with { FirstPage = values.Integer(path, value, 0, 100_000) ?? site.FirstPage },
                "lastPage" => site with { LastPage = values.Integer(path, value, 0, 100_000) },
                "maxPages" => site with { MaxListingPages = values.Integer(path, value, 1, 1_000) ?? site.MaxListingPages },
                _ => site with { ListingFields = ReadFields(path, value) },
            };
        }
    }

    private Dictionary<string, string> ReadFields(string path, YamlNode node)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (values.Mapping(path, node) is not { } mapping)
        {
            return fields;
        }

        foreach (var (key, fieldPath, value) in values.Entries(path, mapping, HtmlFields.All))
        {
            if (Selector(fieldPath, value) is { } selector)
            {
                fields[key] = selector;
            }
        }

        return fields;
    }

    private string? Selector(string path, YamlNode node)
    {
        if (values.Text(path, node) is not { } text)
        {
            return null;
        }

        if (!HtmlSelector.TryParse(text, out _, out var error))
        {
            diagnostics.AddFor(path, error);
            return null;
        }

        return text;
    }

    private void ReadDates(YamlMappingNode mapping)
    {
        foreach (var (key, path, value) in values.Entries("dates", mapping, DateKeys))
        {
            if (values.Text(path, value) is not { } text)
            {
                continue;
            }

            if (key == "culture")
            {
                try
                {
                    _ = CultureInfo.GetCultureInfo(text, predefinedOnly: true);
                    site = site with { DateCulture = text };
                }
                catch (CultureNotFoundException)
                {
                    diagnostics.AddFor(path, $"{DefinitionDiagnostics.Quote(text)} is not a known culture (e.g. nl-NL, de-DE, fr-BE)");
                }
            }
            else if (IsUsableDateFormat(text))
            {
                site = site with { DateFormat = text };
            }
            else
            {
                diagnostics.AddFor(path, $"{DefinitionDiagnostics.Quote(text)} is not a .NET date format with day, month and year (e.g. dd.MM.yyyy, d MMMM yyyy)");
            }
        }
    }

    private static bool IsUsableDateFormat(string format)
    {
        if (!format.Contains('d', StringComparison.Ordinal) || !format.Contains('M', StringComparison.Ordinal) ||
            !format.Contains('y', StringComparison.Ordinal))
        {
            return false;
        }

        var sample = new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Unspecified);
        try
        {
            var text = sample.ToString(format, CultureInfo.InvariantCulture);
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back) &&
                back.Date == sample.Date;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
