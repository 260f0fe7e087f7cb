using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answering;

/// <summary>Builds the <see cref="Citation"/> of a passage, with the source-viewer URL /sources/{sectionId}#p-{passageId}.</summary>
public sealed class CitationFactory(IOptions<AnsweringOptions> options)
{
    private readonly string? baseUrl = options.Value.PublicBaseUrl;

    /// <summary>Citation number <paramref name="index"/> for <paramref name="passage"/>, quoting <paramref name="quote"/>.</summary>
    public Citation Create(int index, Passage passage, string quote) =>
        new(index, passage.SectionId, passage.DisplayPath, TitleOf(passage), quote, passage.SourceFile, passage.Start, passage.End, UrlOf(passage), passage.Id)
        {
            Page = passage.Page,
        };

    /// <summary>The name a citation shows: the section title, with the page for paged sources ("Costs (p. 2)").</summary>
    public static string TitleOf(Passage passage) => passage.Page is { } page ? $"{passage.Title} (p. {page})" : passage.Title;

    /// <summary>The source-viewer URL of a passage, relative unless Answering:PublicBaseUrl is set.</summary>
    public string UrlOf(Passage passage) => SourceLinks.Under(baseUrl, SourceLinks.Passage(passage.SectionId, passage.Id));
}
