using ChatBot.Deploy.Teams.Packaging;

namespace ChatBot.Deploy.Tests.Teams;

/// <summary>A valid package request against the repository's template, writing into a fresh temp folder.</summary>
internal static class SampleRequest
{
    public static readonly Guid AppId = Guid.Parse("5b0c6a1e-8d2f-4c4e-9a3b-2f1d7e6c5a40");
    public static readonly Guid BotId = Guid.Parse("0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b");
    public const string Domain = "chatbot-test.azurewebsites.net";

    public static PackageRequest Create(string outputPath) =>
        new(AppId, BotId, Domain, outputPath, RepositoryFiles.PathOf("deploy", "teams"), ShippedSchema.SourcePath);

    public static string FilledTemplate() =>
        TeamsAppPackager.FillTemplate(RepositoryFiles.ReadText("deploy", "teams", "manifest.json"), Create("unused.zip"));
}
