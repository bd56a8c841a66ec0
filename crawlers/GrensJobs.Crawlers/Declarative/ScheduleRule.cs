using System.Globalization;
using Quartz;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>
/// A source's schedule: a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week
/// [year]) whose hours never include 2, the hour that daylight saving time skips or repeats in Europe.
/// </summary>
public static class ScheduleRule
{
    public const int DaylightSavingHour = 2;

    /// <summary>Why <paramref name="expression"/> is not an acceptable schedule, or null when it is.</summary>
    public static string? Check(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        try
        {
            _ = new CronExpression(expression);
        }
        catch (FormatException exception)
        {
            var reason = exception.Message.Split(". ", 2)[0].TrimEnd('.');
            return $"\"{expression}\" is not a valid Quartz cron expression ({reason}); " +
                "write seconds minutes hours day-of-month month day-of-week, e.g. \"0 30 6 * * ?\"";
        }

        var fields = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (Hours(fields[2]).Contains(DaylightSavingHour))
        {
            return $"\"{expression}\" fires between 02:00 and 03:00, the hour daylight saving time skips or repeats; " +
                "choose hours without 2";
        }

        return null;
    }

    /// <summary>The hours (0–23) a valid hours field selects.</summary>
    internal static IReadOnlySet<int> Hours(string field)
    {
        var hours = new SortedSet<int>();
        foreach (var part in field.Split(','))
        {
            var slash = part.IndexOf('/', StringComparison.Ordinal);
            var range = slash < 0 ? part : part[..slash];
            var step = slash < 0 ? 1 : int.Parse(part[(slash + 1)..], CultureInfo.InvariantCulture);
            int from, to;
            if (range is "*" or "?")
            {
                (from, to) = (0, 23);
            }
            else if (range.Contains('-', StringComparison.Ordinal))
            {
                var bounds = range.Split('-');
                from = int.Parse(bounds[0], CultureInfo.InvariantCulture);
                to = int.Parse(bounds[1], CultureInfo.InvariantCulture);
            }
            else
            {
                from = int.Parse(range, CultureInfo.InvariantCulture);
                to = slash < 0 ? from : 23;
            }

            var span = to >= from ? to - from : to + 24 - from;
            for (var offset = 0; offset <= span; offset += Math.Max(step, 1))
            {
                hours.Add((from + offset) % 24);
            }
        }

        return hours;
    }
}
