using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.DirectLine;

/// <summary>The offline Direct Line's conversations and tokens, in memory, with expiry after inactivity.</summary>
/// <remarks>Tokens are 32 random bytes; only their SHA-256 is kept, so a memory dump does not leak usable tokens.</remarks>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string BearerPrefix = "Bearer ";

    private readonly DirectLineOptions settings = options.Value;
    private readonly ConcurrentDictionary<string, DirectLineConversation> conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenGrant> tokens = new(StringComparer.Ordinal);
    private readonly object createGate = new();

    /// <summary>How long each issued token is valid.</summary>
    public TimeSpan TokenLifetime => settings.TokenLifetime;

    /// <summary>Open conversations.</summary>
    public int Count => conversations.Count;

    /// <summary>Starts a conversation and issues its first token; null when <see cref="DirectLineOptions.MaxConversations"/> are open.</summary>
    public DirectLineSession? TryCreate()
    {
        DirectLineConversation conversation;
        lock (createGate)
        {
            if (conversations.Count >= settings.MaxConversations)
            {
                return null;
            }

            conversation = new DirectLineConversation(NewId(), "dl_" + NewId(), settings, time);
            conversations[conversation.Id] = conversation;
        }

        return IssueToken(conversation);
    }

    /// <summary>Issues another token for the conversation; earlier ones stay valid until they expire, so polls already under way are not refused.</summary>
    public DirectLineSession IssueToken(DirectLineConversation conversation)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var expires = time.GetUtcNow() + settings.TokenLifetime;
        tokens[Hash(token)] = new TokenGrant(conversation.Id, expires);
        conversation.Touch();
        return new DirectLineSession(conversation.Id, token, (int)settings.TokenLifetime.TotalSeconds, conversation.UserId);
    }

    /// <summary>Checks the Authorization header; with <paramref name="conversationId"/> the token must belong to that conversation.</summary>
    public DirectLineAccess Authorize(string? authorization, string? conversationId, out DirectLineConversation? conversation)
    {
        conversation = null;
        if (authorization is null || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return DirectLineAccess.Unauthenticated;
        }

        var token = authorization[BearerPrefix.Length..].Trim();
        if (token.Length == 0 || token.Length > 200)
        {
            return DirectLineAccess.Unauthenticated;
        }

        if (!tokens.TryGetValue(Hash(token), out var grant) || grant.Expires <= time.GetUtcNow())
        {
            return DirectLineAccess.Forbidden;
        }

        // Ids are compared in constant time so a token cannot be used to probe which conversation ids exist.
        if (conversationId is not null && !CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(conversationId), Encoding.UTF8.GetBytes(grant.ConversationId)))
        {
            return DirectLineAccess.Forbidden;
        }

        if (!conversations.TryGetValue(grant.ConversationId, out conversation))
        {
            return DirectLineAccess.Forbidden;
        }

        conversation.Touch();
        return DirectLineAccess.Granted;
    }

    /// <summary>The open conversation with this id, if there is one (no token check: for the host's own use).</summary>
    internal DirectLineConversation? Find(string conversationId) => conversations.GetValueOrDefault(conversationId);

    /// <summary>Forgets conversations idle for longer than the timeout and expired tokens; returns how many conversations went.</summary>
    public int RemoveExpired()
    {
        var now = time.GetUtcNow();
        var removed = 0;
        foreach (var (id, conversation) in conversations)
        {
            if (now - conversation.LastTouched >= settings.ConversationIdleTimeout && conversations.TryRemove(id, out _))
            {
                removed++;
            }
        }

        foreach (var (hash, grant) in tokens)
        {
            if (grant.Expires <= now || !conversations.ContainsKey(grant.ConversationId))
            {
                tokens.TryRemove(hash, out _);
            }
        }

        return removed;
    }

    private static string NewId() => Base64Url(RandomNumberGenerator.GetBytes(12));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private sealed record TokenGrant(string ConversationId, DateTimeOffset Expires);
}
