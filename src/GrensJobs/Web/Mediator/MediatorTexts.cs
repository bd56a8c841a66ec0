using System.Globalization;
using GrensJobs.Search.Requests;

namespace GrensJobs.Web.Mediator;

/// <summary>Titles and details of the mediator area's own problems, in the order nl, de, fr, en; <c>{0}</c>, <c>{1}</c> are filled in.</summary>
internal static class MediatorTexts
{
    public const string LoginFailed = "loginFailed";
    public const string Locked = "locked";
    public const string Disabled = "disabled";
    public const string NoShortlist = "noShortlist";
    public const string NoItem = "noItem";
    public const string NoProfile = "noProfile";
    public const string NoVacancy = "noVacancy";
    public const string NameTaken = "nameTaken";
    public const string ItemThere = "itemThere";
    public const string BadName = "badName";
    public const string BadNote = "badNote";
    public const string BadOutcome = "badOutcome";
    public const string BadItem = "badItem";
    public const string BadLogin = "badLogin";
    public const string BadDates = "badDates";
    public const string BadTop = "badTop";
    public const string TooManyLogins = "tooManyLogins";
    public const string BadSeparator = "badSeparator";
    public const string NoOpenVacancy = "noOpenVacancy";
    public const string BadOpportunity = "badOpportunity";

