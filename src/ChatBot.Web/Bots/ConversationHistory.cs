namespace ChatBot.Web.Bots;

/// <summary>What the bot remembers of one conversation: the user's recent questions, oldest first.</summary>
public sealed class ConversationHistory
{
    public List<string> Questions { get; set; } = [];

    /// <summary>Appends a question and keeps only the last <paramref name="limit"/>.</summary>
    public void Remember(string question, int limit)
    {
        Questions.Add(question);
        if (Questions.Count > limit)
        {
            Questions.RemoveRange(0, Questions.Count - limit);
        }
    }
}
