using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Corpus.Formats;

public sealed class DocxCorpusReaderTests
{
    [Fact]
    public void Read_MapsHeadingStylesToSections_AndTheTitleStyleToTheTitle()
    {
        var bytes = GeneratedFiles.Docx(
        [
            ("Title", "Staff handbook"),
            (null, "Read this first."),
            ("Heading1", "Leave"),
            (null, "Everyone has 25 days of paid leave."),
            ("Heading2", "Sick leave"),
            (null, "Call your manager before 9 am."),
            (null, "list:Bring a note after three days."),
            ("Heading1", "Travel"),
            (null, "Book trains, not planes, under 500 km."),
        ]);

        var document = new DocxCorpusReader().Read("hr/handbook.docx", bytes);

        Assert.Equal("Staff handbook", document.Title);
        Assert.Equal(["handbook", "Leave", "Leave › Sick leave", "Travel"], document.Sections.Select(s => s.DisplayPath));
        var sick = document.Sections.Single(s => s.Title == "Sick leave").Paragraphs;
        Assert.Equal(["Call your manager before 9 am.", "• Bring a note after three days."], sick.Select(p => p.Text));
        Assert.True(sick[1].IsListItem);
        Assert.Equal("hr/handbook/sick-leave", document.Sections.Single(s => s.Title == "Sick leave").Id);
    }

    [Fact]
    public void Read_RecognisesHeadingStylesByName_WhateverTheirId()
    {
        var bytes = GeneratedFiles.Docx(
            [("Kop1", "Verlof"), (null, "Iedereen heeft 25 dagen."), ("Kop2", "Ziekte"), (null, "Bel voor negen uur.")],
            styles: [("Kop1", "heading 1"), ("Kop2", "heading 2")]);

        var document = new DocxCorpusReader().Read("verlof.docx", bytes);

        Assert.Equal(["Verlof", "Verlof › Ziekte"], document.Sections.Select(s => s.DisplayPath));
    }

    [Fact]
    public void Read_AZipThatIsNotADocx_ThrowsAFormatError()
    {
        var error = Assert.Throws<CorpusFormatException>(() => new DocxCorpusReader().Read("notes.docx", GeneratedFiles.ZipThatIsNotADocx()));

        Assert.Contains("notes.docx", error.Message);
        Assert.Contains("not a Word document", error.Message);
    }

    [Fact]
    public void Read_BytesThatAreNoZip_ThrowAFormatError()
    {
        var error = Assert.Throws<CorpusFormatException>(() => new DocxCorpusReader().Read("old.docx", "This is plain text."u8.ToArray()));

        Assert.Contains("not a Word document", error.Message);
    }
}
