using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace ChatBot.Web.Hosting;

/// <summary>Host plumbing: where configuration and the listening URL come from, and errors as bare ProblemDetails.</summary>
public static class HostingExtensions
{
    private const string DefaultUrl = "http://localhost:3978";
    private const string AppSettingsFile = "appsettings.json";

    /// <summary>Finds the repository's appsettings.json and listens on http://localhost:3978 unless told otherwise.</summary>
    public static WebApplicationBuilder AddChatBotHosting(this WebApplicationBuilder builder)
    {
        AddSharedAppSettings(builder.Configuration, builder.Environment);

        // `dotnet run` takes the URL from launchSettings.json; a host started from its build or publish folder gets the
        // Bot Framework's customary port too, unless ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or Kestrel endpoints say otherwise.
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["urls"])
            && string.IsNullOrEmpty(configuration["http_ports"])
            && string.IsNullOrEmpty(configuration["https_ports"])
            && !configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>Any unhandled error becomes a 500 ProblemDetails that carries no exception text, in every environment.</summary>
    public static WebApplication UseChatBotErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(context => Results.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "An unexpected error occurred.",
            detail: "The error was logged. Please try again.").ExecuteAsync(context)));
        return app;
    }

    // The one appsettings.json lives at the repository root and is linked into the build output. When the content root
    // is the project folder (dotnet run, WebApplicationFactory) it is not there, so read the output's copy at the same
    // precedence, below environment variables and the command line.
    private static void AddSharedAppSettings(ConfigurationManager configuration, IWebHostEnvironment environment)
    {
        var outputCopy = Path.Combine(AppContext.BaseDirectory, AppSettingsFile);
        if (File.Exists(Path.Combine(environment.ContentRootPath, AppSettingsFile)) || !File.Exists(outputCopy))
        {
            return;
        }

        var sources = configuration.Sources;
        var contentRootSettings = sources
            .Select((source, index) => (source, index))
            .FirstOrDefault(s => s.source is JsonConfigurationSource { Path: AppSettingsFile });
        var position = contentRootSettings.source is null ? 0 : contentRootSettings.index + 1;

        var shared = new JsonConfigurationSource
        {
            Path = AppSettingsFile,
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        sources.Insert(position, shared);
    }
}
