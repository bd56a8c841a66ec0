using System.Text.Json.Nodes;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// Resolves <c>{"@id": "…"}</c> references inside a JobPosting to the node of the same block that carries that id
/// (the Organization or Place of a Yoast-style <c>@graph</c>), so a posting reads like one nested object.
/// </summary>
internal static class JsonLdReferences
{
    private const int MaxDepth = 6;

    public static Dictionary<string, JsonObject> Index(JsonNode? root)
    {
        var index = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        Walk(root, index, 0);
        return index;
    }

    /// <summary>The posting with references resolved (a copy when anything was replaced).</summary>
    public static JsonObject Resolve(JsonObject posting, Dictionary<string, JsonObject> index)
    {
        if (index.Count == 0)
        {
            return posting;
        }

        var copy = (JsonObject)posting.DeepClone();
        ResolveIn(copy, index, 0);
        return copy;
    }

    private static void Walk(JsonNode? node, Dictionary<string, JsonObject> index, int depth)
    {
        if (depth > 24)
        {
            return;
        }

        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, index, depth + 1);
                }

                break;
            case JsonObject obj:
                if (obj.Count > 1 && !IsReference(obj) && SchemaValues.Text(obj["@id"]) is { } id)
                {
                    index.TryAdd(id, obj);
                }

                foreach (var (_, value) in obj)
                {
                    Walk(value, index, depth + 1);
                }

                break;
        }
    }

    private static void ResolveIn(JsonNode node, Dictionary<string, JsonObject> index, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject item && Target(item, index) is { } target)
                {
                    array[i] = target.DeepClone();
                }

                if (array[i] is { } child)
                {
                    ResolveIn(child, index, depth + 1);
                }
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var name in obj.Select(p => p.Key).ToList())
        {
            if (obj[name] is JsonObject value && Target(value, index) is { } target)
            {
                obj[name] = target.DeepClone();
            }

            if (obj[name] is JsonObject or JsonArray)
            {
                ResolveIn(obj[name]!, index, depth + 1);
            }
        }
    }

    private static JsonObject? Target(JsonObject obj, Dictionary<string, JsonObject> index) =>
        IsReference(obj) && SchemaValues.Text(obj["@id"]) is { } id && index.TryGetValue(id, out var target) ? target : null;

    private static bool IsReference(JsonObject obj) =>
        obj.ContainsKey("@id") && obj.All(p => p.Key is "@id" or "@type");
}
