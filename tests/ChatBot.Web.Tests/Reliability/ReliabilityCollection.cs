namespace ChatBot.Web.Tests.Reliability;

/// <summary>
/// The reliability tests run one after another: each starts hosts with the real model, and the timeouts they check
/// (model stalls, fallbacks) should not be stretched by the others competing for the two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityCollection
{
    public const string Name = "Reliability";
}
