namespace ChatBot.Cli.Tests;

/// <summary>Tests that set environment variables run alone, so no other test sees them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Environment variables";
}
