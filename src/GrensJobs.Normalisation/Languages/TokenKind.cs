namespace GrensJobs.Normalisation.Languages;

/// <summary>The role of a word inside a clause that may state a language requirement.</summary>
internal enum TokenKind
{
    /// <summary>Any other word; counts towards the distance between a modifier and its language.</summary>
    Other,

    /// <summary>Articles, prepositions, "mindestens", "auch": ignored for distance.</summary>
    Filler,

    /// <summary>"en", "und", "et", "and", "oder", a list comma: joins languages into one run.</summary>
    Conjunction,

    /// <summary>A language name.</summary>
    Language,

    /// <summary>A word or explicit code giving a CEFR level.</summary>
    Level,

    /// <summary>"een pré", "von Vorteil", "un atout", "nice to have".</summary>
    Plus,

    /// <summary>"geen", "keine", "pas besoin", "no", "without".</summary>
    Negation,

    /// <summary>A word that shows languages are being asked for ("spreekt", "Kenntnisse", "langue", "required").</summary>
    Cue,

    /// <summary>A language noun ("taal", "Sprache", "langue", "language"): a cue that lets adjectives count.</summary>
    LanguageNoun,

    /// <summary>"tweetalig", "zweisprachig", "bilingue", "bilingual".</summary>
    Bilingual,

    /// <summary>"mündlich", "schriftelijk", "written": a cue that lets a level-only clause join the previous one.</summary>
    Skill,

    /// <summary>Driving licence words; explicit codes near them are licence classes.</summary>
    Licence,

    /// <summary>Course and learning words: a language right next to them is taught, not asked for.</summary>
    Course,

    /// <summary>Application or vacancy-text words: the clause does not ask for a language.</summary>
    Exclusion,

    /// <summary>"maar", "aber", "mais", "but": a clause boundary.</summary>
    Contrast,
}
