using System.Globalization;

namespace ChatBot.LoadDriver;

/// <summary>What to load, how hard and for how long; every run is bounded by both a request count and a duration.</summary>
internal sealed record LoadDriverOptions
{
    /// <summary>"messages" (/api/messages with replies received by the channel listener), "ask" (/api/ask) or "both".</summary>
    public string Target { get; init; } = "messages";

    /// <summary>Base URL of a running host; when null the driver starts the built host itself.</summary>
    public string? Url { get; init; }

    /// <summary>The host's built entry assembly (default: src/ChatBot.Web/bin/Release/net10.0/ChatBot.Web.dll).</summary>
    public string? HostDll { get; init; }

    public int Concurrency { get; init; } = 16;

    public int Requests { get; init; } = 2000;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Requests sent before measuring (model loading, JIT, first BM25 build).</summary>
    public int Warmup { get; init; } = 50;

    /// <summary>Questions sent in one conversation before a new one starts (the bot rate-limits each conversation).</summary>
    public int QuestionsPerConversation { get; init; } = 5;

    public string Channel { get; init; } = "webchat";

    /// <summary>A JSON Lines question file (field "question"); default ../shared/eval/dev.jsonl when present.</summary>
    public string? Questions { get; init; }

    /// <summary>Where to write the report as JSON, besides the console.</summary>
    public string? Json { get; init; }

    /// <summary>How long to wait for the bot's reply at the channel listener before counting an error.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public static LoadDriverOptions Parse(string[] args)
    {
        var options = new LoadDriverOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--target" => options with { Target = value },
                "--url" => options with { Url = value.TrimEnd('/') },
                "--host-dll" => options with { HostDll = value },
                "--concurrency" => options with { Concurrency = Int(value) },
                "--requests" => options with { Requests = Int(value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Int(value)) },
                "--warmup" => options with { Warmup = Int(value) },
                "--per-conversation" => options with { QuestionsPerConversation = Int(value) },
                "--channel" => options with { Channel = value },
                "--questions" => options with { Questions = value },
                "--json" => options with { Json = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --target messages|ask|both, --url, --host-dll, --concurrency, --requests, --duration (s), --warmup, --per-conversation, --channel, --questions, --json."),
            };
        }

        if (args.Length % 2 != 0)
        {
            throw new ArgumentException($"Option {args[^1]} needs a value.");
        }

        return options.Target is "messages" or "ask" or "both"
            ? options
            : throw new ArgumentException("--target must be messages, ask or both.");
    }

    private static int Int(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0
            ? parsed
            : throw new ArgumentException($"'{value}' is not a non-negative whole number.");
}
