namespace GrensJobs.Core.Profiles;

/// <summary>A national occupation code as a service feed sends it, e.g. ("kldb2010", "24412") or ("bo", "1402").</summary>
/// <param name="System">The code list: <c>bo</c> (UWV beroepen), <c>kldb2010</c> (Bundesagentur), <c>competent</c> (VDAB).</param>
/// <param name="Code">The code, as sent.</param>
public sealed record NationalOccupationCode(string System, string Code);
