namespace ChatBot.Web.Tests.State;

/// <summary>
/// A fact that needs redis-server. Where it is not installed the test is skipped on a developer's machine, but under
/// CI=true it runs and fails, so a CI image without Redis cannot pass by skipping.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (RedisServerFixture.ServerPath is null && !inCi)
        {
            Skip = "redis-server is not installed (apt-get install -y redis-server).";
        }
    }
}
