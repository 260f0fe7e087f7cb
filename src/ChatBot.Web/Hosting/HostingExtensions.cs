using System.IO.Compression;
using System.Net;
using ChatBot.Core.Answering;
using ChatBot.Web.Limits;
using ChatBot.Web.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ChatBot.Web.Hosting;

/// <summary>
/// Host plumbing: where configuration, the web root and the listening URL come from, the public address, forwarded
/// headers, security headers, static files, rate limiting, and errors as bare ProblemDetails.
/// </summary>
public static class HostingExtensions
{
    private const string DefaultUrl = "http://localhost:3978";
    private const string AppSettingsFile = "appsettings.json";

    /// <summary>Finds the repository's appsettings.json and the web root, and listens on http://localhost:3978 unless told otherwise.</summary>
    public static WebApplicationBuilder AddChatBotHosting(this WebApplicationBuilder builder)
    {
        AddSharedAppSettings(builder.Configuration, builder.Environment);
        WebRoot.Locate(builder);

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

        var services = builder.Services;
        services.AddProblemDetails();
        AddPublicAddress(services);
        AddForwardedHeaders(services, configuration);
        services.AddOptions<SecurityHeadersOptions>();
        services.AddCors();
        services.AddRateLimiter(limits => limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests);

        // The Web Chat bundle is several MB of JavaScript; compressed it is a fraction of that.
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>
    /// The middleware in order: forwarded headers (when enabled), errors as ProblemDetails with no exception text, security
    /// headers, static files, routing, CORS, each endpoint's admission check, then the rate limiter.
    /// </summary>
    public static WebApplication UseChatBotHosting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler(error => error.Run(context => Results.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "An unexpected error occurred.",
            detail: "The error was logged. Please try again.").ExecuteAsync(context)));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments("/lib") || http.Request.Path.StartsWithSegments("/webchat"),
            branch => branch.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseCors();
        app.UseMiddleware<AdmissionCheckMiddleware>();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Registers <see cref="PublicAddress"/> and checks Answering:PublicBaseUrl at start.</summary>
    internal static IServiceCollection AddPublicAddress(IServiceCollection services)
    {
        services.AddSingleton<PublicAddress>();
        services.AddOptions<AnsweringOptions>()
            .Validate(o => PublicAddress.IsValid(o.PublicBaseUrl), "Answering:PublicBaseUrl (env Answering__PublicBaseUrl) must be empty or an absolute http or https URL, e.g. https://bot.example.com.")
            .ValidateOnStart();
        return services;
    }

    private static void AddForwardedHeaders(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ForwardedHeadersSettings>()
            .Bind(configuration.GetSection(ForwardedHeadersSettings.SectionName))
            .Validate(s => s.HasValidAddresses(), "ForwardedHeaders: KnownProxies must be IP addresses, KnownNetworks CIDR networks (e.g. 10.0.0.0/8), ForwardLimit positive.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix;
            forwarded.ForwardLimit = settings.Value.ForwardLimit;
            foreach (var proxy in settings.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
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
