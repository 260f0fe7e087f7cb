using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Deploy.Teams.Icons;
using ChatBot.Deploy.Teams.Manifest;

namespace ChatBot.Deploy.Teams.Packaging;

/// <summary>Fills the manifest template and writes the Teams app package: manifest.json, color.png and outline.png at the zip's root.</summary>
public static class TeamsAppPackager
{
    /// <summary>The file names Teams expects at the package root, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> PackageFiles = ["manifest.json", "color.png", "outline.png"];

    /// <summary>Fills the template with the request's values; the result is validated by <see cref="Build"/>.</summary>
    public static string FillTemplate(string template, PackageRequest request)
    {
        var site = $"https://{request.Domain}/";
        var filled = template
            .Replace("{{APP_ID}}", request.AppId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{BOT_ID}}", request.BotId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{PRIVACY_URL}}", request.PrivacyUrl ?? site, StringComparison.Ordinal)
            .Replace("{{TERMS_URL}}", request.TermsUrl ?? site, StringComparison.Ordinal)
            .Replace("{{DOMAIN}}", request.Domain, StringComparison.Ordinal);
        if (request.Version is null)
        {
            return filled;
        }

        // Re-serialise only when the version changes, so the template's layout survives otherwise.
        var manifest = JsonNode.Parse(filled)!.AsObject();
        manifest["version"] = request.Version;
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// Builds the package in memory and writes it to <see cref="PackageRequest.OutputPath"/> only when the schema can be read and the
    /// manifest and icons are valid, so a bad run never replaces a good package. Returns the problems found (empty on success).
    /// </summary>
    public static IReadOnlyList<string> Build(PackageRequest request)
    {
        var (schema, schemaError) = ManifestSchema.Load(request.SchemaPath);
        if (schema is null)
        {
            return [schemaError!];
        }

        var problems = new List<string>();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in PackageFiles)
        {
            var path = Path.Combine(request.TemplateFolder, name);
            if (File.Exists(path))
            {
                files[name] = File.ReadAllBytes(path);
            }
            else
            {
                problems.Add($"Missing {path}.");
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var manifest = FillTemplate(System.Text.Encoding.UTF8.GetString(files["manifest.json"]), request);
        problems.AddRange(ManifestValidator.Validate(manifest, schema));
        problems.AddRange(IconRules.Check("color.png", files["color.png"], IconRules.ColorSize, requireTransparency: false));
        problems.AddRange(IconRules.Check("outline.png", files["outline.png"], IconRules.OutlineSize, requireTransparency: true));
        if (problems.Count > 0)
        {
            return problems;
        }

        files["manifest.json"] = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(manifest);
        WriteZip(request.OutputPath, files);
        return problems;
    }

    private static void WriteZip(string outputPath, Dictionary<string, byte[]> files)
    {
        var fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + ".tmp";
        using (var stream = File.Create(temporary))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var name in PackageFiles)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(files[name]);
            }
        }

        File.Move(temporary, fullPath, overwrite: true);
    }
}
