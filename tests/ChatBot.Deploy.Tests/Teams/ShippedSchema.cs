using ChatBot.Deploy.Teams.Manifest;

namespace ChatBot.Deploy.Tests.Teams;

/// <summary>The repository's manifest schema, deploy/teams/schema/manifest.schema.json, loaded once.</summary>
internal static class ShippedSchema
{
    public static string SourcePath { get; } = RepositoryFiles.PathOf("deploy", "teams", "schema", "manifest.schema.json");

    public static ManifestSchema Value { get; } = ManifestSchema.Load(SourcePath).Schema
        ?? throw new InvalidOperationException(ManifestSchema.Load(SourcePath).Error);
}
