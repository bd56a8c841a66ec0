namespace GrensJobs.Cli;

/// <summary>What an input that yields many bad lines looks like, in words: compressed, binary, a JSON array, XML…</summary>
internal static class InputShape
{
    private static readonly (byte[] Magic, string Name)[] Containers =
    [
        ([0x1F, 0x8B], "gzip-compressed? unpack it first with gunzip"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive? unpack it first"),
        ([0x42, 0x5A, 0x68], "bzip2-compressed? unpack it first"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed? unpack it first"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed? unpack it first"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF?"),
    ];

    public static string Describe(ReadOnlySpan<byte> head, int binaryLines, int badLines, int lines)
    {
        foreach (var (magic, name) in Containers)
        {
            if (head.StartsWith(magic))
            {
                return $"the file looks binary ({name})";
            }
        }

        if (binaryLines > 0)
        {
            return "the file looks binary (NUL bytes or bytes that are not UTF-8)";
        }

        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        text = text.TrimStart(" \t\r\n"u8);
        if (text.Length > 0 && text[0] == (byte)'[')
        {
            return "the file looks like one JSON array, not JSON lines (jq -c '.[]' FILE turns it into lines)";
        }

        if (text.Length > 0 && text[0] == (byte)'<')
        {
            return "the file looks like XML or HTML";
        }

        return badLines == lines
            ? "no line of the file is a JSON object with a \"title\" (a CSV or text file?)"
            : "many lines are not raw vacancies";
    }
}
