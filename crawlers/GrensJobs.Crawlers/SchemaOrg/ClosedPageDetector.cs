using System.Text;
using AngleSharp.Dom;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>Whether a page says its vacancy is closed, filled or no longer available (nl, de, fr, en).</summary>
internal static class ClosedPageDetector
{
    private const int MaxTextChars = 200_000;

    private static readonly string[] Phrases =
    [
        // nl
        "deze vacature is gesloten", "vacature is gesloten", "niet meer beschikbaar", "deze vacature is verlopen",
        "deze vacature is vervuld", "vacature is niet meer actief", "deze vacature is niet meer online",
        "je kunt niet meer solliciteren", "sollicitatietermijn is verstreken",
        // de
        "diese stelle ist bereits besetzt", "stelle ist bereits besetzt", "nicht mehr verfügbar", "nicht mehr verfugbar",
        "diese stellenanzeige ist nicht mehr aktiv", "stellenanzeige ist abgelaufen", "diese stelle ist leider bereits vergeben",
        "die bewerbungsfrist ist abgelaufen", "diese stelle wurde bereits besetzt", "stellenangebot ist nicht mehr aktuell",
        // fr
        "cette offre n'est plus disponible", "offre n'est plus disponible", "cette offre a expiré", "cette offre est expirée",
        "ce poste a été pourvu", "ce poste est pourvu", "cette offre d'emploi n'est plus active", "offre pourvue",
        // en
        "this job is no longer available", "job is no longer available", "no longer accepting applications",
        "this position has been filled", "this job has expired", "this vacancy has been filled", "this vacancy is closed",
        "this job posting has expired", "position is no longer available", "vacancy is no longer available",
    ];

    /// <summary>Words every phrase contains one of: a page whose source has none of them cannot say it is closed.</summary>
    private static readonly string[] Stems =
    [
        "gesloten", "beschikbaar", "verlopen", "vervuld", "niet meer", "verstreken", "besetzt", "verf", "nicht mehr",
        "abgelaufen", "vergeben", "disponible", "expir", "pourvu", "plus active", "no longer", "filled", "closed",
    ];

    public static bool SaysClosed(IDocument document)
    {
        var source = document.Source.Text;
        if (!Stems.Any(stem => source.Contains(stem, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var text = VisibleText(document);
        foreach (var phrase in Phrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string VisibleText(IDocument document)
    {
        var builder = new StringBuilder(8192);
        builder.Append(document.Title?.ToLowerInvariant()).Append(' ');
        if (document.Body is not null)
        {
            Append(document.Body, builder);
        }

        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (builder.Length > MaxTextChars)
            {
                return;
            }

            switch (child)
            {
                case IText text:
                    foreach (var c in text.Data)
                    {
                        var mapped = c switch
                        {
                            '’' or '‘' or '`' or '´' => '\'',
                            _ when char.IsWhiteSpace(c) => ' ',
                            _ => char.ToLowerInvariant(c),
                        };
                        if (mapped != ' ' || (builder.Length > 0 && builder[^1] != ' '))
                        {
                            builder.Append(mapped);
                        }
                    }

                    if (builder.Length > 0 && builder[^1] != ' ')
                    {
                        builder.Append(' ');
                    }

                    break;
                case IElement element when element.LocalName is "script" or "style" or "template" or "noscript" or "svg":
                    break;
                case IElement element:
                    Append(element, builder);
                    break;
            }
        }
    }
}
