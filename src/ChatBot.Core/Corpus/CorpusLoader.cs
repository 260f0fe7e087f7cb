using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Reads every corpus file under a folder (<see cref="CorpusFormats"/>: text, Markdown, HTML, PDF, DOCX; recursively, in
/// ordinal order of relative path): PDF and DOCX with their <see cref="ICorpusFileReader"/>, text formats (strict UTF-8)
/// with the first <see cref="ICorpusReader"/> that recognises them. A file that cannot be used becomes a
/// <see cref="CorpusProblem"/> (logged as a warning) and the rest is still read; nothing throws.
/// </summary>
public sealed class CorpusLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Larger files are refused: the corpus is prose, and one stray dump must not exhaust memory.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    private readonly IReadOnlyList<ICorpusReader> _readers;
    private readonly IReadOnlyList<ICorpusFileReader> _fileReaders;
    private readonly ILogger<CorpusLoader> _logger;

    /// <summary>Uses the built-in readers: scraped encyclopedia, Markdown, HTML, plain text; PDF and DOCX.</summary>
    public CorpusLoader(ILogger<CorpusLoader> logger)
        : this(DefaultReaders(), DefaultFileReaders(), logger)
    {
    }

    /// <summary>Uses <paramref name="readers"/> for text formats and the built-in PDF and DOCX readers.</summary>
    public CorpusLoader(IEnumerable<ICorpusReader> readers, ILogger<CorpusLoader> logger)
        : this(readers, DefaultFileReaders(), logger)
    {
    }

    public CorpusLoader(IEnumerable<ICorpusReader> readers, IEnumerable<ICorpusFileReader> fileReaders, ILogger<CorpusLoader> logger)
    {
        _readers = [.. readers];
        _fileReaders = [.. fileReaders];
        _logger = logger;
    }

    /// <summary>The built-in text readers, most specific first.</summary>
    public static IReadOnlyList<ICorpusReader> DefaultReaders() =>
        [new ScrapedEncyclopediaReader(), new MarkdownCorpusReader(), new HtmlCorpusReader(), new PlainTextCorpusReader()];

    /// <summary>The built-in readers of binary formats.</summary>
    public static IReadOnlyList<ICorpusFileReader> DefaultFileReaders() => [new PdfCorpusReader(), new DocxCorpusReader()];

    /// <summary>Loads the folder; <paramref name="folder"/> should already be resolved (see <see cref="Configuration.ContentPaths"/>).</summary>
    public CorpusLoadResult Load(string folder)
    {
        var documents = new List<CorpusDocument>();
        var problems = new List<CorpusProblem>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        if (!Directory.Exists(folder))
        {
            Report(problems, folder, $"The corpus folder '{folder}' does not exist. Set Corpus:Folder (env Corpus__Folder) to a folder of {CorpusFormats.Names} files.");
            return new CorpusLoadResult(documents, problems, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }

        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(CorpusFormats.IsCorpusFile)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(problems, folder, $"The corpus folder '{folder}' cannot be listed: {ex.Message}");
            return new CorpusLoadResult(documents, problems, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }

        if (files.Count == 0)
        {
            Report(problems, folder, $"The corpus folder '{folder}' holds no {CorpusFormats.Names} files.");
        }

        var ids = new SectionIdAllocator();
        foreach (var relative in files)
        {
            var document = LoadFile(folder, relative, hash, problems);
            if (document is not null)
            {
                documents.Add(MakeIdsUnique(document, ids));
            }
        }

        return new CorpusLoadResult(documents, problems, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private CorpusDocument? LoadFile(string folder, string relative, IncrementalHash hash, List<CorpusProblem> problems)
    {
        byte[] bytes;
        try
        {
            var path = Path.Combine(folder, relative);
            var size = new FileInfo(path).Length;
            if (size > MaxFileBytes)
            {
                Report(problems, relative, $"'{relative}' is too large ({size:N0} bytes, limit {MaxFileBytes:N0}): it was skipped.");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            Report(problems, relative, $"'{relative}' cannot be read ({ex.GetType().Name}): it was skipped.");
            return null;
        }

        hash.AppendData(Encoding.UTF8.GetBytes(relative));
        hash.AppendData([0]);
        hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
        hash.AppendData(bytes);

        if (bytes.Length == 0)
        {
            Report(problems, relative, $"'{relative}' is empty: it was skipped.");
            return null;
        }

        if (_fileReaders.FirstOrDefault(r => r.CanRead(relative)) is { } fileReader)
        {
            return ReadWith(relative, problems, fileReader.GetType().Name, () => fileReader.Read(relative, bytes));
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            Report(problems, relative, $"'{relative}' looks binary (NUL byte at offset {nul}): it was skipped. Only UTF-8 text files are read.");
            return null;
        }

        var bom = bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" near byte {ex.Index + bom}" : string.Empty;
            Report(problems, relative, $"'{relative}' is not valid UTF-8{at}: it was skipped. Save it as UTF-8.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Report(problems, relative, $"'{relative}' holds only white space: it was skipped.");
            return null;
        }

        var reader = _readers.FirstOrDefault(r => r.CanRead(relative, text));
        if (reader is null)
        {
            Report(problems, relative, $"'{relative}' has no reader for its format: it was skipped.");
            return null;
        }

        return ReadWith(relative, problems, reader.GetType().Name, () => reader.Read(relative, text));
    }

    private CorpusDocument? ReadWith(string relative, List<CorpusProblem> problems, string readerName, Func<CorpusDocument> read)
    {
        try
        {
            var document = read();
            if (document.Sections.All(s => s.Paragraphs.Count == 0))
            {
                Report(problems, relative, $"'{relative}' has no readable text: it was skipped.");
                return null;
            }

            _logger.LogInformation("Read {File} with {Reader}: {Sections} sections", relative, readerName, document.Sections.Count);
            return document;
        }
        catch (CorpusFormatException ex)
        {
            Report(problems, relative, ex.Message);
            return null;
        }
        catch (Exception ex)
        {
            // A reader bug on one odd file must not take the whole corpus down.
            _logger.LogError(ex, "Reader {Reader} failed on {File}", readerName, relative);
            Report(problems, relative, $"'{relative}' could not be parsed: it was skipped.");
            return null;
        }
    }

    private static CorpusDocument MakeIdsUnique(CorpusDocument document, SectionIdAllocator ids)
    {
        var sections = document.Sections.Select(s =>
        {
            var id = ids.Reserve(s.Id);
            return id == s.Id ? s : s with { Id = id };
        }).ToList();
        return document with { Sections = sections };
    }

    private void Report(List<CorpusProblem> problems, string file, string message)
    {
        problems.Add(new CorpusProblem(file, message));
        _logger.LogWarning("Corpus problem in {File}: {Message}", file, message);
    }
}
