namespace ChatBot.Deploy.Tests.Container;

public sealed class DockerfileTests
{
    private readonly Dockerfile dockerfile = Dockerfile.Load();

    [Fact]
    public void IsMultiStage_BuildingOnSdk10_RunningOnAspNet10()
    {
        var froms = dockerfile.All("FROM");

        Assert.True(froms.Count >= 2, "expected a build stage and a runtime stage");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", froms[0], StringComparison.Ordinal);
        Assert.EndsWith(" AS build", froms[0], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", froms[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void BuildStage_PublishesAndBuildsTheIndexSnapshot_ThroughPublishScript()
    {
        Assert.Contains(dockerfile.All("RUN"), r => r.Contains("deploy/publish.sh", StringComparison.Ordinal));

        var script = RepositoryFiles.ReadText("deploy", "publish.sh");
        Assert.Contains("dotnet publish src/ChatBot.Web/ChatBot.Web.csproj", script, StringComparison.Ordinal);
        Assert.Contains("chatbot.dll\" index", script, StringComparison.Ordinal);
        Assert.Contains("cp -r corpus", script, StringComparison.Ordinal);
        Assert.Contains("cp -r prompts", script, StringComparison.Ordinal);
        Assert.Contains("cp -r models", script, StringComparison.Ordinal);
    }

    [Fact]
    public void RuntimeStage_CopiesThePublishOutputFromTheBuildStage()
    {
        Assert.Contains(dockerfile.FinalStage().All("COPY"), c => c.StartsWith("--from=build ", StringComparison.Ordinal));
    }

    [Fact]
    public void RuntimeStage_RunsAsNonRootUser()
    {
        var user = dockerfile.FinalStage().All("USER");

        Assert.Single(user);
        Assert.Contains(user[0], new[] { "$APP_UID", "${APP_UID}", "app", "1654" });
    }

    [Fact]
    public void ExposesAndListensOn3978()
    {
        var final = dockerfile.FinalStage();

        Assert.Contains("3978", final.All("EXPOSE"));
        Assert.Contains(final.All("ENV"), e => e.Contains("ASPNETCORE_HTTP_PORTS=3978", StringComparison.Ordinal) || e.Contains("ASPNETCORE_URLS=http://+:3978", StringComparison.Ordinal));
    }

    [Fact]
    public void HealthCheck_RunsTheProbeThatAsksForHealthz()
    {
        var health = Assert.Single(dockerfile.FinalStage().All("HEALTHCHECK"));

        Assert.Contains("CMD [\"bash\", \"/app/healthcheck.sh\"]", health, StringComparison.Ordinal);
        Assert.Contains(dockerfile.FinalStage().All("COPY"), c => c == "deploy/healthcheck.sh /app/healthcheck.sh");
        Assert.Contains("GET /healthz HTTP/1.1", RepositoryFiles.ReadText("deploy", "healthcheck.sh"), StringComparison.Ordinal);
    }

    [Fact]
    public void EntryPoint_StartsTheHost()
    {
        Assert.Equal("[\"dotnet\", \"ChatBot.Web.dll\"]", Assert.Single(dockerfile.All("ENTRYPOINT")));
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputAndLocalSnapshotsOutOfTheContext()
    {
        var ignored = RepositoryFiles.ReadText(".dockerignore").Split('\n').Select(l => l.Trim()).ToList();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains(".chatbot/", ignored);
        Assert.Contains(".git/", ignored);
    }
}
