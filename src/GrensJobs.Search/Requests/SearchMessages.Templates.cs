namespace GrensJobs.Search.Requests;

/// <summary>
/// The templates, in the order nl, de, fr, en. <c>{0}</c> is the parameter as the surface spells it, then the values of
/// the error in order, then the spelling of the related parameter.
/// </summary>
public static partial class SearchMessages
{
    private static readonly Dictionary<SearchErrorKind, string[]> Templates = new()
    {
        [SearchErrorKind.QueryTooLong] =
        [
            "{0}: de zoekopdracht heeft {2} tekens, meer dan de grens van {1}. Gebruik minder of kortere woorden.",
            "{0}: Die Suchanfrage hat {2} Zeichen, mehr als die Grenze von {1}. Verwenden Sie weniger oder kürzere Wörter.",
            "{0} : la requête compte {2} caractères, plus que la limite de {1}. Utilisez moins de mots ou des mots plus courts.",
            "{0}: the query has {2} characters, more than the limit of {1}. Use fewer or shorter words.",
        ],
        [SearchErrorKind.QueryTooManyWords] =
        [
            "{0}: de zoekopdracht heeft {2} woorden, meer dan de grens van {1}. Gebruik minder woorden.",
            "{0}: Die Suchanfrage hat {2} Wörter, mehr als die Grenze von {1}. Verwenden Sie weniger Wörter.",
            "{0} : la requête compte {2} mots, plus que la limite de {1}. Utilisez moins de mots.",
            "{0}: the query has {2} words, more than the limit of {1}. Use fewer words.",
        ],
        [SearchErrorKind.TooManyValues] =
        [
            "{0}: {2} waarden opgegeven, meer dan de grens van {1}.",
            "{0}: {2} Werte angegeben, mehr als die Grenze von {1}.",
            "{0} : {2} valeurs indiquées, plus que la limite de {1}.",
            "{0}: {2} values given, more than the limit of {1}.",
        ],
        [SearchErrorKind.UnknownCountry] =
        [
            "{0}: \"{1}\" is geen ISO 3166-1-landcode; gebruik twee letters zoals NL, DE of BE.",
            "{0}: „{1}“ ist kein Ländercode nach ISO 3166-1; verwenden Sie zwei Buchstaben wie NL, DE oder BE.",
            "{0} : « {1} » n'est pas un code pays ISO 3166-1 ; utilisez deux lettres comme NL, DE ou BE.",
            "{0}: \"{1}\" is not an ISO 3166-1 country code; use two letters such as NL, DE or BE.",
        ],
        [SearchErrorKind.UnknownEuregio] =
        [
            "{0}: onbekende Euregio \"{1}\"; gebruik een van {2}.",
            "{0}: unbekannte Euregio „{1}“; verwenden Sie eine von {2}.",
            "{0} : Euregio inconnue « {1} » ; utilisez l'une de {2}.",
            "{0}: unknown Euregio \"{1}\"; use one of {2}.",
        ],
        [SearchErrorKind.BadNuts3] =
        [
            "{0}: \"{1}\" is geen NUTS-3-code zoals NL423 of DEA1B.",
            "{0}: „{1}“ ist kein NUTS-3-Code wie NL423 oder DEA1B.",
            "{0} : « {1} » n'est pas un code NUTS 3 comme NL423 ou DEA1B.",
            "{0}: \"{1}\" is not a NUTS-3 code such as NL423 or DEA1B.",
        ],
        [SearchErrorKind.BadOccupation] =
        [
            "{0}: \"{1}\" is geen ISCO-08-code van 1 tot 4 cijfers (7, 72, 7212).",
            "{0}: „{1}“ ist kein ISCO-08-Code mit 1 bis 4 Ziffern (7, 72, 7212).",
            "{0} : « {1} » n'est pas un code ISCO-08 de 1 à 4 chiffres (7, 72, 7212).",
            "{0}: \"{1}\" is not an ISCO-08 code of 1 to 4 digits (7, 72, 7212).",
        ],
        [SearchErrorKind.UnknownContract] =
        [
            "{0}: onbekend contract \"{1}\"; gebruik een van {2}.",
            "{0}: unbekannte Vertragsart „{1}“; verwenden Sie eine von {2}.",
            "{0} : type de contrat inconnu « {1} » ; utilisez l'un de {2}.",
            "{0}: unknown contract \"{1}\"; use one of {2}.",
        ],
        [SearchErrorKind.UnknownRemote] =
        [
            "{0}: \"{1}\" is niet onsite, hybrid of remote.",
            "{0}: „{1}“ ist nicht onsite, hybrid oder remote.",
            "{0} : « {1} » n'est pas onsite, hybrid ou remote.",
            "{0}: \"{1}\" is not onsite, hybrid or remote.",
        ],
        [SearchErrorKind.BadHours] =
        [
            "{0}: \"{1}\" is geen bereik van uren per week zoals 32-40 (0 tot {2}).",
            "{0}: „{1}“ ist kein Bereich von Wochenstunden wie 32-40 (0 bis {2}).",
            "{0} : « {1} » n'est pas une plage d'heures par semaine comme 32-40 (0 à {2}).",
            "{0}: \"{1}\" is not a range of weekly hours such as 32-40 (0 to {2}).",
        ],
        [SearchErrorKind.BadDate] =
        [
            "{0}: \"{1}\" is geen datum zoals 2026-11-01 (jaar-maand-dag).",
            "{0}: „{1}“ ist kein Datum wie 2026-11-01 (Jahr-Monat-Tag).",
            "{0} : « {1} » n'est pas une date comme 2026-11-01 (année-mois-jour).",
            "{0}: \"{1}\" is not a date such as 2026-11-01 (year-month-day).",
        ],
        [SearchErrorKind.BadSpeaks] =
        [
            "{0}: \"{1}\" is geen taal met een ERK-niveau zoals de:B1 (niveaus A1 tot C2).",
            "{0}: „{1}“ ist keine Sprache mit GER-Niveau wie de:B1 (Niveaus A1 bis C2).",
            "{0} : « {1} » n'est pas une langue avec un niveau CECRL comme de:B1 (niveaux A1 à C2).",
            "{0}: \"{1}\" is not a language with a CEFR level such as de:B1 (levels A1 to C2).",
        ],
        [SearchErrorKind.UnknownSort] =
        [
            "{0}: \"{1}\" is niet relevance, date of distance.",
            "{0}: „{1}“ ist nicht relevance, date oder distance.",
            "{0} : « {1} » n'est pas relevance, date ou distance.",
            "{0}: \"{1}\" is not relevance, date or distance.",
        ],
        [SearchErrorKind.UnknownUiLanguage] =
        [
            "{0}: \"{1}\" is niet nl, de, fr of en.",
            "{0}: „{1}“ ist nicht nl, de, fr oder en.",
            "{0} : « {1} » n'est pas nl, de, fr ou en.",
            "{0}: \"{1}\" is not nl, de, fr or en.",
        ],
        [SearchErrorKind.UnknownPlace] =
        [
            "{0}: onbekende plaats \"{1}\"; geef een plaatsnaam (Aachen, Aken, Aix-la-Chapelle) of een postcode (5911, 47623, 4000).",
            "{0}: unbekannter Ort „{1}“; geben Sie einen Ortsnamen (Aachen, Aken, Aix-la-Chapelle) oder eine Postleitzahl (5911, 47623, 4000) an.",
            "{0} : lieu inconnu « {1} » ; indiquez un nom de lieu (Aachen, Aken, Aix-la-Chapelle) ou un code postal (5911, 47623, 4000).",
            "{0}: unknown place \"{1}\"; give a place name (Aachen, Aken, Aix-la-Chapelle) or a postal code (5911, 47623, 4000).",
        ],
        [SearchErrorKind.RadiusNeedsNear] =
        [
            "{0} heeft {1} nodig: een plaats om de afstand vanaf te meten.",
            "{0} braucht {1}: einen Ort, von dem aus die Entfernung gemessen wird.",
            "{0} a besoin de {1} : un lieu à partir duquel mesurer la distance.",
            "{0} needs {1}: a place to measure the distance from.",
        ],
        [SearchErrorKind.DistanceSortNeedsNear] =
        [
            "{0} distance heeft {1} nodig: een plaats om de afstand vanaf te meten.",
            "{0} distance braucht {1}: einen Ort, von dem aus die Entfernung gemessen wird.",
            "{0} distance a besoin de {1} : un lieu à partir duquel mesurer la distance.",
            "{0} distance needs {1}: a place to measure the distance from.",
        ],
        [SearchErrorKind.NotANumber] =
        [
            "{0}: \"{1}\" is geen getal; geef er een van {2} tot {3}.",
            "{0}: „{1}“ ist keine Zahl; geben Sie eine von {2} bis {3} an.",
            "{0} : « {1} » n'est pas un nombre ; indiquez-en un de {2} à {3}.",
            "{0}: \"{1}\" is not a number; give one from {2} to {3}.",
        ],
        [SearchErrorKind.NotAWholeNumber] =
        [
            "{0}: \"{1}\" is geen geheel getal; geef er een van {2} tot {3}.",
            "{0}: „{1}“ ist keine ganze Zahl; geben Sie eine von {2} bis {3} an.",
            "{0} : « {1} » n'est pas un nombre entier ; indiquez-en un de {2} à {3}.",
            "{0}: \"{1}\" is not a whole number; give one from {2} to {3}.",
        ],
        [SearchErrorKind.OutOfRange] =
        [
            "{0}: {1} valt buiten het bereik; geef een getal van {2} tot {3}.",
            "{0}: {1} liegt außerhalb des Bereichs; geben Sie eine Zahl von {2} bis {3} an.",
            "{0} : {1} est hors limites ; indiquez un nombre de {2} à {3}.",
            "{0}: {1} is out of range; give a number from {2} to {3}.",
        ],
        [SearchErrorKind.NotPositive] =
        [
            "{0}: {1} valt buiten het bereik; geef een afstand groter dan 0 en hoogstens {2} km.",
            "{0}: {1} liegt außerhalb des Bereichs; geben Sie eine Entfernung größer als 0 und höchstens {2} km an.",
            "{0} : {1} est hors limites ; indiquez une distance supérieure à 0 et d'au plus {2} km.",
            "{0}: {1} is out of range; give a distance greater than 0 and at most {2} km.",
        ],
        [SearchErrorKind.ResultWindow] =
        [
            "{0} {1} met {5} {2} reikt tot resultaat {3}, voorbij de grens van {4} (pagina × aantal). Verfijn de zoekopdracht liever met woorden of filters.",
            "{0} {1} mit {5} {2} reicht bis Treffer {3}, über die Grenze von {4} hinaus (Seite × Anzahl). Grenzen Sie die Suche lieber mit Wörtern oder Filtern ein.",
            "{0} {1} avec {5} {2} atteint le résultat {3}, au-delà de la limite de {4} (page × nombre). Affinez plutôt la recherche avec des mots ou des filtres.",
            "{0} {1} with {5} {2} reaches result {3}, beyond the limit of {4} (page × top). Narrow the search with words or filters instead.",
        ],
        [SearchErrorKind.Repeated] =
        [
            "{0} is meer dan eens opgegeven; geef het één keer.",
            "{0} wurde mehrmals angegeben; geben Sie es nur einmal an.",
            "{0} est indiqué plusieurs fois ; indiquez-le une seule fois.",
            "{0} is given more than once; give it once.",
        ],
        [SearchErrorKind.UnknownParameter] =
        [
            "\"{1}\" is geen zoekparameter; gebruik {2}.",
            "„{1}“ ist kein Suchparameter; verwenden Sie {2}.",
            "« {1} » n'est pas un paramètre de recherche ; utilisez {2}.",
            "\"{1}\" is not a search parameter; use {2}.",
        ],
        [SearchErrorKind.UnknownParameterDidYouMean] =
        [
            "\"{1}\" is geen zoekparameter; bedoelt u {2}?",
            "„{1}“ ist kein Suchparameter; meinten Sie {2}?",
            "« {1} » n'est pas un paramètre de recherche ; vouliez-vous dire {2} ?",
            "\"{1}\" is not a search parameter; did you mean {2}?",
        ],
    };
}
