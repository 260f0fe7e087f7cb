using ChatBot.Deploy.Teams.Packaging;

// Exit codes: 0 written, 2 bad arguments, 1 the schema or template cannot be read, or the manifest or icons break the rules.
var (request, errors) = PackageCommandLine.Parse(args);
if (request is null)
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine($"error: {error}");
    }

    Console.Error.WriteLine();
    Console.Error.WriteLine(PackageCommandLine.Usage);
    return 2;
}

var problems = TeamsAppPackager.Build(request);
if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"error: {problem}");
    }

    Console.Error.WriteLine("No package written.");
    return 1;
}

Console.WriteLine($"Wrote {Path.GetFullPath(request.OutputPath)} (manifest.json, color.png, outline.png).");
return 0;
