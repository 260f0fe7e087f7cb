namespace ChatBot.Web.Feedback;

/// <summary>The conversation's last few answers (conversation state), newest last.</summary>
public sealed class RecentAnswers
{
    /// <summary>Feedback usually comes right after an answer; older answers are rarely rated and cost state size.</summary>
    public const int Kept = 20;

    public List<AnswerMemo> Items { get; set; } = [];

    public void Remember(AnswerMemo memo)
    {
        Items.Add(memo);
        if (Items.Count > Kept)
        {
            Items.RemoveRange(0, Items.Count - Kept);
        }
    }

    /// <summary>The answer a feedback refers to, by the channel's reply id or by our answer id.</summary>
    public AnswerMemo? Find(string? reference) =>
        string.IsNullOrEmpty(reference)
            ? null
            : Items.LastOrDefault(m => m.ActivityId == reference || m.AnswerId == reference);
}
