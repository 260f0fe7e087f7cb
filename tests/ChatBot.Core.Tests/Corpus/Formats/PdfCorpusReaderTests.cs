using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Corpus.Formats;

public sealed class PdfCorpusReaderTests
{
    private static readonly string[][] Pages =
    [
        ["Annual report", "", "Introduction", "", "The cooperative was founded in 1952 by twelve farmers.", "It sells grain and seed."],
        ["Finances", "", "Revenue grew by four percent in 2023.", "", "Costs", "", "Fuel was the largest cost."],
    ];

    [Fact]
    public void Read_WithAnOutline_MakesNestedSectionsAndKeepsPageNumbers()
    {
        var bytes = GeneratedFiles.Pdf(Pages, [("Introduction", 1, 1), ("Finances", 1, 2), ("Costs", 2, 2)], title: "Annual report 2023");

        var document = new PdfCorpusReader().Read("reports/annual.pdf", bytes);

        Assert.Equal("Annual report 2023", document.Title);
        Assert.Equal(["annual", "Introduction", "Finances", "Finances › Costs"], document.Sections.Select(s => s.DisplayPath));
        var introduction = document.Sections.Single(s => s.Title == "Introduction");
        Assert.Contains(introduction.Paragraphs, p => p.Text.Contains("founded in 1952") && p.Page == 1);
        var costs = document.Sections.Single(s => s.Title == "Costs");
        Assert.Contains(costs.Paragraphs, p => p.Text.Contains("Fuel was the largest cost.") && p.Page == 2);
        Assert.Contains(document.Sections.Single(s => s.Title == "Finances").Paragraphs, p => p.Text.Contains("four percent"));
        Assert.Equal("reports/annual/costs", costs.Id);
    }

    [Fact]
    public void Read_WithoutAnOutline_IsOneSectionWithPagedParagraphs()
    {
        var document = new PdfCorpusReader().Read("minutes.pdf", GeneratedFiles.Pdf(Pages));

        var section = Assert.Single(document.Sections);
        Assert.Equal("minutes", section.Title);
        Assert.Equal([1, 2], section.Paragraphs.Select(p => p.Page!.Value).Distinct());
        Assert.Contains(section.Paragraphs, p => p.Text.Contains("Revenue grew by four percent in 2023."));
    }

    [Fact]
    public void Read_GivesOffsetsThatIndexTheExtractedText()
    {
        var document = new PdfCorpusReader().Read("minutes.pdf", GeneratedFiles.Pdf(Pages));

        var paragraphs = document.Sections.SelectMany(s => s.Paragraphs).ToList();
        Assert.All(paragraphs, p => Assert.Equal(p.Text.Length, p.End - p.Start));
        Assert.True(paragraphs.Zip(paragraphs.Skip(1)).All(pair => pair.First.End < pair.Second.Start));
    }

    [Fact]
    public void Read_AnEncryptedPdf_ThrowsAFormatErrorThatSaysSo()
    {
        var error = Assert.Throws<CorpusFormatException>(() => new PdfCorpusReader().Read("secret.pdf", GeneratedFiles.EncryptedPdf()));

        Assert.Contains("encrypted", error.Message);
        Assert.Contains("secret.pdf", error.Message);
    }

    [Theory]
    [InlineData("%PDF-1.7\nthis is not a PDF body at all\n%%EOF")]
    [InlineData("just some text named .pdf")]
    public void Read_ACorruptPdf_ThrowsAFormatError(string content)
    {
        var error = Assert.Throws<CorpusFormatException>(() => new PdfCorpusReader().Read("broken.pdf", System.Text.Encoding.ASCII.GetBytes(content)));

        Assert.Contains("broken.pdf", error.Message);
    }

    [Fact]
    public void Read_APdfWithoutText_SaysItHasNoTextLayer()
    {
        var error = Assert.Throws<CorpusFormatException>(() => new PdfCorpusReader().Read("scan.pdf", GeneratedFiles.Pdf([[""]])));

        Assert.Contains("no text layer", error.Message);
    }
}
