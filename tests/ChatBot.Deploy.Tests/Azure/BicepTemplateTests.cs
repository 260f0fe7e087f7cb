using System.Text.Json.Nodes;

namespace ChatBot.Deploy.Tests.Azure;

public sealed class BicepTemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void BicepBuild_MainBicep_SucceedsWithNoWarningsOrErrors()
    {
        Assert.True(template.ExitCode == 0, template.Diagnostics);
        Assert.Equal(string.Empty, template.Diagnostics.Trim());
    }

    [Fact]
    public void Bot_OffersSingleTenantOrUserAssignedIdentity_DefaultingToIdentity()
    {
        var parameter = template.Root["parameters"]!["msaAppType"]!;

        Assert.Equal(["SingleTenant", "UserAssignedMSI"], parameter["allowedValues"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("UserAssignedMSI", (string?)parameter["defaultValue"]);
        Assert.Single(template.OfType("Microsoft.BotService/botServices"));
    }

    [Fact]
    public void Bot_HasTeamsDirectLineAndWebChatChannels()
    {
        var channels = template.OfType("Microsoft.BotService/botServices/channels")
            .Select(c => (string)c["properties"]!["channelName"]!)
            .Order();

        Assert.Equal(["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"], channels);
    }

    [Fact]
    public void Bot_MessagingEndpointIsTheWebAppsApiMessages()
    {
        var endpoint = template.ModuleParameter("bot", "endpoint");

        Assert.Matches(@"^\[format\('https://\{0\}/api/messages', reference\(resourceId\('Microsoft.Resources/deployments', 'webApp'\), '[0-9-]+'\)\.outputs\.hostName\.value\)\]$", endpoint);
    }

    [Fact]
    public void WebApp_RunsDotNet10OnLinux_WithHealthCheckOnHealthz()
    {
        var plan = template.OfType("Microsoft.Web/serverfarms").Single();
        var site = template.OfType("Microsoft.Web/sites").Single();
        var config = site["properties"]!["siteConfig"]!;

        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
    }

    [Theory]
    [InlineData("MicrosoftAppType")]
    [InlineData("MicrosoftAppId")]
    [InlineData("MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppPassword")]
    [InlineData("AI__Provider")]
    [InlineData("AI__Endpoint")]
    [InlineData("AI__ChatDeployment")]
    [InlineData("Embeddings__Provider")]
    [InlineData("Embeddings__Endpoint")]
    [InlineData("Embeddings__Deployment")]
    [InlineData("Embeddings__Model")]
    [InlineData("AZURE_CLIENT_ID")]
    [InlineData("Index__Folder")]
    [InlineData("State__Provider")]
    [InlineData("State__RedisConnection")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("Answering__PublicBaseUrl")]
    public void WebApp_GetsAppSetting(string name)
    {
        Assert.Contains($"createObject('name', '{name}', 'value', ", AppSettings(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MicrosoftAppPassword")]
    [InlineData("State__RedisConnection")]
    public void Secrets_AreKeyVaultReferences_NotValues(string name)
    {
        var settings = AppSettings();
        var start = settings.IndexOf($"createObject('name', '{name}', 'value', ", StringComparison.Ordinal);
        var end = settings.IndexOf("createObject(", start + 14, StringComparison.Ordinal);
        var value = settings[start..(end < 0 ? settings.Length : end)];

        Assert.Contains("@Microsoft.KeyVault(SecretUri=", value, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyVault_UsesRbac_AndAppIdentityGetsSecretsUserAndOpenAiUser()
    {
        var vault = template.OfType("Microsoft.KeyVault/vaults").Single(v => v["properties"]?["enableRbacAuthorization"] is not null);
        var roles = template.OfType("Microsoft.Authorization/roleAssignments")
            .Select(r => template.Expand((string)r["properties"]!["roleDefinitionId"]!))
            .ToList();

        Assert.True((bool)vault["properties"]!["enableRbacAuthorization"]!);
        Assert.Contains(roles, r => r.Contains("4633458b-17de-408a-b874-0445c86b69e6", StringComparison.Ordinal)); // Key Vault Secrets User
        Assert.Contains(roles, r => r.Contains("5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", StringComparison.Ordinal)); // Cognitive Services OpenAI User
    }

    [Fact]
    public void OpenAi_AccountHasChatAndEmbeddingDeployments_AndNoKeys()
    {
        var account = template.OfType("Microsoft.CognitiveServices/accounts").Single();
        var deployments = template.OfType("Microsoft.CognitiveServices/accounts/deployments");

        Assert.Equal("OpenAI", (string?)account["kind"]);
        Assert.True((bool)account["properties"]!["disableLocalAuth"]!);
        Assert.Equal(2, deployments.Count);
        Assert.Equal("text-embedding-3-small", (string?)template.Root["parameters"]!["embeddingDeployment"]!["defaultValue"]!["model"]);
    }

    [Fact]
    public void Monitoring_HasWorkspaceBasedApplicationInsights()
    {
        var insights = template.OfType("Microsoft.Insights/components").Single();

        Assert.NotNull(insights["properties"]!["WorkspaceResourceId"]);
        Assert.Single(template.OfType("Microsoft.OperationalInsights/workspaces"));
    }

    [Fact]
    public void Outputs_CarryNoSecureValues()
    {
        var outputs = template.Root["outputs"]!.AsObject();

        Assert.Contains("webAppHostName", outputs.Select(o => o.Key));
        Assert.All(outputs, o => Assert.DoesNotContain("secure", (string)o.Value!["type"]!, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("listKeys", outputs.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ParametersFile_NamesOnlyDeclaredParameters_AndHoldsNoSecrets()
    {
        var declared = template.Root["parameters"]!.AsObject();
        var file = JsonNode.Parse(RepositoryFiles.ReadText("deploy", "azure", "main.parameters.json"))!["parameters"]!.AsObject();

        Assert.NotEmpty(file);
        Assert.All(file, p =>
        {
            Assert.True(declared.ContainsKey(p.Key), $"{p.Key} is not a parameter of main.bicep");
            Assert.NotEqual("securestring", (string?)declared[p.Key]!["type"]);
            Assert.DoesNotMatch("(?i)password|secret|key|token", p.Key);
        });
    }

    // The web app module receives its settings from main as one compiled expression.
    private string AppSettings() => template.ModuleParameter("webApp", "appSettings");
}
