namespace ChatBot.LoadDriver;

/// <summary>A question of the eval set with its labelled answer and the passage words that hold it (both null when the text does not answer it).</summary>
internal sealed record LabelledQuestion(string Question, string? Answer, string? Evidence);
