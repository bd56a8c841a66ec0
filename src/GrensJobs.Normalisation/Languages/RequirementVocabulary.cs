using System.Collections.Frozen;
using GrensJobs.Core.Languages;

namespace GrensJobs.Normalisation.Languages;

/// <summary>
/// The words around language names, in Dutch, German, French and English (folded), per CONTRACTS.md
/// "Language requirements": level words, "a plus" phrases, negations, cues, licence and course words.
/// </summary>
internal static class RequirementVocabulary
{
    private static readonly FrozenDictionary<string, VocabularyEntry[]> ByFirstWord = Build();

    /// <summary>Phrases starting with <paramref name="firstWord"/>, longest first; empty when none.</summary>
    public static VocabularyEntry[] StartingWith(string firstWord) =>
        ByFirstWord.TryGetValue(firstWord, out var entries) ? entries : [];

    private static FrozenDictionary<string, VocabularyEntry[]> Build()
    {
        var entries = new List<VocabularyEntry>();
        void Add(TokenKind kind, CefrLevel? level, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                entries.Add(new VocabularyEntry(phrase.Split(' '), kind, level));
            }
        }

        Add(TokenKind.Level, CefrLevel.A2,
            "basiskennis", "enige kennis", "elementaire", "elementaire kennis", "beperkte kennis",
            "grundkenntnisse", "grundkenntnissen", "basiskenntnisse", "basiskenntnissen", "erste kenntnisse",
            "ersten kenntnisse", "einfache", "einfache kenntnisse", "notions", "notion", "connaissances de base",
            "connaissance de base", "elementaires", "basis", "basisniveau", "grundniveau", "niveau de base", "basic level",
            "een beetje", "ein bisschen", "ein wenig", "un peu", "a little", "erste", "ersten", "basic", "elementary", "some knowledge", "limited");
        Add(TokenKind.Level, CefrLevel.B1,
            "redelijk", "redelijke", "voldoende", "solide", "soliden", "solides", "ausreichende", "ausreichend",
            "ausreichenden", "connaissances correctes", "correcte", "correctes", "correct", "suffisante",
            "suffisantes", "reasonable", "working knowledge", "conversational", "intermediate", "sufficient",
            "decent", "solid");
        Add(TokenKind.Level, CefrLevel.B2,
            "goed", "goede", "goede beheersing", "gute", "gut", "guten", "gutes", "gutem", "bonne", "bonnes", "bon",
            "bonne maitrise", "bonnes connaissances", "bonne connaissance", "good", "strong", "good command");
        Add(TokenKind.Level, CefrLevel.C1,
            "zeer goed", "zeer goede", "heel goed", "heel goede", "vloeiend", "vloeiende", "vlot", "vlotte",
            "uitstekend", "uitstekende", "perfect", "perfecte", "foutloos", "foutloze", "sehr gute", "sehr gut",
            "sehr guten", "sehr gutes", "fliessend", "fliessende", "fliessenden", "fliessendes", "verhandlungssicher",
            "verhandlungssichere", "verhandlungssicheren", "verhandlungssicheres", "perfekt", "perfekte", "perfekten",
            "perfektes", "business level", "businesslevel", "exzellente", "exzellenten", "hervorragende",
            "hervorragenden", "ausgezeichnete", "ausgezeichneten", "tres bonne", "tres bonnes", "tres bon",
            "tres bonne maitrise", "courant", "courante", "couramment", "parfaite", "parfait", "parfaitement",
            "parfaite maitrise", "excellente", "excellent", "excellentes", "excellents", "very good", "fluent",
            "fluently", "fluency", "proficient", "proficiency", "business fluent", "full professional");
        Add(TokenKind.Level, CefrLevel.C2,
            "moedertaal", "moedertaalniveau", "moedertaalspreker", "native speaker", "muttersprache", "muttersprachniveau", "muttersprachlichem niveau",
            "muttersprachlich", "muttersprachliche", "muttersprachlichen", "muttersprachler", "muttersprachliches",
            "langue maternelle", "maternelle", "natif", "native", "mother tongue");
        foreach (var letter in (ReadOnlySpan<string>)["a", "b", "c"])
        {
            for (var digit = 1; digit <= 2; digit++)
            {
                var level = (CefrLevel)(((letter[0] - 'a') * 2) + digit);
                Add(TokenKind.Level, level, letter + digit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Add(TokenKind.Plus, null,
            "pre", "een pre", "pluspunt", "pluspunten", "pluspunkte", "atouts", "troeven", "pluses", "een pluspunt", "troef", "meerwaarde", "bij voorkeur", "voorkeur",
            "voordeel", "een voordeel", "gewenst", "wenselijk", "aanbeveling", "vorteil", "von vorteil",
            "vorteilhaft", "wunschenswert", "erwunscht", "ein plus", "pluspunkt", "idealerweise", "idealiter", "liefst", "het liefst", "vorzugsweise",
            "gern gesehen", "gerne gesehen", "handig", "praktisch", "hilfreich", "utile", "handy", "helpful", "useful", "gern", "gerne", "mooi meegenomen", "meegenomen", "a strong plus", "strong plus", "atout", "un atout", "un plus", "souhaite", "souhaitee", "souhaitees",
            "souhaites", "souhaitable", "apprecie", "appreciee", "appreciees", "avantage", "un avantage",
            "idealement", "de preference", "nice to have", "a plus", "an advantage", "advantage", "advantageous",
            "preferred", "preferably", "desirable", "bonus", "ideally", "an asset", "asset", "beneficial",
            "is een plus", "een plus", "plus", "est un plus", "is a plus", "sind ein plus", "ist ein plus");
        Add(TokenKind.Negation, null,
            "geen", "niet", "zonder", "keine", "kein", "keinerlei", "nicht", "ohne", "pas", "aucune", "aucun",
            "sans", "no", "not", "without", "non");
        Add(TokenKind.Filler, null,
            "niet alleen", "nicht nur", "pas seulement", "not only", "no later", "non seulement");
        Add(TokenKind.Cue, null,
            "vereist", "vereiste", "noodzakelijk", "must", "nodig", "verplicht", "voorwaarde", "eis", "beheers",
            "beheerst", "beheersen", "beheersing", "spreekt", "spreek", "spreken", "schrijf", "schrijft", "schrijven",
            "kennis", "taalvaardig", "verstaanbaar", "volstaat", "reicht", "suffit", "suffices", "meertalig", "mehrsprachig", "multilingue", "multilingual", "bereitschaft", "willingness", "communiceren", "communiceert", "niveau", "taalniveau",
            "erforderlich", "voraussetzung", "pflicht", "notwendig", "zwingend", "kenntnisse", "kenntnis",
            "kenntnissen", "sprachkenntnisse", "sprachkenntnissen", "sprichst", "sprechen", "spricht", "beherrschst",
            "beherrschen", "beherrscht", "beherrschung", "kommunizieren", "kommunikation", "sprachniveau", "sicher",
            "sichere", "sicheres", "sicheren", "requis", "requise", "exige", "exigee", "indispensable", "obligatoire",
            "necessaire", "imperatif", "maitrise", "maitriser", "maitrisez", "connaissance", "connaissances",
            "parler", "parlez", "parle", "parles", "maitrises", "comprends",
            "exprimer", "exprimez", "exprime", "exprimes", "machtig", "verstandigen", "verstandigst", "verstandigt",
            "ausdrucken", "ausdruckst", "unterhalten", "converser", "conversation", "converse", "express", "uitdrukken",
            "aise", "pas de secret", "pas de secrets", "keine geheimnisse", "geen geheimen", "no secrets", "communiquer", "required", "requirement", "essential", "mandatory",
            "necessary", "speak", "speaks", "speaking", "knowledge", "skills", "command", "level",
            "communicate", "communication", "comprendre", "comprenez", "comprend", "verstehen", "verstehst", "versteht", "begrijpen", "begrijpt", "verstaan", "understand", "understands", "communicatief", "communicatieve", "kommunikationsfahigkeit", "kommunikationsstark", "speaker", "speakers", "spreker", "sprecher", "vaardigheden", "sprachen", "talen", "langues", "languages",
            "zoeken", "zoekt", "suchen", "sucht", "recherchons", "cherchons", "recherche", "looking", "seeking");
        Add(TokenKind.LanguageNoun, null, "taal", "sprache", "langue", "language", "taalvaardigheid", "voertaal", "werktaal", "arbeitssprache", "verkehrssprache");
        Add(TokenKind.Skill, null,
            "mondeling", "schriftelijk", "woord", "geschrift", "mundlich", "schriftlich", "wort", "schrift",
            "oral", "ecrit", "orale", "ecrite", "spoken", "written", "verbal", "verbally", "mondelinge", "schriftelijke", "mundliche", "schriftliche", "mundlichen", "schriftlichen", "lezen", "lesen", "lire");
        Add(TokenKind.Bilingual, null,
            "tweetalig", "tweetalige", "zweisprachig", "zweisprachige", "zweisprachigen", "bilingue", "bilingues",
            "bilingual", "drietalig", "drietalige", "dreisprachig", "dreisprachige", "trilingue", "trilingual");
        Add(TokenKind.Licence, null,
            "rijbewijs", "rijbewijzen", "fuhrerschein", "fuhrerscheinklasse", "fahrerlaubnis", "klasse", "permis",
            "licence", "license", "ce", "c1e", "code", "lkw", "driving", "conduire");
        Add(TokenKind.Course, null,
            "cursus", "taalcursus", "taalcursussen", "lessen", "taalles", "kurs", "sprachkurs", "sprachkurse",
            "kurse", "cours", "formation", "course", "courses", "training", "lessons", "lesson", "lernst", "lernen",
            "leren", "apprendre", "learn");
        Add(TokenKind.Exclusion, null,
            "solliciteer", "solliciteren", "sollicitatie",
            "bewerbung", "bewerben", "postuler", "postulez", "candidature", "apply", "application", "vacature",
            "stellenanzeige", "stellenangebot", "annonce", "vacancy", "posting", "cv", "lebenslauf", "website");
        Add(TokenKind.Contrast, null,
            "maar", "echter", "aber", "jedoch", "sondern", "mais", "cependant", "toutefois", "but", "however");
        Add(TokenKind.Conjunction, null,
            "en", "und", "et", "and", "oder", "ou", "or", "sowie", "evenals", "als ook", "ainsi que",
            "as well as", "met", "avec", "mit", "with", "bzw", "beziehungsweise", "respectievelijk");
        Add(TokenKind.Filler, null,
            "de", "het", "een", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "le", "la",
            "les", "l", "du", "d", "un", "une", "the", "a", "an", "in", "im", "van", "von", "op", "auf", "au", "aux",
            "at", "on", "of", "to", "te", "zu", "mindestens", "mind", "mindest", "zumindest", "wenigstens", "minimaal", "minimum", "tot", "bis", "jusqu", "or higher", "of hoger", "oder hoher", "ou plus", "minstens", "tenminste", "least",
            "moins", "ook", "auch", "aussi", "also", "zowel", "als", "is", "ist", "sind", "est", "zijn", "are", "je",
            "u", "du", "sie", "vous", "you", "ihr", "jouw", "uw", "your", "votre", "vos", "dein", "deine", "ihre",
            "hebt", "hast", "haben", "heeft", "avez", "have", "has", "bent", "bist", "etes", "naast", "neben",
            "ideaal", "graag", "bevorzugt", "ja", "would", "will", "be", "should", "could", "can", "may");
        return entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(e => e.Words.Length).ToArray(),
                StringComparer.Ordinal);
    }
}
