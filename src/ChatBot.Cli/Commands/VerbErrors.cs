using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli.Commands;

/// <summary>Turns failures inside a verb into one line on standard error and an exit code, never a stack trace.</summary>
internal static class VerbErrors
{
    public static async Task<int> RunAsync(CliConsole console, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return 130;
        }
        catch (Exception ex) when (ex is InvalidOperationException or OptionsValidationException or IOException or UnauthorizedAccessException or HttpRequestException or System.ClientModel.ClientResultException)
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>Parses a --mode value (keyword|vector|hybrid), null when not given.</summary>
    public static RetrievalMode? ParseMode(string? value) =>
        value is null ? null : Enum.Parse<RetrievalMode>(value, ignoreCase: true);
}
