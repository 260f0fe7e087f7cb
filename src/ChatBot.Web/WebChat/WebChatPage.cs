using System.Text.Encodings.Web;
using System.Text.Unicode;
using ChatBot.Web.DirectLine;

namespace ChatBot.Web.WebChat;

/// <summary>The HTML of the chat page: a header and a host element whose data attributes tell app.js how to start Web Chat.</summary>
public static class WebChatPage
{
    /// <summary>The page; <paramref name="embedded"/> gives the compact header used inside an iframe.</summary>
    public static string Render(WebChatOptions options, string pathBase, bool embedded)
    {
        var e = HtmlEncoder.Create(UnicodeRanges.All);
        var name = e.Encode(options.BotName);
        var root = e.Encode(pathBase);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{name}</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="{root}/webchat/app.css">
            </head>
            <body class="{(embedded ? "embedded" : "standalone")}">
            <div class="shell">
            <header class="bar">
            <span class="avatar" aria-hidden="true">{e.Encode(options.BotInitials)}</span>
            <div class="heading"><h1>{name}</h1><p>{e.Encode(options.Subtitle)}</p></div>
            </header>
            <main id="webchat" class="chat" aria-label="Chat with {name}"
              data-token-url="{root}{DirectLineEndpoints.TokenPath}"
              data-bot-initials="{e.Encode(options.BotInitials)}"
              data-user-initials="{e.Encode(options.UserInitials)}"></main>
            <noscript><p class="notice">The chat needs JavaScript.</p></noscript>
            </div>
            <script src="{root}/lib/webchat.js"></script>
            <script src="{root}/webchat/app.js"></script>
            </body>
            </html>
            """;
    }
}
