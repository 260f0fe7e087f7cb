using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ChatBot.Core.Answering;

namespace ChatBot.Web.Api;

/// <summary>
/// The server-sent events of a streamed /api/ask answer: a "searching" event (<c>{}</c>) as soon as a model is asked, so
/// a client can say so at once; a "sentence" event per verified sentence
/// (<c>{"text", "citations"}</c>, markers numbered as in the whole answer), then one "answer" event with the body
/// /api/ask gives; an "error" event instead when answering fails part-way.
/// </summary>
public static class AskEventStream
{
    public const string SearchingEvent = "searching";
    public const string SentenceEvent = "sentence";
    public const string AnswerEvent = "answer";
    public const string ErrorEvent = "error";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The events of <paramref name="updates"/>; a failure is logged and sent as an error event, never thrown.</summary>
    public static async IAsyncEnumerable<SseItem<string>> EventsAsync(IAsyncEnumerable<AnswerUpdate> updates, ILogger logger, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = updates.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                SseItem<string>? item;
                try
                {
                    if (!await enumerator.MoveNextAsync())
                    {
                        yield break;
                    }

                    item = ToEvent(enumerator.Current);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "A streamed /api/ask answer failed part-way");
                    item = Event(ErrorEvent, new { title = "The answer failed", detail = "Something went wrong while answering; please ask again." });
                }

                if (item is { } ready)
                {
                    yield return ready;
                    if (ready.EventType == ErrorEvent)
                    {
                        yield break;
                    }
                }
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

    private static SseItem<string>? ToEvent(AnswerUpdate update) => update.Kind switch
    {
        AnswerUpdateKind.Searching => Event(SearchingEvent, new { }),
        AnswerUpdateKind.Sentence => Event(SentenceEvent, new { text = update.Text, citations = update.Citations }),
        AnswerUpdateKind.Final => Event(AnswerEvent, update.Answer),
        _ => null,
    };

    private static SseItem<string> Event<T>(string type, T data) => new(JsonSerializer.Serialize(data, Json), type);
}
