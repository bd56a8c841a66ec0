using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>Builds a raw vacancy from a listing item and its detail page (a detail value wins over a listing value).</summary>
internal sealed partial class HtmlVacancyExtractor(SourceDefinition definition, HtmlSite site)
{
    private readonly Dictionary<string, HtmlSelector> listing = Compile(site.ListingFields);
    private readonly Dictionary<string, HtmlSelector> detail = Compile(site.DetailFields);
    private readonly CultureInfo dateCulture =
        site.DateCulture is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(site.DateCulture);

    /// <summary>The vacancy, or null when neither page gives a title.</summary>
    public RawVacancy? Extract(IElement item, IHtmlDocument? detailPage, Uri? detailUrl)
    {
        string? Value(string field) =>
            (detailPage?.DocumentElement is { } root ? ValueOf(root, detail, field) : null) ?? ValueOf(item, listing, field);

        if (Value(HtmlFields.Title) is not { } title)
        {
            return null;
        }

        var place = Value(HtmlFields.Place);
        var postalCode = Value(HtmlFields.PostalCode);
        var country = CountryCode(Value(HtmlFields.Country)) ?? definition.Country;
        var locationText = string.Join(" ", new[] { postalCode, place }.Where(part => part is not null));
        var salary = Value(HtmlFields.Salary);
        var employmentType = Value(HtmlFields.EmploymentType);
        return new RawVacancy
        {
            Id = Value(HtmlFields.Id),
            Source = definition.Id,
            Url = detailUrl?.AbsoluteUri,
            Title = title,
            Description = Value(HtmlFields.Description),
            Employer = Value(HtmlFields.Employer) ?? definition.Employer,
            Location = place is null && postalCode is null && country is null
                ? null
                : new RawLocation
                {
                    Text = locationText.Length == 0 ? null : locationText,
                    PostalCode = postalCode,
                    Place = place,
                    Country = country,
                },
            Posted = Date(Value(HtmlFields.Posted)),
            ValidThrough = Date(Value(HtmlFields.ValidThrough)),
            Language = definition.Language,
            EmploymentType = employmentType is null ? [] : [employmentType],
            Salary = salary is null ? null : new RawSalary { Text = salary },
        };
    }

    private static string? ValueOf(IElement scope, Dictionary<string, HtmlSelector> selectors, string field)
    {
        if (!selectors.TryGetValue(field, out var selector) || selector.FindIn(scope) is not { } element)
        {
            return null;
        }

        var value = selector.Attribute is not null
            ? element.GetAttribute(selector.Attribute)
            : field == HtmlFields.Description ? element.InnerHtml : Spaces().Replace(element.TextContent, " ");
        value = value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private DateOnly? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (site.DateFormat is not null &&
            DateTime.TryParseExact(text, site.DateFormat, dateCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return DateOnly.FromDateTime(exact);
        }

        var iso = IsoDate().Match(text);
        return iso.Success &&
            DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static string? CountryCode(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var folded = text.Trim().ToUpperInvariant();
        return folded switch
        {
            "NL" or "NEDERLAND" or "NIEDERLANDE" or "NETHERLANDS" or "THE NETHERLANDS" or "PAYS-BAS" => "NL",
            "DE" or "DEUTSCHLAND" or "DUITSLAND" or "GERMANY" or "ALLEMAGNE" => "DE",
            "BE" or "BELGIË" or "BELGIE" or "BELGIEN" or "BELGIUM" or "BELGIQUE" => "BE",
            _ when folded.Length == 2 && folded.All(char.IsAsciiLetterUpper) => folded,
            _ => null,
        };
    }

    private static Dictionary<string, HtmlSelector> Compile(IReadOnlyDictionary<string, string> fields) =>
        fields.ToDictionary(pair => pair.Key, pair => HtmlSelector.Parse(pair.Value), StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex IsoDate();
}
