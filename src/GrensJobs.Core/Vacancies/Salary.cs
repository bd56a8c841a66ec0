namespace GrensJobs.Core.Vacancies;

/// <summary>Gross pay. "EUR 45k" is Min = Max = 45000, Period = Year.</summary>
public sealed record Salary(decimal? Min, decimal? Max, string Currency, SalaryPeriod Period)
{
    /// <summary>The lower bound (or the upper when only that is known) converted to a monthly amount.</summary>
    public decimal? MonthlyMin() => (Min ?? Max) is { } amount ? ToMonthly(amount) : null;

    /// <summary>The upper bound (or the lower when only that is known) converted to a monthly amount.</summary>
    public decimal? MonthlyMax() => (Max ?? Min) is { } amount ? ToMonthly(amount) : null;

    private decimal ToMonthly(decimal amount) => Period switch
    {
        SalaryPeriod.Hour => amount * 40m * 52m / 12m,
        SalaryPeriod.Day => amount * 5m * 52m / 12m,
        SalaryPeriod.Week => amount * 52m / 12m,
        SalaryPeriod.Month => amount,
        SalaryPeriod.Year => amount / 12m,
        _ => amount,
    };
}
