using System.Globalization;
using GrensJobs.Search.Requests;

namespace GrensJobs.Web;

/// <summary>Title and detail of each error status of the API, in the order nl, de, fr, en.</summary>
internal static class ProblemTexts
{
    private static readonly Dictionary<int, (string[] Title, string[] Detail)> Texts = new()
    {
        [400] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            ["Het verzoek kon niet worden gelezen.", "Die Anfrage konnte nicht gelesen werden.", "La requête n'a pas pu être lue.", "The request could not be read."]),
        [401] = (
            ["Inloggen vereist", "Anmeldung erforderlich", "Connexion requise", "Login required"],
            [
                "Log eerst in: POST /api/v1/mediator/login met uw naam en wachtwoord.",
                "Melden Sie sich zuerst an: POST /api/v1/mediator/login mit Ihrem Namen und Passwort.",
                "Connectez-vous d'abord : POST /api/v1/mediator/login avec votre nom et votre mot de passe.",
                "Log in first: POST /api/v1/mediator/login with your name and password.",
            ]),
        [403] = (
            ["Niet toegestaan", "Nicht erlaubt", "Non autorisé", "Not allowed"],
            [
                "De rol van uw account geeft geen toegang tot dit adres: bemiddelaars werken met profielen, matches en shortlists, beheerders lezen het auditlogboek.",
                "Die Rolle Ihres Kontos erlaubt diese Adresse nicht: Vermittler arbeiten mit Profilen, Treffern und Auswahllisten, Administratoren lesen das Prüfprotokoll.",
                "Le rôle de votre compte ne donne pas accès à cette adresse : les conseillers travaillent avec les profils, les correspondances et les listes restreintes, les administrateurs consultent le journal d'audit.",
                "Your account's role does not give access to this address: mediators work with profiles, matches and shortlists, admins read the audit log.",
            ]),
        [404] = (
            ["Niet gevonden", "Nicht gefunden", "Introuvable", "Not found"],
            [
                "Op dit adres staat niets. De API kent GET /api/search, GET /api/sources, GET /health en, na inloggen, /api/v1/mediator/.",
                "Unter dieser Adresse gibt es nichts. Die API kennt GET /api/search, GET /api/sources, GET /health und, nach der Anmeldung, /api/v1/mediator/.",
                "Il n'y a rien à cette adresse. L'API propose GET /api/search, GET /api/sources, GET /health et, après connexion, /api/v1/mediator/.",
                "There is nothing at this address. The API answers GET /api/search, GET /api/sources, GET /health and, after login, /api/v1/mediator/.",
            ]),
        [405] = (
            ["Methode niet toegestaan", "Methode nicht erlaubt", "Méthode non autorisée", "Method not allowed"],
            [
                "Deze methode is op dit adres niet toegestaan; de kop Allow noemt de methoden die wel mogen.",
                "Diese Methode ist unter dieser Adresse nicht erlaubt; der Header Allow nennt die erlaubten.",
                "Cette méthode n'est pas autorisée à cette adresse ; l'en-tête Allow indique celles qui le sont.",
                "This method is not allowed at this address; the Allow header lists the ones that are.",
            ]),
        [413] = (
            ["Verzoek te groot", "Anfrage zu groß", "Requête trop volumineuse", "Request too large"],
            [
                "Het verzoek heeft een inhoud van meer dan {0} bytes; de API neemt GET-verzoeken zonder inhoud.",
                "Die Anfrage hat einen Inhalt von mehr als {0} Bytes; die API nimmt GET-Anfragen ohne Inhalt an.",
                "Le corps de la requête dépasse {0} octets ; l'API accepte des requêtes GET sans corps.",
                "The request has a body of more than {0} bytes; the API takes GET requests without a body.",
            ]),
        [414] = (
            ["URL te lang", "URL zu lang", "URL trop longue", "URL too long"],
            [
                "De URL is langer dan {1} tekens. Gebruik minder of kortere woorden, of minder waarden.",
                "Die URL ist länger als {1} Zeichen. Verwenden Sie weniger oder kürzere Wörter oder weniger Werte.",
                "L'URL dépasse {1} caractères. Utilisez moins de mots, des mots plus courts ou moins de valeurs.",
                "The URL is longer than {1} characters. Use fewer or shorter words, or fewer values.",
            ]),
        [429] = (
            ["Te veel verzoeken", "Zu viele Anfragen", "Trop de requêtes", "Too many requests"],
            [
                "Er lopen te veel zoekopdrachten tegelijk; probeer het over een paar seconden opnieuw.",
                "Es laufen zu viele Suchen gleichzeitig; versuchen Sie es in einigen Sekunden erneut.",
                "Trop de recherches sont en cours ; réessayez dans quelques secondes.",
                "Too many searches are running at once; try again in a few seconds.",
            ]),
        [500] = (
            ["Er ging iets mis", "Etwas ist schiefgelaufen", "Une erreur s'est produite", "Something went wrong"],
            [
                "De server kon dit verzoek niet beantwoorden. Probeer het later opnieuw; blijft het misgaan, meld dan het tijdstip.",
                "Der Server konnte diese Anfrage nicht beantworten. Versuchen Sie es später erneut; wenn es weiter fehlschlägt, melden Sie den Zeitpunkt.",
                "Le serveur n'a pas pu répondre à cette requête. Réessayez plus tard ; si l'erreur persiste, signalez l'heure de la requête.",
                "The server could not answer this request. Try again later; if it keeps failing, report the time of the request.",
            ]),
        [503] = (
            ["Dienst niet beschikbaar", "Dienst nicht verfügbar", "Service indisponible", "Service unavailable"],
            [
                "De dienst kan dit verzoek nu niet beantwoorden; probeer het later opnieuw.",
                "Der Dienst kann diese Anfrage gerade nicht beantworten; versuchen Sie es später erneut.",
                "Le service ne peut pas répondre à cette requête pour le moment ; réessayez plus tard.",
                "The service cannot answer this request right now; try again later.",
            ]),
    };

    /// <summary>The title and detail of <paramref name="status"/> in <paramref name="language"/>, or null for a status without its own words.</summary>
    public static (string Title, string Detail)? For(int status, string language, ApiOptions limits)
    {
        if (!Texts.TryGetValue(status, out var texts))
        {
            return null;
        }

        var detail = string.Format(CultureInfo.InvariantCulture, SearchMessages.Pick(texts.Detail, language), limits.MaxBodyBytes, limits.MaxUrlCharacters);
        return (SearchMessages.Pick(texts.Title, language), detail);
    }
}
