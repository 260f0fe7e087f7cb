namespace ChatBot.Web.DirectLine;

/// <summary>What a client needs to talk to one conversation: its id, a bearer token and the user the token stands for.</summary>
public sealed record DirectLineSession(string ConversationId, string Token, int ExpiresIn, string UserId);
