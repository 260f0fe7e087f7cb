namespace ChatBot.Deploy.Teams.Packaging;

/// <summary>What goes into one Teams app package: ids, the bot's public host, and where to read and write.</summary>
/// <param name="AppId">The Teams app id (any GUID, stable across versions of the app).</param>
/// <param name="BotId">The bot's Microsoft App Id: the Entra app registration or the user-assigned identity's client id.</param>
/// <param name="Domain">Host name serving the bot, e.g. chatbot-abc.azurewebsites.net.</param>
/// <param name="OutputPath">The zip to write.</param>
/// <param name="TemplateFolder">Folder holding manifest.json, color.png and outline.png.</param>
/// <param name="SchemaPath">The JSON schema the filled manifest must match (by default the shipped one).</param>
/// <param name="PrivacyUrl">Privacy statement URL; defaults to the site's root.</param>
/// <param name="TermsUrl">Terms of use URL; defaults to the site's root.</param>
/// <param name="Version">App version (x.y.z) replacing the template's; null keeps it.</param>
public sealed record PackageRequest(
    Guid AppId,
    Guid BotId,
    string Domain,
    string OutputPath,
    string TemplateFolder,
    string SchemaPath,
    string? PrivacyUrl = null,
    string? TermsUrl = null,
    string? Version = null);
