namespace ChatBot.Web.DirectLine;

/// <summary>Outcome of checking a bearer token against a conversation.</summary>
public enum DirectLineAccess
{
    /// <summary>The token is valid for the conversation.</summary>
    Granted,

    /// <summary>No usable Authorization header (401).</summary>
    Unauthenticated,

    /// <summary>Unknown, expired or revoked token, or a token of another conversation (403).</summary>
    Forbidden,
}
