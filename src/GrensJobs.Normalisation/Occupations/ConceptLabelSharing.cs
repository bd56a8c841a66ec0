using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>Which ESCO concepts share a label (folded, in any language) with which others.</summary>
internal static class ConceptLabelSharing
{
    public static Dictionary<string, IReadOnlyList<string>> Of(EscoCatalog catalog)
    {
        var byLabel = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var concept in catalog.Concepts)
        {
            foreach (var labels in concept.Labels)
            {
                foreach (var label in labels)
                {
                    var key = TextFolding.Fold(label);
                    if (!byLabel.TryGetValue(key, out var uris))
                    {
                        byLabel[key] = uris = [];
                    }

                    if (uris.Count == 0 || !string.Equals(uris[^1], concept.Uri, StringComparison.Ordinal))
                    {
                        uris.Add(concept.Uri);
                    }
                }
            }
        }

        var related = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var uris in byLabel.Values)
        {
            if (uris.Count is < 2 or > 6)
            {
                // A label shared by many concepts ("manager", "medewerker") says nothing about relatedness.
                continue;
            }

            foreach (var uri in uris)
            {
                if (!related.TryGetValue(uri, out var set))
                {
                    related[uri] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(uris.Where(other => !string.Equals(other, uri, StringComparison.Ordinal)));
            }
        }

        return related.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)[.. pair.Value.Order(StringComparer.Ordinal)], StringComparer.Ordinal);
    }
}
