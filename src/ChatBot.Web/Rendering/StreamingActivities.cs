using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Rendering;

/// <summary>
/// The activities of a streamed reply, as Teams' streaming protocol and Web Chat's livestreaming read them: an
/// informative typing update, typing updates that each carry the whole verified text so far, then the final message.
/// Each carries the stream's place twice: a <c>streaminfo</c> entity (Teams) and the same fields in channelData (Web
/// Chat 4.18): streamType, streamSequence (1, 2, … ; none on the final) and streamId (the id the channel gave the first
/// activity; none on the first).
/// </summary>
public static class StreamingActivities
{
    public const string StreamInfoType = "streaminfo";
    public const string Informative = "informative";
    public const string Streaming = "streaming";
    public const string Final = "final";

    /// <summary>The first activity of a stream: what the bot is doing ("Searching the text…").</summary>
    public static Activity InformativeUpdate(string text)
    {
        var update = new Activity(ActivityTypes.Typing) { Text = text };
        Mark(update, Informative, 1, streamId: null);
        return update;
    }

    /// <summary>
    /// An update with <paramref name="rendered"/>'s text (the verified answer so far, as the renderer writes it) and its
    /// citations; the AI label stays for the final message, where Teams shows it.
    /// </summary>
    public static Activity TextUpdate(Activity rendered, string streamId, int sequence)
    {
        var update = new Activity(ActivityTypes.Typing) { Text = rendered.Text, TextFormat = rendered.TextFormat };
        var message = rendered.Entities?.FirstOrDefault(e => e.Type == AnswerActivityRenderer.MessageEntityType);
        if (message is not null)
        {
            var citations = (JObject)message.Properties.DeepClone();
            citations.Remove("additionalType");
            update.Entities = [new Entity(AnswerActivityRenderer.MessageEntityType) { Properties = citations }];
        }

        Mark(update, Streaming, sequence, streamId);
        return update;
    }

    /// <summary>Makes <paramref name="reply"/> (the message a reply that did not stream would be) the end of the stream.</summary>
    public static Activity FinalMessage(Activity reply, string streamId)
    {
        Mark(reply, Final, sequence: null, streamId);
        return reply;
    }

    /// <summary><paramref name="reply"/> without the stream's marks, to send on its own.</summary>
    public static Activity Unmarked(Activity reply)
    {
        reply.Entities = reply.Entities?.Where(e => e.Type != StreamInfoType).ToList();
        if (reply.ChannelData is JObject channelData)
        {
            channelData.Remove("streamType");
            channelData.Remove("streamSequence");
            channelData.Remove("streamId");
            reply.ChannelData = channelData.HasValues ? channelData : null;
        }

        return reply;
    }

    /// <summary>The stream fields of <paramref name="activity"/>'s streaminfo entity, or null when it has none.</summary>
    public static JObject? StreamInfoOf(IActivity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == StreamInfoType)?.Properties;

    private static void Mark(Activity activity, string type, int? sequence, string? streamId)
    {
        var fields = new JObject { ["streamType"] = type };
        if (sequence is { } n)
        {
            fields["streamSequence"] = n;
        }

        if (streamId is not null)
        {
            fields["streamId"] = streamId;
        }

        activity.Entities = [.. activity.Entities ?? [], new Entity(StreamInfoType) { Properties = (JObject)fields.DeepClone() }];
        var channelData = activity.ChannelData as JObject ?? (activity.ChannelData is null ? new JObject() : JObject.FromObject(activity.ChannelData));
        channelData.Merge(fields);
        activity.ChannelData = channelData;
    }
}
