using System.Globalization;
using System.Text;
using GrensJobs.Storage.Users;

namespace GrensJobs.Cli;

/// <summary>The table of <c>users list</c>: one account a line, in aligned columns.</summary>
internal static class UserTable
{
    private static readonly string[] Header = ["NAME", "ROLE", "STATUS", "CREATED", "LAST LOGIN"];

    public static string Format(IReadOnlyList<UserAccount> users, DateTimeOffset now)
    {
        var rows = new List<string[]> { Header };
        rows.AddRange(users.Select(user => new[]
        {
            user.Name,
            UserRoles.Name(user.Role),
            user.Disabled ? "disabled" : user.IsLockedAt(now) ? $"locked until {Time(user.LockedUntil!.Value)}" : "active",
            Time(user.CreatedAt),
            user.LastLoginAt is { } last ? Time(last) : "never",
        }));
        var widths = Enumerable.Range(0, Header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin("  ", row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]))).AppendLine();
        }

        return text.ToString();
    }

    private static string Time(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
