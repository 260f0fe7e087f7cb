namespace ChatBot.Web.Sources;

/// <summary>A sentence of a paragraph and the passages that contain it.</summary>
public sealed record MarkedSentence(string Text, List<string> PassageIds);
