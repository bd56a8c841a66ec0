using System.Text;

namespace GrensJobs.Crawlers.Ats;

/// <summary>HTML pieces the adapters assemble descriptions from.</summary>
internal static class AtsHtml
{
    /// <summary>An <c>&lt;h3&gt;</c> of a plain-text heading; only <c>&amp; &lt; &gt;</c> are escaped, umlauts stay.</summary>
    public static StringBuilder AppendHeading(this StringBuilder html, string heading) =>
        html.Append("<h3>")
            .Append(heading.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal))
            .Append("</h3>");
}
