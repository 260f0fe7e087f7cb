namespace ChatBot.Web.Tests.Reliability;

/// <summary>How the fake model endpoint misbehaves.</summary>
public enum FakeModelMode
{
    /// <summary>500 Internal Server Error on every call.</summary>
    ServerError,

    /// <summary>429 Too Many Requests (Retry-After: 1) on every call.</summary>
    TooManyRequests,

    /// <summary>Accepts the call and never answers.</summary>
    Stall,

    /// <summary>Closes the connection without a response.</summary>
    Disconnect,
}
