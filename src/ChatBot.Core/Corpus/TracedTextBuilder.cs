using System.Text;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Accumulates pieces of source lines into one paragraph, remembering where each character came from, and
/// normalises white space: NBSP and tabs become spaces, runs collapse, no space before , . ; : ! ? ) ] or after ( [.
/// </summary>
internal sealed class TracedTextBuilder
{
    // Word fragments a scraper leaves after a link whose anchor was the stem of a word ("Bolshevik" + "s").
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "s", "es", "ist", "ists", "ism", "isms", "ian", "ians", "ic", "ics", "n", "ed", "ing", "ly",
    };

    private readonly StringBuilder _chars = new();
    private readonly List<int> _offsets = [];

    public bool IsEmpty => _chars.Length == 0;

    /// <summary>The last few characters so far, without trailing white space (enough to see how the text ends).</summary>
    public string Tail
    {
        get
        {
            var end = _chars.Length;
            while (end > 0 && char.IsWhiteSpace(_chars[end - 1]))
            {
                end--;
            }

            var start = Math.Max(0, end - 8);
            return _chars.ToString(start, end - start);
        }
    }

    /// <summary>Appends <paramref name="text"/>, whose first character sits at <paramref name="sourceOffset"/>.</summary>
    public void Append(string text, int sourceOffset)
    {
        for (var i = 0; i < text.Length; i++)
        {
            _chars.Append(text[i]);
            _offsets.Add(sourceOffset + i);
        }
    }

    /// <summary>Appends <paramref name="text"/> whose characters came from the given source offsets (one per character).</summary>
    public void Append(string text, IReadOnlyList<int> sourceOffsets)
    {
        for (var i = 0; i < text.Length; i++)
        {
            _chars.Append(text[i]);
            _offsets.Add(sourceOffsets[i]);
        }
    }

    /// <summary>
    /// Appends the rest of a sentence that a scraper broke after a link: a space is inserted unless the piece
    /// starts with white space, closing punctuation, a hyphen or a word suffix ("s", "ist", ...).
    /// </summary>
    public void AppendContinuation(string text, int sourceOffset)
    {
        if (text.Length > 0 && !IsEmpty && NeedsSpaceBefore(text))
        {
            _chars.Append(' ');
            _offsets.Add(sourceOffset);
        }

        Append(text, sourceOffset);
    }

    public TracedText Build()
    {
        var text = new StringBuilder(_chars.Length);
        var offsets = new List<int>(_offsets.Count);
        for (var i = 0; i < _chars.Length; i++)
        {
            var ch = _chars[i];
            if (char.IsWhiteSpace(ch))
            {
                if (text.Length == 0 || text[^1] == ' ' || text[^1] is '(' or '[')
                {
                    continue;
                }

                text.Append(' ');
                offsets.Add(_offsets[i]);
                continue;
            }

            if (ch is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' && text.Length > 0 && text[^1] == ' ')
            {
                text.Length--;
                offsets.RemoveAt(offsets.Count - 1);
            }

            text.Append(ch);
            offsets.Add(_offsets[i]);
        }

        if (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
            offsets.RemoveAt(offsets.Count - 1);
        }

        return new TracedText(text.ToString(), [.. offsets]);
    }

    private static bool NeedsSpaceBefore(string text)
    {
        var first = text[0];
        if (char.IsWhiteSpace(first))
        {
            return false;
        }

        if (char.IsLetter(first))
        {
            var wordEnd = 0;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            return !(char.IsLower(first) && Suffixes.Contains(text[..wordEnd]));
        }

        // Opening brackets, opening quotes and digits start a new word; everything else (, . ) ' ” - …) sticks.
        return first is '(' or '[' or '“' or '‘' or '«' || char.IsDigit(first);
    }
}
