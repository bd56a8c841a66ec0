using System.Text.RegularExpressions;

namespace GrensJobs.Demo;

/// <summary>A demo site's <c>_types</c> file: lines <c>pattern content-type</c>, first match wins, <c>*</c> matches anything.</summary>
internal sealed class ContentTypeRules(IReadOnlyList<(Regex Pattern, string ContentType)> rules)
{
    public static ContentTypeRules Load(string siteDirectory)
    {
        var file = Path.Combine(siteDirectory, "_types");
        if (!File.Exists(file))
        {
            return new ContentTypeRules([]);
        }

        var rules = new List<(Regex, string)>();
        foreach (var line in File.ReadLines(file))
        {
            var trimmed = line.Trim();
            var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || space < 0)
            {
                continue;
            }

            var pattern = "^" + Regex.Escape(trimmed[..space]).Replace("\\*", ".*", StringComparison.Ordinal) + "$";
            rules.Add((new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), trimmed[(space + 1)..].Trim()));
        }

        return new ContentTypeRules(rules);
    }

    public string? Find(string relativePath) =>
        rules.FirstOrDefault(rule => rule.Pattern.IsMatch(relativePath)).ContentType;
}
