using System.Globalization;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Employment;

namespace GrensJobs.Normalisation.Tests.Employment;

public sealed class SalaryParserTests
{
    private static decimal? D(object? value) => value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Salaris: € 2.900 - € 3.400 bruto per maand.", 2900, 3400, "EUR", SalaryPeriod.Month)]
    [InlineData("Vergütung: 2.900,00 € brutto/Monat", 2900, 2900, "EUR", SalaryPeriod.Month)]
    [InlineData("Salary EUR 45k", 45000, 45000, "EUR", SalaryPeriod.Year)]
    [InlineData("EUR 45k plus bonus", 45000, 45000, "EUR", SalaryPeriod.Year)]
    [InlineData("Uurloon: € 18,50 per uur", 18.5, 18.5, "EUR", SalaryPeriod.Hour)]
    [InlineData("Je verdient € 18,50 bruto per uur.", 18.5, 18.5, "EUR", SalaryPeriod.Hour)]
    [InlineData("Gehalt: 45.000 - 55.000 € p.a.", 45000, 55000, "EUR", SalaryPeriod.Year)]
    [InlineData("Jahresgehalt 45.000 bis 55.000 € jährlich", 45000, 55000, "EUR", SalaryPeriod.Year)]
    [InlineData("Rémunération : 40 000 € - 48 000 € par an", 40000, 48000, "EUR", SalaryPeriod.Year)]
    [InlineData("Salaire entre 2 500 € et 3 000 € brut par mois", 2500, 3000, "EUR", SalaryPeriod.Month)]
    [InlineData("Salaire entre 2\u00A0500\u00A0€ et 3\u00A0000\u00A0€ brut par mois", 2500, 3000, "EUR", SalaryPeriod.Month)]
    [InlineData("Salary: €2,900.50 - €3,400.00 gross per month", 2900.5, 3400, "EUR", SalaryPeriod.Month)]
    [InlineData("Salary from $60,000 to $75,000 a year", 60000, 75000, "USD", SalaryPeriod.Year)]
    [InlineData("Monatsgehalt ab 3.200 €", 3200, null, "EUR", SalaryPeriod.Month)]
    [InlineData("Salaris tot € 4.200 bruto per maand", null, 4200, "EUR", SalaryPeriod.Month)]
    [InlineData("Salaris vanaf € 3.000 bruto per maand", 3000, null, "EUR", SalaryPeriod.Month)]
    [InlineData("Gehalt bis zu 4.000 € brutto im Monat", null, 4000, "EUR", SalaryPeriod.Month)]
    [InlineData("Salaris € 3.250 bruto", 3250, 3250, "EUR", SalaryPeriod.Month)]
    [InlineData("Salaris: € 52.000 bruto", 52000, 52000, "EUR", SalaryPeriod.Year)]
    [InlineData("Stundenlohn 16,50 €", 16.5, 16.5, "EUR", SalaryPeriod.Hour)]
    [InlineData("Dagtarief € 450 excl. btw", 450, 450, "EUR", SalaryPeriod.Day)]
    [InlineData("Wij bieden: € 500 welkomstbonus. Salaris € 2.800 - € 3.100 per maand.", 2800, 3100, "EUR", SalaryPeriod.Month)]
    [InlineData("Reiskostenvergoeding € 0,21/km en een salaris van € 2.750,- bruto p/m", 2750, 2750, "EUR", SalaryPeriod.Month)]
    [InlineData("€ 500 Wechselprämie! Gehalt: 3.100 € brutto monatlich", 3100, 3100, "EUR", SalaryPeriod.Month)]
    [InlineData("Salaris € 3.000 en 25 vakantiedagen", 3000, 3000, "EUR", SalaryPeriod.Month)]
    [InlineData("Salaris: € 3.000,- tot € 3.500,- bruto per maand", 3000, 3500, "EUR", SalaryPeriod.Month)]
    [InlineData("Start: 01.03.2027. Gehalt 3.000 € brutto", 3000, 3000, "EUR", SalaryPeriod.Month)]
    [InlineData("We pay €45-55k depending on experience", 45000, 55000, "EUR", SalaryPeriod.Year)]
    [InlineData("Salaris 2900 euro per maand", 2900, 2900, "EUR", SalaryPeriod.Month)]
    [InlineData("Salaire : 2.450,75 EUR brut mensuel", 2450.75, 2450.75, "EUR", SalaryPeriod.Month)]
    [InlineData("Salary £32,000 per annum", 32000, 32000, "GBP", SalaryPeriod.Year)]
    [InlineData("Loon: € 680 bruto per week", 680, 680, "EUR", SalaryPeriod.Week)]
    public void Parse_SalaryInText_ReturnsSalary(string text, object? min, object? max, string currency, SalaryPeriod period)
    {
        var salary = SalaryParser.Parse(null, text);
        Assert.Equal(new Salary(D(min), D(max), currency, period), salary);
    }

