namespace GrensJobs.Crawlers.Sources;

/// <summary>
/// One reason a definition file is invalid, at a line (1-based) of the file:
/// <c>crawlers/sources/venlo-techniek.yaml:12: listing.item: "div..vacancy" is not a valid CSS selector</c>.
/// </summary>
public sealed record SourceDefinitionError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Message}";
}
