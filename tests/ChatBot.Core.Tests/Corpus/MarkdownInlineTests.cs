namespace ChatBot.Core.Tests.Corpus;

public sealed class MarkdownInlineTests
{
    [Theory]
    [InlineData("See [the docs](https://x.org/a \"Title\") now.", "See the docs now.")]
    [InlineData("Some **bold**, _em_ and `code` here.", "Some bold, em and code here.")]
    [InlineData("![logo](img.png) caption", "logo caption")]
    [InlineData("2 * 3 = 6 and snake_case stays", "2 * 3 = 6 and snake_case stays")]
    public void Read_RemovesInlineMarkdown_KeepingOffsetsIntoTheSource(string line, string expected)
    {
        var text = "# T\n\n" + line + "\n";
        var paragraph = new ChatBot.Core.Corpus.MarkdownCorpusReader().Read("a.md", text).Sections.Single().Paragraphs.Single();

        Assert.Equal(expected, paragraph.Text);
        for (var i = 0; i < paragraph.Text.Length; i++)
        {
            if (paragraph.Text[i] != ' ')
            {
                Assert.Equal(paragraph.Text[i], text[paragraph.CharOffsets![i]]);
            }
        }
    }
}
