using System.Text.RegularExpressions;
using ChatBot.Deploy.Teams.Manifest;

namespace ChatBot.Deploy.Teams.Packaging;

/// <summary>Parses and validates the packager's command line into a <see cref="PackageRequest"/> or a list of errors.</summary>
public static partial class PackageCommandLine
{
    /// <summary>Usage text printed with any error.</summary>
    public const string Usage = """
        Usage: dotnet run --project deploy/teams/TeamsPackager -- --app-id <guid> --bot-id <guid> --domain <host> [options]

          --app-id <guid>        Teams app id (generate once, keep it for every version)
          --bot-id <guid>        the bot's Microsoft App Id (app registration or managed identity client id)
          --domain <host>        host serving the bot, e.g. chatbot-abc.azurewebsites.net
          --out <file.zip>       package to write (default: artifacts/chatbot-teams.zip)
          --version <x.y.z>      app version (default: the template's)
          --privacy-url <https>  privacy statement (default: https://<domain>/)
          --terms-url <https>    terms of use (default: https://<domain>/)
          --template <folder>    folder with manifest.json, color.png, outline.png (default: the packaged template)
          --schema <file>        JSON schema the manifest must match (default: the shipped manifest.schema.json)

        """;

    private static readonly string[] ValueOptions =
        ["--app-id", "--bot-id", "--domain", "--out", "--version", "--privacy-url", "--terms-url", "--template", "--schema"];

    /// <summary>The default template: manifest and icons copied beside the packager at build time.</summary>
    public static string DefaultTemplateFolder => Path.Combine(AppContext.BaseDirectory, "teams");

    /// <summary>Reads the options; on any problem returns no request and every error found.</summary>
    public static (PackageRequest? Request, IReadOnlyList<string> Errors) Parse(IReadOnlyList<string> args)
    {
        var (values, errors) = ReadOptions(args);
        var appId = RequireGuid(values, "--app-id", errors);
        var botId = RequireGuid(values, "--bot-id", errors);
        var domain = values.GetValueOrDefault("--domain");
        if (domain is null)
        {
            errors.Add("--domain is required.");
        }
        else if (!IsHostName(domain))
        {
            errors.Add($"--domain '{domain}' is not a host name (expected e.g. chatbot-abc.azurewebsites.net, without https:// or a path).");
        }

        var version = values.GetValueOrDefault("--version");
        if (version is not null && !AppVersion().IsMatch(version))
        {
            errors.Add($"--version '{version}' must look like 1.2.3 (numbers without leading zeros, as the manifest schema requires).");
        }

        foreach (var option in new[] { "--privacy-url", "--terms-url" })
        {
            if (values.TryGetValue(option, out var url) && !IsHttpsUrl(url))
            {
                errors.Add($"{option} '{url}' must be an absolute https:// URL.");
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new PackageRequest(
            appId,
            botId,
            domain!.ToLowerInvariant(),
            values.GetValueOrDefault("--out") ?? Path.Combine("artifacts", "chatbot-teams.zip"),
            values.GetValueOrDefault("--template") ?? DefaultTemplateFolder,
            values.GetValueOrDefault("--schema") ?? ManifestSchema.ShippedPath,
            values.GetValueOrDefault("--privacy-url"),
            values.GetValueOrDefault("--terms-url"),
            version), errors);
    }

    /// <summary>True for a DNS host name with at least two labels, e.g. bot.example.com.</summary>
    public static bool IsHostName(string value) =>
        value.Length <= 253 && value.Contains('.', StringComparison.Ordinal) && HostName().IsMatch(value);

    private static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private static (Dictionary<string, string> Values, List<string> Errors) ReadOptions(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!ValueOptions.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"Unknown argument '{name}'.");
                continue;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                errors.Add($"{name} needs a value.");
                continue;
            }

            if (!values.TryAdd(name, args[++i]))
            {
                errors.Add($"{name} is given twice.");
            }
        }

        return (values, errors);
    }

    private static Guid RequireGuid(Dictionary<string, string> values, string option, List<string> errors)
    {
        if (!values.TryGetValue(option, out var text))
        {
            errors.Add($"{option} is required.");
            return Guid.Empty;
        }

        if (!Guid.TryParseExact(text, "D", out var id) || id == Guid.Empty)
        {
            errors.Add($"{option} '{text}' is not a GUID like 00000000-0000-0000-0000-000000000000 (and not all zeros).");
        }

        return id;
    }

    // Labels of letters, digits and inner hyphens; the last label is not all digits (so no IP addresses).
    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+(?![0-9]+$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")]
    private static partial Regex HostName();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex AppVersion();
}
