using Microsoft.Extensions.FileProviders;

namespace ChatBot.Web.Hosting;

/// <summary>
/// Finds the page's static files (wwwroot) whatever the working directory, as the host finds appsettings.json: under the
/// content root (dotnet run, tests), beside the app (publish folder, container), or through the build's static web assets
/// manifest, which points at the project's wwwroot (a host started from its build output).
/// </summary>
public static class WebRoot
{
    private const string FolderName = "wwwroot";

    public static void Locate(WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        if (Directory.Exists(Path.Combine(environment.ContentRootPath, FolderName)))
        {
            return;
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, FolderName);
        if (Directory.Exists(besideApp))
        {
            environment.WebRootPath = besideApp;
            environment.WebRootFileProvider = new PhysicalFileProvider(besideApp);
            return;
        }

        // Development does this by itself; a build output started in any other environment needs it said.
        if (!environment.IsDevelopment()
            && File.Exists(Path.Combine(AppContext.BaseDirectory, environment.ApplicationName + ".staticwebassets.runtime.json")))
        {
            builder.WebHost.UseStaticWebAssets();
        }
    }
}
