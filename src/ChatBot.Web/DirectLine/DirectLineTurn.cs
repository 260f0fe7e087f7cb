using ChatBot.Web.Rendering;
using Microsoft.Bot.Schema;

namespace ChatBot.Web.DirectLine;

/// <summary>One activity for the bot to handle in an offline Direct Line conversation, and where its replies' links point.</summary>
public sealed record DirectLineTurn(DirectLineConversation Conversation, Activity Activity, ReplyLinks Links);
