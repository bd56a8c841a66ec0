using System.Text.Json.Nodes;
using AngleSharp.Dom;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// Converts microdata items of type JobPosting (<c>itemscope itemtype=".../JobPosting"</c>) into the JSON-LD shape,
/// nested items (hiringOrganization, jobLocation, address, baseSalary…) as nested objects.
/// </summary>
internal static class MicrodataReader
{
    private const int MaxDepth = 12;

    public static void Read(IDocument document, List<PostingNode> found)
    {
        foreach (var element in document.QuerySelectorAll("[itemscope][itemtype]"))
        {
            if (!IsJobPosting(element.GetAttribute("itemtype")) || HasJobPostingAncestor(element))
            {
                continue;
            }

            found.Add(new PostingNode(ReadItem(element, 0), PostingSource.Microdata, EntityDecoded: true));
        }
    }

    private static bool IsJobPosting(string? itemType) =>
        itemType is not null
        && itemType.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(t => t.TrimEnd('/').EndsWith("/JobPosting", StringComparison.OrdinalIgnoreCase));

    private static bool HasJobPostingAncestor(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.HasAttribute("itemscope") && IsJobPosting(parent.GetAttribute("itemtype")))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonObject ReadItem(IElement item, int depth)
    {
        var obj = new JsonObject();
        var type = item.GetAttribute("itemtype");
        if (type is not null)
        {
            obj["@type"] = type.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? type;
        }

        AddProperties(item, obj, depth);
        return obj;
    }

    private static void AddProperties(IElement parent, JsonObject obj, int depth)
    {
        foreach (var child in parent.Children)
        {
            var names = child.GetAttribute("itemprop");
            var isScope = child.HasAttribute("itemscope");
            if (names is not null)
            {
                JsonNode value = isScope && depth < MaxDepth
                    ? ReadItem(child, depth + 1)
                    : JsonValue.Create(Value(child, names));
                foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(obj, name, value.DeepClone());
                }
            }

            if (!isScope)
            {
                AddProperties(child, obj, depth);
            }
        }
    }

    private static void Add(JsonObject obj, string name, JsonNode value)
    {
        if (!obj.TryGetPropertyValue(name, out var existing))
        {
            obj[name] = value;
        }
        else if (existing is JsonArray array)
        {
            array.Add(value);
        }
        else
        {
            obj[name] = new JsonArray(existing!.DeepClone(), value);
        }
    }

    private static string Value(IElement element, string names)
    {
        if (element.GetAttribute("content") is { } content)
        {
            return content;
        }

        return element.LocalName switch
        {
            "meta" => string.Empty,
            "a" or "link" or "area" => element.GetAttribute("href") ?? element.TextContent,
            "img" or "audio" or "video" or "source" or "iframe" or "embed" or "track" => element.GetAttribute("src") ?? string.Empty,
            "time" => element.GetAttribute("datetime") ?? element.TextContent,
            "data" or "meter" => element.GetAttribute("value") ?? element.TextContent,
            "object" => element.GetAttribute("data") ?? string.Empty,
            _ when names.Contains("description", StringComparison.Ordinal) => element.InnerHtml,
            _ => element.TextContent,
        };
    }
}
