using System.Text.Json.Nodes;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>baseSalary: a number, a text, or a MonetaryAmount whose value is a number or a QuantitativeValue.</summary>
internal static class SalaryReader
{
    public static RawSalary? Read(JsonNode? node)
    {
        var first = SchemaValues.First(node);
        if (first is null)
        {
            return null;
        }

        if (first is not JsonObject amount)
        {
            var number = SchemaValues.Decimal(first);
            return number is not null
                ? new RawSalary { Min = number, Max = number }
                : PlainText.Clean(SchemaValues.Text(first)) is { } text ? new RawSalary { Text = text } : null;
        }

        var currency = PlainText.Clean(SchemaValues.Text(SchemaValues.Get(amount, "currency")) ?? SchemaValues.Text(SchemaValues.Get(amount, "salaryCurrency")));
        var unit = SchemaValues.Text(SchemaValues.Get(amount, "unitText"));
        var valueNode = SchemaValues.First(SchemaValues.Get(amount, "value"));
        decimal? min;
        decimal? max;
        string? textValue = null;
        if (valueNode is JsonObject quantity)
        {
            var single = SchemaValues.Decimal(SchemaValues.Get(quantity, "value"));
            min = SchemaValues.Decimal(SchemaValues.Get(quantity, "minValue")) ?? single;
            max = SchemaValues.Decimal(SchemaValues.Get(quantity, "maxValue")) ?? single;
            unit = SchemaValues.Text(SchemaValues.Get(quantity, "unitText")) ?? unit;
        }
        else
        {
            min = SchemaValues.Decimal(SchemaValues.Get(amount, "minValue")) ?? SchemaValues.Decimal(valueNode);
            max = SchemaValues.Decimal(SchemaValues.Get(amount, "maxValue")) ?? SchemaValues.Decimal(valueNode);
            if (min is null && max is null)
            {
                textValue = PlainText.Clean(SchemaValues.Text(valueNode));
            }
        }

        if (min is null && max is null && textValue is null)
        {
            return null;
        }

        return new RawSalary { Min = min, Max = max, Currency = currency?.ToUpperInvariant(), Period = Period(unit), Text = textValue };
    }

    private static string? Period(string? unit) => unit?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "HOUR" or "HOURLY" or "PER HOUR" => "hour",
        "DAY" or "DAILY" => "day",
        "WEEK" or "WEEKLY" => "week",
        "MONTH" or "MONTHLY" => "month",
        "YEAR" or "YEARLY" or "ANNUAL" or "ANNUALLY" => "year",
        _ => null,
    };
}
