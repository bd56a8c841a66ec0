using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Ats;

/// <summary>
/// Personio XML feed <c>GET {Url}/xml?language={lang}</c> for each language of <c>settings.languages</c>
/// (comma-separated, default <c>de</c>). One vacancy per position id: the first language that lists it wins.
/// </summary>
internal sealed class PersonioAdapter : ISourceAdapter
{
    public const string LanguagesKey = "languages";

    public string Kind => SourceKinds.Personio;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (AtsSettings.Get(definition, LanguagesKey) is { } text
            && Languages(text) is var languages
            && (languages.Count == 0 || languages.Any(language => AtsJson.Language(language) != language)))
        {
            yield return new SourceProblem($"settings.{LanguagesKey}",
                $"settings.{LanguagesKey} must be comma-separated two-letter language codes (de,en,nl), not '{text}'.");
        }
    }

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = context.Definition;
        var languages = Languages(AtsSettings.Get(definition, LanguagesKey) ?? "de");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failures = 0;
        foreach (var language in languages)
        {
            var url = AtsSettings.Append(definition.Url, "xml?language=" + Uri.EscapeDataString(language));
            XDocument document;
            try
            {
                document = await AtsHttp.GetXmlAsync(context, url, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (AtsHttp.IsPageFailure(exception) && ++failures < languages.Count)
            {
                context.ReportProblem($"Personio feed in '{language}' could not be read: {exception.Message}; skipped");
                continue;
            }

            if (document.Root?.Name.LocalName != "workzag-jobs")
            {
                throw new AtsFeedException(url, "the XML is not a Personio feed (no <workzag-jobs> root)", malformed: true);
            }

            foreach (var position in document.Root.Elements("position"))
            {
                var vacancy = Map(position, language, definition);
                if (vacancy is not null && seen.Add(vacancy.Id!))
                {
                    yield return vacancy;
                }
            }
        }
    }

    private static RawVacancy? Map(XElement position, string language, SourceDefinition definition)
    {
        var id = Value(position, "id");
        var title = Value(position, "name");
        if (id is null || title is null)
        {
            return null;
        }

        var offices = position.Element("additionalOffices")?.Elements("office")
            .Select(office => Clean(office.Value)).OfType<string>()
            .Select(office => Place(office, definition)).ToList() ?? [];
        return new RawVacancy
        {
            Id = id,
            Url = AtsSettings.Append(definition.Url, "job/" + Uri.EscapeDataString(id)).ToString(),
            Title = title,
            Description = Description(position),
            Employer = Value(position, "subcompany") ?? definition.Employer,
            Location = Value(position, "office") is { } office ? Place(office, definition) : null,
            Locations = offices,
            Posted = AtsJson.IsoDate(Value(position, "createdAt")),
            Language = language,
            EmploymentType = [.. new[] { Value(position, "employmentType"), Value(position, "schedule") }.OfType<string>()],
        };
    }

    private static string? Description(XElement position)
    {
        var text = new StringBuilder();
        foreach (var part in position.Element("jobDescriptions")?.Elements("jobDescription") ?? [])
        {
            if (Value(part, "name") is { } heading)
            {
                text.AppendHeading(heading);
            }

            text.Append(part.Element("value")?.Value.Trim());
        }

        return text.Length == 0 ? null : text.ToString();
    }

    private static RawLocation Place(string office, SourceDefinition definition) =>
        new() { Text = office, Place = office, Country = definition.Country };

    private static string? Value(XElement element, string name) => Clean(element.Element(name)?.Value);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> Languages(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(language => language.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
}
