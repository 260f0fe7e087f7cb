namespace ChatBot.Web.State;

/// <summary>Where the bot keeps conversation state.</summary>
public enum StateProvider
{
    /// <summary>In the process: lost on restart, not shared between instances.</summary>
    Memory,

    /// <summary>In Redis: survives restarts and is shared by every instance behind one bot endpoint.</summary>
    Redis,
}
