using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Web.Sources;

namespace ChatBot.Web.Tests.Sources;

public sealed class PassageHighlighterTests
{
    private static readonly string[] Path = ["A"];

    [Fact]
    public void Passage_starting_inside_a_paragraph_marks_only_its_sentences()
    {
        Paragraph[] paragraphs = [new("First one. Second one. Third one.", 0, 33)];
        Passage[] passages = [new("p1", "s", Path, SectionKind.Article, "Second one. Third one.", "f", 11, 33)];

        var marked = PassageHighlighter.Mark(paragraphs, passages);

        Assert.Equal([false, true, true], marked[0].Select(s => s.PassageIds.Contains("p1")));
    }

    [Fact]
    public void Paragraph_wholly_inside_a_passage_is_marked_even_if_its_text_was_normalised_differently()
    {
        Paragraph[] paragraphs = [new("One.  Two.", 0, 10), new("Three.", 10, 16)];
        Passage[] passages = [new("p1", "s", Path, SectionKind.Article, "One. Two.\n\nThree.", "f", 0, 16)];

        var marked = PassageHighlighter.Mark(paragraphs, passages);

        Assert.All(marked.SelectMany(s => s), s => Assert.Equal(["p1"], s.PassageIds));
    }

    [Fact]
    public void Passage_whose_offsets_do_not_match_is_found_by_its_text()
    {
        Paragraph[] paragraphs = [new("Alpha beta. Gamma delta.", 500, 524)];
        Passage[] passages = [new("p1", "s", Path, SectionKind.Article, "Gamma delta.", "f", 0, 12)];

        var marked = PassageHighlighter.Mark(paragraphs, passages);

        Assert.Equal([false, true], marked[0].Select(s => s.PassageIds.Count == 1));
    }
}
