namespace GrensJobs.Matching.Opportunity;

/// <summary>The JSON shape of the opportunity table (for the CLI and the mediator endpoint alike).</summary>
public sealed record OpportunityTableDto(int IscoLevel, IReadOnlyList<OpportunityRowDto> Rows, OpportunityTotalDto Total);
