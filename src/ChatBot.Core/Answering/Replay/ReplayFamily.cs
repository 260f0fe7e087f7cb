namespace ChatBot.Core.Answering.Replay;

/// <summary>How a replay reply should end: kept (a faithful answer), caught (a corruption), or honoured (a decline).</summary>
public enum ReplayFamily
{
    Faithful,
    Corrupted,
    Decline,
}
