namespace GrensJobs.Corpus;

/// <summary>What a generated description has to state; the writer only chooses the words.</summary>
internal sealed record DescriptionFacts(
    PhraseBank Bank,
    BorderPlace Place,
    string Employer,
    string Occupation,
    (int Min, int Max) Hours,
    bool FullTime,
    SyntheticSalary? Salary);
