using System.Text;

namespace GrensJobs.Normalisation.Text;

/// <summary>
/// Accumulates text with whitespace collapsed: runs of spaces become one space, lines are trimmed, at most one
/// blank line survives between paragraphs, and no leading or trailing blank lines are written.
/// </summary>
internal sealed class PlainTextBuilder
{
    private readonly StringBuilder _builder;
    private int _pendingNewlines;
    private bool _pendingSpace;
    private string? _pendingPrefix;

    public PlainTextBuilder(int capacity) => _builder = new StringBuilder(capacity);

    /// <summary>Requests a line break (a second one in a row makes a blank line).</summary>
    public void LineBreak() => _pendingNewlines = Math.Min(_pendingNewlines + 1, 2);

    /// <summary>Ends the current line if there is one (block element boundary).</summary>
    public void BlockBoundary() => _pendingNewlines = Math.Max(_pendingNewlines, 1);

    /// <summary>Starts a list item: a new line whose first text is preceded by "- ".</summary>
    public void StartListItem()
    {
        BlockBoundary();
        _pendingPrefix = "- ";
    }

    /// <summary>Requests a separating space (inline boundary such as a table cell).</summary>
    public void Space() => _pendingSpace = true;

    /// <summary>
    /// Appends text, collapsing whitespace. With <paramref name="keepNewlines"/> a '\n' in the text counts as a line
    /// break (plain-text input); otherwise it is ordinary whitespace (HTML semantics).
    /// </summary>
    public void Append(ReadOnlySpan<char> text, bool keepNewlines)
    {
        foreach (var c in text)
        {
            if (c == '\n' && keepNewlines)
            {
                LineBreak();
            }
            else if (c is '\u200B' or '\u00AD' or '\uFEFF' or '\u200C' or '\u200D' || char.IsControl(c) && !char.IsWhiteSpace(c))
            {
                // Zero-width characters, soft hyphens and control characters carry no text.
            }
            else if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
            }
            else
            {
                Flush();
                _builder.Append(c);
            }
        }
    }

    private void Flush()
    {
        if (_builder.Length > 0)
        {
            if (_pendingNewlines > 0)
            {
                _builder.Append('\n', _pendingNewlines);
            }
            else if (_pendingSpace && _pendingPrefix is null)
            {
                _builder.Append(' ');
            }
        }

        if (_pendingPrefix is not null)
        {
            _builder.Append(_pendingPrefix);
            _pendingPrefix = null;
        }

        _pendingNewlines = 0;
        _pendingSpace = false;
    }

    public override string ToString() => _builder.ToString();
}
