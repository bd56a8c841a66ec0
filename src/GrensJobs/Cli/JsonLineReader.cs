using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Cli;

/// <summary>
/// Reads JSON lines from a file or, for "-", from stdin, numbering them from 1: strictly UTF-8 (a UTF-8 BOM is
/// tolerated; an invalid byte is a located error, never U+FFFD) and bounded — a line longer than
/// <see cref="InputLimits.MaxLineBytes"/> is counted and skipped as it streams past, never held in memory whole.
/// </summary>
internal sealed class JsonLineReader : IAsyncDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly PipeReader _pipe;
    private readonly int _maxLineBytes;
    private readonly byte[] _head = new byte[8];
    private int _number;
    private long _skipping = -1;

    public JsonLineReader(Stream stream, int maxLineBytes)
    {
        _pipe = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 1 << 16, leaveOpen: false));
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The first bytes of the input (fewer for a shorter input): what the file looks like.</summary>
    public ReadOnlyMemory<byte> Head { get; private set; }

    /// <summary>Lines that held a NUL byte or were not UTF-8: the marks of a binary file.</summary>
    public int BinaryLines { get; private set; }

    public static JsonLineReader Open(string fileOrDash, int maxLineBytes)
    {
        if (fileOrDash == "-")
        {
            return new JsonLineReader(Console.OpenStandardInput(), maxLineBytes);
        }

        if (!File.Exists(fileOrDash))
        {
            throw new FileNotFoundException($"{fileOrDash}: no such file", fileOrDash);
        }

        return new JsonLineReader(new FileStream(fileOrDash, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), maxLineBytes);
    }

    /// <summary>Non-blank lines (and unreadable ones, with their error) in chunks for parallel work.</summary>
    public async IAsyncEnumerable<List<NumberedLine>> ReadChunksAsync(
        int chunkSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<NumberedLine>(chunkSize);
        var first = true;
        while (true)
        {
            var result = await _pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (first && (buffer.Length >= _head.Length || result.IsCompleted))
            {
                first = false;
                buffer = TakeHead(buffer);
            }

            if (!first)
            {
                Consume(ref buffer, result.IsCompleted, chunk);
            }

            _pipe.AdvanceTo(buffer.Start, buffer.End);
            if (chunk.Count >= chunkSize || (result.IsCompleted && chunk.Count > 0))
            {
                yield return chunk;
                chunk = new List<NumberedLine>(chunkSize);
            }

            if (result.IsCompleted)
            {
                yield break;
            }
        }
    }

    public ValueTask DisposeAsync() => _pipe.CompleteAsync();

    private ReadOnlySequence<byte> TakeHead(ReadOnlySequence<byte> buffer)
    {
        var length = (int)Math.Min(buffer.Length, _head.Length);
        buffer.Slice(0, length).CopyTo(_head);
        Head = _head.AsMemory(0, length);
        return Head.Span.StartsWith(Bom) ? buffer.Slice(Bom.Length) : buffer;
    }

    /// <summary>Takes every complete line off <paramref name="buffer"/> (and the last one at the end of the input).</summary>
    private void Consume(ref ReadOnlySequence<byte> buffer, bool isFinal, List<NumberedLine> output)
    {
        while (true)
        {
            var end = buffer.PositionOf((byte)'\n');
            var line = end is { } position ? buffer.Slice(0, position) : buffer;
            if (end is null && !isFinal && _skipping < 0 && line.Length <= _maxLineBytes)
            {
                return; // an incomplete line: wait for more
            }

            if (_skipping < 0)
            {
                _number++;
            }

            if (_skipping >= 0 || line.Length > _maxLineBytes)
            {
                // Too long: count its bytes as they pass and keep none of them.
                _skipping = Math.Max(_skipping, 0) + line.Length;
                if (end is null && !isFinal)
                {
                    buffer = buffer.Slice(buffer.End);
                    return;
                }

                output.Add(new NumberedLine(_number, "", TooLong(_skipping)));
                _skipping = -1;
            }
            else if (line.Length > 0)
            {
                Decode(line, output);
            }

            if (end is not { } next)
            {
                buffer = buffer.Slice(buffer.End);
                return;
            }

            buffer = buffer.Slice(buffer.GetPosition(1, next));
        }
    }

    private string TooLong(long bytes) => string.Create(CultureInfo.InvariantCulture,
        $"the line is {bytes:N0} bytes long, the limit is {_maxLineBytes:N0} ({InputLimits.SectionName}:{nameof(InputLimits.MaxLineBytes)}); it was skipped");

    private void Decode(ReadOnlySequence<byte> line, List<NumberedLine> output)
    {
        var length = (int)line.Length;
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            line.CopyTo(bytes);
            var span = bytes.AsSpan(0, length);
            if (span[^1] == (byte)'\r')
            {
                span = span[..^1];
            }

            var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                BinaryLines++;
                output.Add(new NumberedLine(_number, "", string.Create(CultureInfo.InvariantCulture,
                    $"not valid UTF-8 at byte {read + 1:N0} (save the file as UTF-8)")));
                return;
            }

            if (span.Contains((byte)0))
            {
                BinaryLines++;
            }

            var text = new string(chars, 0, written);
            if (!string.IsNullOrWhiteSpace(text))
            {
                output.Add(new NumberedLine(_number, text));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
