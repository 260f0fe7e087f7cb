using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatBot.Core.Telemetry;

/// <summary>
/// The ChatBot <see cref="ActivitySource"/> and <see cref="Meter"/> (both named "ChatBot"), the span and attribute names,
/// and the instruments. With no OpenTelemetry SDK listening (nothing configured), starting a span returns null and
/// recording a measurement does nothing, so the calls cost next to nothing.
/// </summary>
public static class ChatBotTelemetry
{
    /// <summary>Name of the activity source and of the meter: what an exporter subscribes to.</summary>
    public const string Name = "ChatBot";

    public const string QuestionSpan = "chatbot.question";
    public const string RetrieveSpan = "chatbot.retrieve";
    public const string AnswerSpan = "chatbot.answer";
    public const string VerifySpan = "chatbot.verify";
    public const string SendSpan = "chatbot.send";

    public const string ChannelTag = "chatbot.channel";
    public const string QuestionTextTag = "chatbot.question.text";
    public const string HistoryTag = "chatbot.history.length";
    public const string PassagesTag = "chatbot.passages";
    public const string CitationsKeptTag = "chatbot.citations.kept";
    public const string CitationsDroppedTag = "chatbot.citations.dropped";
    public const string SentencesDroppedTag = "chatbot.sentences.dropped";
    public const string DeclinedTag = "chatbot.declined";
    public const string FallbackTag = "chatbot.fallback";
    public const string ActivitiesTag = "chatbot.activities";
    public const string ReactionTag = "chatbot.reaction";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Answers = Meter.CreateCounter<long>("chatbot.answers", "{answer}", "Questions answered with at least one verified citation.");

    public static readonly Counter<long> Declines = Meter.CreateCounter<long>("chatbot.declines", "{answer}", "Questions declined (nothing in the text supported an answer).");

    public static readonly Counter<long> CitationsDropped = Meter.CreateCounter<long>("chatbot.citations.dropped", "{citation}", "Citations removed by verification (no source, or the source did not support the claim).");

    public static readonly Counter<long> ModelFallbacks = Meter.CreateCounter<long>("chatbot.model.fallbacks", "{answer}", "Answers given by the offline answerer because the model failed or could not be verified.");

    public static readonly Counter<long> Feedback = Meter.CreateCounter<long>("chatbot.feedback", "{reaction}", "Feedback reactions received (tag chatbot.reaction: like or dislike).");

    public static readonly Histogram<double> QuestionDuration = Meter.CreateHistogram<double>("chatbot.question.duration", "s", "Time from a question to its reply being sent.");

    public static readonly Histogram<double> AnswerDuration = Meter.CreateHistogram<double>("chatbot.answer.duration", "s", "Time the answer service took (retrieval, answering, verification).");

    public static readonly Histogram<double> RetrievalDuration = Meter.CreateHistogram<double>("chatbot.retrieval.duration", "s", "Time passage retrieval took.");

    /// <summary>Starts the span of one question (null when nobody listens).</summary>
    public static Activity? StartQuestion(string channel)
    {
        var activity = Source.StartActivity(QuestionSpan, ActivityKind.Internal);
        activity?.SetTag(ChannelTag, channel);
        return activity;
    }

    /// <summary>Starts a span for sending the reply to the channel, under <paramref name="question"/> when given.</summary>
    public static Activity? StartSend(string channel, int activities, Activity? question = null)
    {
        var activity = question is null
            ? Source.StartActivity(SendSpan, ActivityKind.Client)
            : Source.StartActivity(SendSpan, ActivityKind.Client, question.Context);
        activity?.SetTag(ChannelTag, channel);
        activity?.SetTag(ActivitiesTag, activities);
        return activity;
    }

    /// <summary>The question span this code runs under (the current span or one of its parents), or null.</summary>
    public static Activity? CurrentQuestion()
    {
        for (var activity = Activity.Current; activity is not null; activity = activity.Parent)
        {
            if (activity.Source == Source && activity.OperationName == QuestionSpan)
            {
                return activity;
            }
        }

        return null;
    }

    /// <summary>Records a verification: citations kept and dropped, sentences dropped, on its span and its question span.</summary>
    public static void Verified(Activity? activity, int kept, int dropped, int droppedSentences)
    {
        Add(activity, CitationsKeptTag, kept);
        Add(activity, CitationsDroppedTag, dropped);
        Add(activity, SentencesDroppedTag, droppedSentences);
        if (dropped > 0)
        {
            CitationsDropped.Add(dropped);
        }
    }

    /// <summary>Sets <paramref name="tag"/> on <paramref name="activity"/> and on its question span.</summary>
    public static void Tag(Activity? activity, string tag, object? value)
    {
        activity?.SetTag(tag, value);
        var question = CurrentQuestion();
        if (question is not null && !ReferenceEquals(question, activity))
        {
            question.SetTag(tag, value);
        }
    }

    /// <summary>Adds <paramref name="count"/> to a count attribute of <paramref name="activity"/> and of its question span.</summary>
    public static void Add(Activity? activity, string tag, int count)
    {
        activity?.SetTag(tag, count);
        if (CurrentQuestion() is { } question && !ReferenceEquals(question, activity))
        {
            var sum = question.GetTagItem(tag) is int before ? before + count : count;
            question.SetTag(tag, sum);
        }
    }
}
