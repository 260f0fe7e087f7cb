using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answering;

/// <summary>
/// Cuts a streamed reply into the sentences the citation check takes (<see cref="CitationVerifier.SplitSentences"/>),
/// each given as soon as it is complete: once the text after it shows that the sentence ends there and that no marker
/// written after its full stop ("claim. [1]") is still to come. The sentences given, then <see cref="Flush"/>, are
/// exactly those of the whole reply.
/// </summary>
public sealed partial class SentenceStream
{
    private static readonly SentenceSplitter Sentences = new();

    private readonly StringBuilder reply = new();
    private int given;

    /// <summary>The reply so far.</summary>
    public string Text => reply.ToString();

    /// <summary>Adds a piece of the reply; returns the sentences it completed.</summary>
    public IReadOnlyList<string> Append(string piece)
    {
        reply.Append(piece);
        var text = CitationMarkers.BeforeStops(reply.ToString());
        var ranges = Sentences.SplitRanges(text);
        var complete = new List<string>();

        // The last range may still grow; a range followed by what could be a marker may still gain it.
        while (given < ranges.Count - 1 && !MarkerMayFollow().IsMatch(text.AsSpan(ranges[given + 1].Start.Value)))
        {
            complete.Add(text[ranges[given]]);
            given++;
        }

        return complete;
    }

    /// <summary>The reply is over: the sentences not yet given.</summary>
    public IReadOnlyList<string> Flush()
    {
        var rest = CitationVerifier.SplitSentences(reply.ToString()).Skip(given).ToList();
        given += rest.Count;
        return rest;
    }

    // "[", "[1", "[1, 2]" at the start of the next sentence: BeforeStops may yet move it into the one before.
    [GeneratedRegex(@"^\[[\d,\s]*(\]|$)")]
    private static partial Regex MarkerMayFollow();
}
