namespace ChatBot.Core.Corpus;

/// <summary>Clean text with the source offset of each of its characters, so every piece can be cited back to the file.</summary>
internal sealed class TracedText
{
    public TracedText(string text, int[] offsets)
    {
        if (text.Length != offsets.Length)
        {
            throw new ArgumentException("One offset per character is required.", nameof(offsets));
        }

        Text = text;
        Offsets = offsets;
    }

    public string Text { get; }

    public int[] Offsets { get; }

    public int Start => Offsets.Length == 0 ? 0 : Offsets[0];

    public int End => Offsets.Length == 0 ? 0 : Offsets.Max() + 1;

    public TracedText Slice(int start, int length) => new(Text.Substring(start, length), Offsets[start..(start + length)]);

    /// <summary>Joins two traced texts with a separator that is traced to the start of the second.</summary>
    public TracedText Concat(string separator, TracedText other)
    {
        var offsets = new int[Offsets.Length + separator.Length + other.Offsets.Length];
        Offsets.CopyTo(offsets, 0);
        Array.Fill(offsets, other.Start, Offsets.Length, separator.Length);
        other.Offsets.CopyTo(offsets, Offsets.Length + separator.Length);
        return new TracedText(Text + separator + other.Text, offsets);
    }

    public Paragraph ToParagraph(bool isListItem = false) =>
        new(Text, Start, End, isListItem) { CharOffsets = Offsets };
}
