using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Places;

/// <summary>
/// The lookup key of a name: exactly <see cref="TextFolding.Fold(ReadOnlySpan{char})"/>, with an allocation-light path
/// for the common all-ASCII names so that loading the gazetteer stays fast.
/// </summary>
internal static class NameKey
{
    public static string Of(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c >= 128)
            {
                return TextFolding.Fold(name);
            }
        }

        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return new string(buffer[..length]);
    }
}
