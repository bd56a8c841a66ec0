using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Settles a near-tie between the two best fuzzy concepts with the description: the runner-up wins only when the
/// opening of the description names one of its labels, and a longer one than any of the leader's it names
/// ("soudeur de tuyaux" beats "soudeur").
/// </summary>
internal sealed class TieBreaker(EscoCatalog catalog)
{
    private const int Window = 600;

    public bool PrefersRunner(string leaderUri, int runner, string text, int language)
    {
        var leader = catalog.Find(leaderUri);
        if (leader is null)
        {
            return false;
        }

        var opening = " " + TextFolding.Fold(text.AsSpan(0, Math.Min(Window, text.Length))) + " ";
        var runnerMention = LongestMention(catalog.Concepts[runner], opening, language);
        return runnerMention > 0 && runnerMention > LongestMention(leader, opening, language);
    }

    private static int LongestMention(EscoConcept concept, string opening, int language)
    {
        var longest = 0;
        for (var lang = 0; lang < EscoLanguages.Count; lang++)
        {
            if (language >= 0 && lang != language)
            {
                continue;
            }

            foreach (var label in concept.Labels[lang])
            {
                var folded = TextFolding.Fold(label);
                if (folded.Length >= 4 && folded.Length > longest && opening.Contains(" " + folded + " ", StringComparison.Ordinal))
                {
                    longest = folded.Length;
                }
            }
        }

        return longest;
    }
}
