namespace GrensJobs.Normalisation.Languages;

/// <summary>How a word names a language, which decides how much context it needs to count as a requirement.</summary>
internal enum LanguageForm
{
    /// <summary>The language as a noun or uninflected adjective ("Duits", "Deutsch", "allemand", "German").</summary>
    Base,

    /// <summary>An inflected adjective ("Duitse", "deutschen", "française"): counts only next to a language noun.</summary>
    Inflected,

    /// <summary>A knowledge compound ("Deutschkenntnisse"): a requirement phrase by itself.</summary>
    Knowledge,

    /// <summary>A speaker word ("Duitstalig", "deutschsprachig", "néerlandophone"): required, no level.</summary>
    Speaker,

    /// <summary>An attributive speaker word ("Engelstalige", "deutschsprachigen"): needs other context.</summary>
    SpeakerInflected,

    /// <summary>An upper-case code in a list ("NL/FR").</summary>
    Code,

    /// <summary>A language course ("Deutschkurs"): never a requirement.</summary>
    Course,
}
