using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Corpus;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Cuts each section into passages: never across a section boundary, always between sentences, each with its heading
/// path, source offsets and a stable id. Quotations give one passage each; a glossary entry gives one passage.
/// </summary>
public sealed class PassageChunker
{
    private const string ParagraphSeparator = "\n\n";
    private const string ListSeparator = "\n";

    private readonly ChunkingOptions _options;
    private readonly SentenceSplitter _splitter = new();

    public PassageChunker(IOptions<ChunkingOptions> options)
    {
        _options = options.Value;
        if (_options.Validate() is { } error)
        {
            throw new OptionsValidationException(ChunkingOptions.SectionName, typeof(ChunkingOptions), [error]);
        }
    }

    /// <summary>All passages of a document, in reading order.</summary>
    public IReadOnlyList<Passage> Chunk(CorpusDocument document)
    {
        var passages = new List<Passage>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            foreach (var piece in ChunkSection(section))
            {
                passages.Add(ToPassage(section, piece, ids));
            }
        }

        return passages;
    }

    /// <summary>The passages of many documents.</summary>
    public IReadOnlyList<Passage> Chunk(IEnumerable<CorpusDocument> documents) => [.. documents.SelectMany(Chunk)];

    private IEnumerable<Piece> ChunkSection(Section section)
    {
        var paragraphs = section.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();
        if (paragraphs.Count == 0)
        {
            return [];
        }

        return section.Kind switch
        {
            // A quotation with its attribution is one citable unit, however long.
            SectionKind.Quotations => paragraphs.Select(p => new Piece(p.Text, p.Start, p.End, p.IsListItem, p.Page)),
            // A glossary abstract is short and about one thing: keep it whole.
            SectionKind.Glossary => [Merge(paragraphs.Select(p => new Piece(p.Text, p.Start, p.End, p.IsListItem, p.Page)).ToList())],
            _ => Pack([.. paragraphs.SelectMany(SplitLong)]),
        };
    }

    /// <summary>A paragraph over MaxChars is cut between sentences into pieces of about TargetChars.</summary>
    private IEnumerable<Piece> SplitLong(Paragraph paragraph)
    {
        if (paragraph.Text.Length <= _options.MaxChars)
        {
            yield return new Piece(paragraph.Text, paragraph.Start, paragraph.End, paragraph.IsListItem, paragraph.Page);
            yield break;
        }

        var sentences = _splitter.SplitRanges(paragraph.Text);
        var pieceCount = (int)Math.Ceiling(paragraph.Text.Length / (double)_options.TargetChars);
        var goal = paragraph.Text.Length / pieceCount;
        var from = -1;
        var to = -1;
        foreach (var range in sentences)
        {
            var (start, end) = (range.Start.Value, range.End.Value);
            if (from >= 0 && end - from > _options.MaxChars)
            {
                yield return Slice(paragraph, from, to);
                from = -1;
            }

            if (from < 0)
            {
                from = start;
            }

            to = end;
            if (to - from >= goal)
            {
                yield return Slice(paragraph, from, to);
                from = -1;
            }
        }

        if (from >= 0)
        {
            yield return Slice(paragraph, from, to);
        }
    }

    private static Piece Slice(Paragraph paragraph, int from, int to)
    {
        var text = paragraph.Text[from..to];
        if (paragraph.CharOffsets is { } offsets && offsets.Count == paragraph.Text.Length)
        {
            var start = int.MaxValue;
            var end = 0;
            for (var i = from; i < to; i++)
            {
                start = Math.Min(start, offsets[i]);
                end = Math.Max(end, offsets[i] + 1);
            }

            return new Piece(text, start, end, paragraph.IsListItem, paragraph.Page);
        }

        // Without a character trace the whole paragraph's span is the best honest answer.
        return new Piece(text, paragraph.Start, paragraph.End, paragraph.IsListItem, paragraph.Page);
    }

    /// <summary>Gathers consecutive pieces into passages of about TargetChars; a short tail joins its predecessor.</summary>
    private List<Piece> Pack(List<Piece> pieces)
    {
        var passages = new List<Piece>();
        var current = new List<Piece>();
        foreach (var piece in pieces)
        {
            if (current.Count > 0)
            {
                var length = Length(current) + Separator(current[^1], piece).Length + piece.Text.Length;
                var fits = length <= _options.TargetChars || (Length(current) < _options.MinChars && length <= _options.MaxChars);
                if (!fits)
                {
                    passages.Add(Merge(current));
                    current = [];
                }
            }

            current.Add(piece);
        }

        if (current.Count > 0)
        {
            var last = Merge(current);
            if (passages.Count > 0 && last.Text.Length < _options.MinChars
                && passages[^1].Text.Length + ParagraphSeparator.Length + last.Text.Length <= _options.MaxChars)
            {
                var previous = passages[^1];
                passages[^1] = Merge([previous, last]);
            }
            else
            {
                passages.Add(last);
            }
        }

        return passages;
    }

    private static int Length(List<Piece> pieces)
    {
        var length = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            length += pieces[i].Text.Length + (i > 0 ? Separator(pieces[i - 1], pieces[i]).Length : 0);
        }

        return length;
    }

    private static string Separator(Piece previous, Piece next) =>
        previous.IsListItem || next.IsListItem ? ListSeparator : ParagraphSeparator;

    private static Piece Merge(List<Piece> pieces)
    {
        if (pieces.Count == 1)
        {
            return pieces[0];
        }

        var text = new StringBuilder(pieces[0].Text);
        for (var i = 1; i < pieces.Count; i++)
        {
            text.Append(Separator(pieces[i - 1], pieces[i])).Append(pieces[i].Text);
        }

        return new Piece(text.ToString(), pieces.Min(p => p.Start), pieces.Max(p => p.End), pieces[^1].IsListItem, pieces.FirstOrDefault(p => p.Page is not null)?.Page);
    }

    private static Passage ToPassage(Section section, Piece piece, HashSet<string> ids)
    {
        var id = PassageId(section.SourceFile, section.Path, piece.Text, 0);
        for (var n = 2; !ids.Add(id); n++)
        {
            // The same text twice in one section: still a distinct, stable id for each.
            id = PassageId(section.SourceFile, section.Path, piece.Text, n);
        }

        return new Passage(id, section.Id, section.Path, section.Kind, piece.Text, section.SourceFile, piece.Start, piece.End) { Page = piece.Page };
    }

    /// <summary>Lowercase hex of the first 16 bytes of SHA-256 over (source file, section path, text).</summary>
    public static string PassageId(string sourceFile, IReadOnlyList<string> sectionPath, string text, int occurrence = 0)
    {
        var key = $"{sourceFile}\n{string.Join(Section.PathSeparator, sectionPath)}\n{text}";
        if (occurrence > 0)
        {
            key += $"\n#{occurrence}";
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    // Page: the page the piece starts on (paged formats), carried to the passage for citations.
    private sealed record Piece(string Text, int Start, int End, bool IsListItem, int? Page = null);
}
