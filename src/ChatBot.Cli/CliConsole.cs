namespace ChatBot.Cli;

/// <summary>The streams a verb reads and writes; the process console by default, string readers/writers in tests.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Standard input, output and error of the process.</summary>
    public static CliConsole System => new(Console.In, Console.Out, Console.Error);

    /// <summary>True when output goes to a terminal (progress bars and colours make sense).</summary>
    public bool IsInteractive => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;
}
