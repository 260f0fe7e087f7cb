using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Web.Channels;

/// <summary>
/// The Bot Framework authentication with two guarantees around it: a request whose token cannot be validated, for
/// whatever reason, is refused as unauthorised (never a server error); and when the channel's signing keys cannot be
/// fetched, token checks fail at once for a growing while (1 s, doubling up to <see cref="MaxBackoff"/>) instead of
/// fetching the OpenID metadata again on every request, which the token library does while it has never had a copy.
/// Connector clients share their serializers (<see cref="SharedSerializationConnectorFactory"/>).
/// </summary>
public sealed class ChannelAuthentication(BotFrameworkAuthentication inner, TimeProvider time, ILogger<ChannelAuthentication> logger)
    : BotFrameworkAuthentication
{
    /// <summary>Longest wait between two attempts to fetch unreachable signing keys.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    private readonly object gate = new();
    private DateTimeOffset retryAt = DateTimeOffset.MinValue;
    private TimeSpan backoff = TimeSpan.Zero;

    /// <exception cref="UnauthorizedAccessException">The token is missing, invalid, or cannot be checked now.</exception>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        if (!TryAdmit())
        {
            throw new UnauthorizedAccessException("The channel's signing keys could not be fetched; tokens cannot be checked until the next attempt.");
        }

        AuthenticateRequestResult result;
        try
        {
            result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or SecurityTokenException or ArgumentException)
        {
            // The token itself was refused (missing, malformed, forged, expired, for another bot).
            throw new UnauthorizedAccessException("The token was refused.", e);
        }
        catch (Exception e)
        {
            // Anything else is the validation failing around the token, e.g. "IDX20803: Unable to obtain configuration".
            BackOff(e);
            throw new UnauthorizedAccessException("The token could not be checked.", e);
        }

        Recovered();
        result.ConnectorFactory = new SharedSerializationConnectorFactory(result.ConnectorFactory);
        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedSerializationConnectorFactory(inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    // While the keys are unreachable, one request at a time tries again once the wait is over; the rest are refused.
    private bool TryAdmit()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (now < retryAt)
            {
                return false;
            }

            if (backoff > TimeSpan.Zero)
            {
                retryAt = now + backoff;
            }

            return true;
        }
    }

    private void BackOff(Exception reason)
    {
        TimeSpan wait;
        lock (gate)
        {
            backoff = backoff == TimeSpan.Zero ? FirstBackoff : TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            retryAt = time.GetUtcNow() + backoff;
            wait = backoff;
        }

        logger.LogWarning("Channel tokens cannot be checked: {Reason}. Refusing them for {Wait} before trying again.", reason.Message, wait);
    }

    private void Recovered()
    {
        lock (gate)
        {
            backoff = TimeSpan.Zero;
            retryAt = DateTimeOffset.MinValue;
        }
    }
}
