using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// Passwords of the mediator area: hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with
/// HMAC-SHA512, a random salt, 100,000 iterations), checked against the minimum length, or generated.
/// </summary>
internal static class MediatorPasswords
{
    /// <summary>No 0/O, 1/l/I: a generated password is read off a screen and typed.</summary>
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Characters of a generated password: about 116 bits.</summary>
    private const int GeneratedLength = 20;

    private const int MaxLength = 256;

    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>A hash made once at start-up, checked when the name is unknown so that a login takes as long either way.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword("", Generate()));

    public static string Hash(string name, string password) => Hasher.HashPassword(name, password);

    /// <summary>Whether <paramref name="password"/> is the one hashed; false for a null hash (an unknown name, checked at the same cost).</summary>
    public static bool Verify(string name, string? hash, string password) =>
        Hasher.VerifyHashedPassword(name, hash ?? DecoyHash.Value, password) != PasswordVerificationResult.Failed && hash is not null;

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, GeneratedLength);

    /// <summary>Why <paramref name="password"/> cannot be used, in words; null when it can.</summary>
    public static string? Problem(string password, int minLength)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < minLength)
        {
            return $"the password must be at least {minLength} characters long (this one has {password.Length}).";
        }

        if (password.Length > MaxLength)
        {
            return $"the password may be at most {MaxLength} characters long.";
        }

        return password.Trim().Length != password.Length
            ? "the password must not start or end with a space."
            : null;
    }
}
