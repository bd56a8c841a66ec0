namespace GrensJobs.Matching.Scoring;

/// <summary>How a profile's languages meet one language a vacancy asks for.</summary>
internal enum LanguageFit
{
    /// <summary>Only a plus: never a blocker.</summary>
    Optional,

    /// <summary>Required, and the profile does not speak it.</summary>
    Missing,

    /// <summary>Required at a level above the profile's.</summary>
    Short,

    /// <summary>Required at a level the profile reaches.</summary>
    Met,

    /// <summary>Required at any level, and the profile speaks it.</summary>
    MetAnyLevel,
}
