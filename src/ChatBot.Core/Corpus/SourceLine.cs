namespace ChatBot.Core.Corpus;

/// <summary>One line of a source file and the offset of its first character in the file text.</summary>
internal readonly record struct SourceLine(string Text, int Start)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>Splits on \n, dropping a trailing \r from each line; offsets index the original text.</summary>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(new SourceLine(text[start..contentEnd], start));
            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        return lines;
    }
}
