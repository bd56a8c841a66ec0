namespace GrensJobs.Core.Vacancies;

/// <summary>Required education as a European Qualifications Framework level, 1–8.</summary>
public sealed record Education(int Eqf);
