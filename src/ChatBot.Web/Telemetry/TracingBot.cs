using System.Diagnostics;
using ChatBot.Core.Telemetry;
using ChatBot.Web.Bots;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Web.Telemetry;

/// <summary>
/// An <see cref="IBot"/> decorator: a message that asks a question gets a "chatbot.question" span around the whole turn,
/// and every reply sent in it a "chatbot.send" child span; the question latency goes to chatbot.question.duration.
/// </summary>
public sealed class TracingBot(IBot inner) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message || BotCommandParser.Parse(QuestionText.Of(turnContext.Activity.AsMessageActivity())) != BotCommand.Ask)
        {
            await inner.OnTurnAsync(turnContext, cancellationToken);
            return;
        }

        var channel = turnContext.Activity.ChannelId ?? "unknown";
        using var question = ChatBotTelemetry.StartQuestion(channel);
        var started = Stopwatch.GetTimestamp();
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            // Typing indicators are sends too; the span says how many activities went out.
            using var send = ChatBotTelemetry.StartSend(channel, activities.Count, question);
            try
            {
                return await next();
            }
            catch (Exception ex)
            {
                send?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                throw;
            }
        });

        try
        {
            await inner.OnTurnAsync(turnContext, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            question?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            ChatBotTelemetry.QuestionDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(ChatBotTelemetry.ChannelTag, channel));
        }
    }
}
