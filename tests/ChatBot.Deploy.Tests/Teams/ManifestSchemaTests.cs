using ChatBot.Deploy.Teams.Manifest;

namespace ChatBot.Deploy.Tests.Teams;

public sealed class ManifestSchemaTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-schema-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_ShippedSchema_Builds()
    {
        var (schema, error) = ManifestSchema.Load(ManifestSchema.ShippedPath);

        Assert.Null(error);
        Assert.Equal(ManifestSchema.ShippedPath, schema!.Path);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var path = Path.Combine(folder, "nope", "missing.schema.json");

        var (schema, error) = ManifestSchema.Load(path);

        Assert.Null(schema);
        Assert.Equal($"The manifest schema {path} does not exist.", error);
    }

    [Fact]
    public void Load_Folder_SaysItCannotBeRead()
    {
        var (schema, error) = ManifestSchema.Load(folder);

        Assert.Null(schema);
        Assert.StartsWith($"The manifest schema {folder} cannot be read: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this is not JSON", "is not valid JSON: ")]
    [InlineData("{\"type\": \"object\",", "is not valid JSON: ")]
    [InlineData("[1, 2]", "is not a usable JSON schema: ")]
    [InlineData("{\"type\": \"strnig\"}", "is not a usable JSON schema: ")]
    [InlineData("{\"maxLength\": \"ten\"}", "is not a usable JSON schema: ")]
    [InlineData("{\"pattern\": \"(\"}", "is not a usable JSON schema: ")]
    public void Load_BrokenFile_NamesItAndSaysWhy(string content, string expected)
    {
        var path = Write(content);

        var (schema, error) = ManifestSchema.Load(path);

        Assert.Null(schema);
        Assert.StartsWith($"The manifest schema {path} {expected}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameIdTwice_DoesNotCollide()
    {
        var path = Write("{\"$id\": \"https://example.com/teams.schema.json\", \"type\": \"object\"}");

        Assert.NotNull(ManifestSchema.Load(path).Schema);
        Assert.NotNull(ManifestSchema.Load(path).Schema);
    }

    [Fact]
    public void Validate_SchemaWithDanglingRef_ReportsTheSchemaInsteadOfThrowing()
    {
        var path = Write("{\"properties\": {\"name\": {\"$ref\": \"#/$defs/missing\"}}}");
        var schema = ManifestSchema.Load(path).Schema!;

        var problem = Assert.Single(ManifestValidator.Validate("{\"name\": {}}", schema));

        Assert.StartsWith($"The manifest schema {path} cannot be evaluated: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AnotherSchema_IsTheOneApplied()
    {
        var schema = ManifestSchema.Load(Write("{\"required\": [\"copilotAgents\"]}")).Schema!;

        var problems = ManifestValidator.Validate(SampleRequest.FilledTemplate(), schema);

        var problem = Assert.Single(problems);
        Assert.StartsWith("manifest: ", problem, StringComparison.Ordinal);
        Assert.Contains("\"copilotAgents\"", problem, StringComparison.Ordinal);
    }

    private string Write(string content)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.schema.json");
        File.WriteAllText(path, content);
        return path;
    }
}
