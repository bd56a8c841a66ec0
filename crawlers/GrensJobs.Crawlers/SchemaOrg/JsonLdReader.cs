using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>Finds the schema.org JobPosting objects in a page's JSON-LD blocks, wherever they are nested.</summary>
internal static class JsonLdReader
{
    private const int MaxDepth = 24;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    };

    public static bool Read(IDocument document, List<PostingNode> found, List<string> notes)
    {
        var blockNumber = 0;
        var missedPosting = false;
        foreach (var script in document.Scripts)
        {
            if (!IsJsonLd(script.GetAttribute("type")))
            {
                continue;
            }

            blockNumber++;
            var raw = script.TextContent;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            JsonNode? root;
            bool entityDecoded;
            try
            {
                var repaired = JsonLdRepair.Repair(raw, out entityDecoded);
                root = JsonNode.Parse(repaired, documentOptions: DocumentOptions);
            }
            catch (JsonException exception)
            {
                var posting = raw.Contains("JobPosting", StringComparison.OrdinalIgnoreCase);
                missedPosting |= posting;
                notes.Add($"JSON-LD block {blockNumber}{(posting ? " (a JobPosting)" : string.Empty)} could not be read: {exception.Message}");
                continue;
            }

            var start = found.Count;
            Collect(root, found, entityDecoded, 0);
            if (found.Count > start)
            {
                var index = JsonLdReferences.Index(root);
                for (var i = start; i < found.Count; i++)
                {
                    found[i] = found[i] with { Node = JsonLdReferences.Resolve(found[i].Node, index) };
                }
            }
        }

        return missedPosting;
    }

    internal static bool IsJsonLd(string? type)
    {
        if (type is null)
        {
            return false;
        }

        var trimmed = type.AsSpan().Trim();
        var semicolon = trimmed.IndexOf(';');
        if (semicolon >= 0)
        {
            trimmed = trimmed[..semicolon].TrimEnd();
        }

        return trimmed.Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);
    }

    private static void Collect(JsonNode? node, List<PostingNode> found, bool entityDecoded, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, found, entityDecoded, depth + 1);
                }

                break;
            case JsonObject obj when SchemaValues.HasType(obj, "JobPosting"):
                found.Add(new PostingNode(obj, PostingSource.JsonLd, entityDecoded));
                break;
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    if (value is JsonObject or JsonArray)
                    {
                        Collect(value, found, entityDecoded, depth + 1);
                    }
                }

                break;
        }
    }
}