    [Theory]
    [InlineData("€ 500 Wechselprämie für neue Mitarbeitende.")]
    [InlineData("Reiskostenvergoeding € 0,21/km.")]
    [InlineData("Wij hebben een omzet van € 25.000.000 per jaar.")]
    [InlineData("32-40 uur per week, vast contract.")]
    [InlineData("Jobrad-Zuschuss von 50 € und Gutschein über 40 € monatlich")]
    [InlineData("Salaris: marktconform.")]
    [InlineData("")]
    public void Parse_NoSalaryInText_ReturnsNull(string text) =>
        Assert.Null(SalaryParser.Parse(null, text));

    [Theory]
    [InlineData(2900, 3400, null, "MONTH", 2900, 3400, "EUR", SalaryPeriod.Month)]
    [InlineData(18.5, null, "EUR", "HOUR", 18.5, null, "EUR", SalaryPeriod.Hour)]
    [InlineData(45000, 55000, "€", "year", 45000, 55000, "EUR", SalaryPeriod.Year)]
    [InlineData(3000, null, "eur", null, 3000, null, "EUR", SalaryPeriod.Month)]
    [InlineData(null, 60000, "CHF", "YEAR", null, 60000, "CHF", SalaryPeriod.Year)]
    [InlineData(3400, 2900, null, "month", 2900, 3400, "EUR", SalaryPeriod.Month)]
    [InlineData(120, null, null, "DAY", 120, null, "EUR", SalaryPeriod.Day)]
    public void Parse_StructuredSalary_IsUsedFirst(
        object? rawMin, object? rawMax, string? rawCurrency, string? rawPeriod,
        object? min, object? max, string currency, SalaryPeriod period)
    {
        var raw = new RawSalary { Min = D(rawMin), Max = D(rawMax), Currency = rawCurrency, Period = rawPeriod };
        var salary = SalaryParser.Parse(raw, "Salaris € 9.999 per maand");
        Assert.Equal(new Salary(D(min), D(max), currency, period), salary);
    }

    [Theory]
    [InlineData("€ 2.900 - € 3.400 bruto per maand", 2900, 3400, SalaryPeriod.Month)]
    [InlineData("2900-3400", 2900, 3400, SalaryPeriod.Month)]
    [InlineData("EUR 45k", 45000, 45000, SalaryPeriod.Year)]
    [InlineData("€ 17,25 p/u", 17.25, 17.25, SalaryPeriod.Hour)]
    public void Parse_RawSalaryText_IsParsedWithoutContextWords(string rawText, object min, object max, SalaryPeriod period)
    {
        var salary = SalaryParser.Parse(new RawSalary { Text = rawText }, "Leuke baan.");
        Assert.Equal(new Salary(D(min), D(max), "EUR", period), salary);
    }

    [Fact]
    public void Parse_UnusableStructuredSalary_FallsBackToText()
    {
        var salary = SalaryParser.Parse(new RawSalary { Min = 0, Max = 0, Text = "marktconform" }, "Gehalt: 3.500 € brutto/Monat");
        Assert.Equal(new Salary(3500m, 3500m, "EUR", SalaryPeriod.Month), salary);
    }

    [Fact]
    public void Parse_AmbiguousAmountWithoutPeriod_ReturnsNull() =>
        Assert.Null(SalaryParser.Parse(null, "Salaris € 450 bruto"));
}