    private static readonly Dictionary<string, (string[] Title, string[] Detail)> Texts = new(StringComparer.Ordinal)
    {
        [LoginFailed] = (
            ["Inloggen mislukt", "Anmeldung fehlgeschlagen", "Échec de la connexion", "Login failed"],
            ["De naam of het wachtwoord klopt niet.", "Der Name oder das Passwort ist falsch.", "Le nom ou le mot de passe est incorrect.", "The name or the password is wrong."]),
        [Locked] = (
            ["Account geblokkeerd", "Konto gesperrt", "Compte verrouillé", "Account locked"],
            [
                "Te veel mislukte inlogpogingen: dit account is geblokkeerd tot {0} UTC. Probeer het daarna opnieuw, of vraag een beheerder om een nieuw wachtwoord.",
                "Zu viele fehlgeschlagene Anmeldungen: Dieses Konto ist bis {0} UTC gesperrt. Versuchen Sie es danach erneut oder bitten Sie einen Administrator um ein neues Passwort.",
                "Trop de connexions échouées : ce compte est verrouillé jusqu'à {0} UTC. Réessayez ensuite ou demandez un nouveau mot de passe à un administrateur.",
                "Too many failed logins: this account is locked until {0} UTC. Try again then, or ask an administrator for a new password.",
            ]),
        [Disabled] = (
            ["Account uitgeschakeld", "Konto deaktiviert", "Compte désactivé", "Account disabled"],
            [
                "Dit account is uitgeschakeld. Neem contact op met een beheerder.",
                "Dieses Konto ist deaktiviert. Wenden Sie sich an einen Administrator.",
                "Ce compte est désactivé. Adressez-vous à un administrateur.",
                "This account is disabled. Ask an administrator.",
            ]),
        [NoShortlist] = (
            ["Niet gevonden", "Nicht gefunden", "Introuvable", "Not found"],
            ["U hebt geen shortlist {0}.", "Sie haben keine Auswahlliste {0}.", "Vous n'avez pas de liste restreinte {0}.", "You have no shortlist {0}."]),
        [NoItem] = (
            ["Niet gevonden", "Nicht gefunden", "Introuvable", "Not found"],
            ["Shortlist {0} heeft geen item {1}.", "Die Auswahlliste {0} hat keinen Eintrag {1}.", "La liste restreinte {0} n'a pas d'élément {1}.", "Shortlist {0} has no item {1}."]),
        [NoProfile] = (
            ["Niet gevonden", "Nicht gefunden", "Introuvable", "Not found"],
            ["Er is geen profiel \"{0}\".", "Es gibt kein Profil „{0}“.", "Il n'y a pas de profil « {0} ».", "There is no profile \"{0}\"."]),
        [NoVacancy] = (
            ["Niet gevonden", "Nicht gefunden", "Introuvable", "Not found"],
            ["Er is geen vacature \"{1}\" van bron \"{0}\".", "Es gibt keine Stelle „{1}“ der Quelle „{0}“.", "Il n'y a pas d'offre « {1} » de la source « {0} ».", "There is no vacancy \"{1}\" of source \"{0}\"."]),
        [NameTaken] = (
            ["Naam al in gebruik", "Name bereits vergeben", "Nom déjà utilisé", "Name taken"],
            ["U hebt al een shortlist \"{0}\".", "Sie haben bereits eine Auswahlliste „{0}“.", "Vous avez déjà une liste restreinte « {0} ».", "You already have a shortlist named \"{0}\"."]),
        [ItemThere] = (
            ["Staat er al op", "Bereits vorhanden", "Déjà présent", "Already there"],
            [
                "Profiel \"{0}\" staat al op deze shortlist voor deze vacature.",
                "Das Profil „{0}“ steht für diese Stelle bereits auf der Auswahlliste.",
                "Le profil « {0} » figure déjà sur cette liste pour cette offre.",
                "Profile \"{0}\" is already on this shortlist for this vacancy.",
            ]),
        [BadName] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            [
                "\"name\" is verplicht: 1 tot {0} tekens.",
                "„name“ ist erforderlich: 1 bis {0} Zeichen.",
                "« name » est obligatoire : 1 à {0} caractères.",
                "\"name\" is required: 1 to {0} characters.",
            ]),
        [BadNote] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            [
                "\"note\" mag hoogstens {0} tekens lang zijn.",
                "„note“ darf höchstens {0} Zeichen lang sein.",
                "« note » ne peut dépasser {0} caractères.",
                "\"note\" may be at most {0} characters long.",
            ]),
        [BadOutcome] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            [
                "\"outcome\" moet invited, placed, rejected of null zijn, niet \"{0}\".",
                "„outcome“ muss invited, placed, rejected oder null sein, nicht „{0}“.",
                "« outcome » doit valoir invited, placed, rejected ou null, et non « {0} ».",
                "\"outcome\" must be invited, placed, rejected or null, not \"{0}\".",
            ]),
        [BadItem] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            [
                "\"profileId\", \"vacancySource\" en \"vacancyId\" zijn verplicht.",
                "„profileId“, „vacancySource“ und „vacancyId“ sind erforderlich.",
                "« profileId », « vacancySource » et « vacancyId » sont obligatoires.",
                "\"profileId\", \"vacancySource\" and \"vacancyId\" are required.",
            ]),
        [BadDates] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            [
                "\"from\" en \"to\" zijn datums als JJJJ-MM-DD, bijvoorbeeld from=2026-11-01&to=2026-11-30.",
                "„from“ und „to“ sind Daten im Format JJJJ-MM-TT, z. B. from=2026-11-01&to=2026-11-30.",
                "« from » et « to » sont des dates au format AAAA-MM-JJ, par exemple from=2026-11-01&to=2026-11-30.",
                "\"from\" and \"to\" are dates written as YYYY-MM-DD, e.g. from=2026-11-01&to=2026-11-30.",
            ]),
        [BadOpportunity] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            [
                "\"isco\" is 1, 2, 3 of 4 (cijfers van de ISCO-08-groep), \"euregio\" een door komma's gescheiden lijst van: {0}; \"format\" is json of csv.",
                "„isco“ ist 1, 2, 3 oder 4 (Stellen der ISCO-08-Gruppe), „euregio“ eine durch Kommas getrennte Liste aus: {0}; „format“ ist json oder csv.",
                "« isco » vaut 1, 2, 3 ou 4 (chiffres du groupe CITP-08), « euregio » une liste séparée par des virgules parmi : {0} ; « format » vaut json ou csv.",
                "\"isco\" is 1, 2, 3 or 4 (digits of the ISCO-08 group), \"euregio\" a comma-separated list of: {0}; \"format\" is json or csv.",
            ]),
        [BadTop] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            [
                "\"top\" is een geheel getal van 1 tot {0}.",
                "„top“ ist eine ganze Zahl von 1 bis {0}.",
                "« top » est un nombre entier de 1 à {0}.",
                "\"top\" is a whole number from 1 to {0}.",
            ]),
        [NoOpenVacancy] = (
            ["Niet gevonden", "Nicht gefunden", "Introuvable", "Not found"],
            [
                "Vacature \"{1}\" van bron \"{0}\" staat niet open (verlopen, onbekend of nog niet geïndexeerd).",
                "Die Stelle „{1}“ der Quelle „{0}“ ist nicht offen (abgelaufen, unbekannt oder noch nicht indiziert).",
                "L'offre « {1} » de la source « {0} » n'est pas ouverte (expirée, inconnue ou pas encore indexée).",
                "Vacancy \"{1}\" of source \"{0}\" is not open (expired, unknown or not indexed yet).",
            ]),
        [TooManyLogins] = (
            ["Te veel inlogpogingen", "Zu viele Anmeldeversuche", "Trop de tentatives de connexion", "Too many login attempts"],
            [
                "Er kwamen te veel inlogpogingen van dit adres; probeer het over een minuut opnieuw.",
                "Von dieser Adresse kamen zu viele Anmeldeversuche; versuchen Sie es in einer Minute erneut.",
                "Trop de tentatives de connexion depuis cette adresse ; réessayez dans une minute.",
                "Too many login attempts came from this address; try again in a minute.",
            ]),
        [BadSeparator] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            [
                "\"separator\" is comma of semicolon, niet \"{0}\".",
                "„separator“ ist comma oder semicolon, nicht „{0}“.",
                "« separator » vaut comma ou semicolon, et non « {0} ».",
                "\"separator\" is comma or semicolon, not \"{0}\".",
            ]),
        [BadLogin] = (
            ["Ongeldig verzoek", "Ungültige Anfrage", "Requête non valide", "Bad request"],
            [
                "Stuur JSON met \"name\" en \"password\".",
                "Senden Sie JSON mit „name“ und „password“.",
                "Envoyez du JSON avec « name » et « password ».",
                "Send JSON with \"name\" and \"password\".",
            ]),
    };

    public static (string Title, string Detail) For(string key, string language, params object?[] values)
    {
        var texts = Texts[key];
        return (SearchMessages.Pick(texts.Title, language),
            string.Format(CultureInfo.InvariantCulture, SearchMessages.Pick(texts.Detail, language), values));
    }
}
