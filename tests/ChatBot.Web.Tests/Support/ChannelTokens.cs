using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Web.Tests.Support;

/// <summary>Signs Bot Framework channel tokens (issuer api.botframework.com, audience the bot's app id) for tests.</summary>
public static class ChannelTokens
{
    public static string Create(SecurityKey key, string audience, string serviceUrl, DateTime? expires = null, DateTime? notBefore = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = RecordingChannel.ChannelIssuer,
            Audience = audience,
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-5),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            IssuedAt = notBefore ?? DateTime.UtcNow.AddMinutes(-5),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    /// <summary>A key the channel never published, with the trusted key's id, as a forger would try.</summary>
    public static RsaSecurityKey ForgedKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };
}
